// What matching compares and what it answers. The callers read the stored JSON columns; these are the parsed values.
import type { Point } from "~/modules/places/distance";

export type LanguageLevel = "basic" | "working" | "fluent" | "native";
export type Seek = "company" | "know-how" | "income" | "cause";
export type PhysicalDemand = "seated" | "standing" | "mixed";
/** how long someone worked in a field, shortest first: a band, never a number of years (it would tell an age) */
export const experienceBands = ["under-2", "2-5", "5-10", "10-15", "15-plus"] as const;
export type ExperienceBand = (typeof experienceBands)[number];

export type CandidateForMatching = {
  /** 21-bit weekly slots the person is free (0: not filled in) */
  availabilityMask: number;
  maxHoursPerWeek: number | null;
  /** months the person is away (bit 0 = January) */
  monthsAwayMask: number;
  home: Point | null;
  travelMaxKm: number | null;
  languages: { code: string; level: LanguageLevel }[];
  /** free labels, French or English */
  skills: string[];
  pastFields: { field: string; band: ExperienceBand }[];
  physicalPreference: "seated" | "standing" | "either";
  maxLiftKg: number | null;
  /** sector codes: retail, culture, tourism, finance, health, food, sports-leisure, community, hospitality */
  sectors: string[];
  seeks: Seek[];
};

export type MissionForMatching = {
  scheduleMask: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  place: Point | null;
  languages: { code: string; required: boolean }[];
  skills: string[];
  sector: string;
  physicalDemand: PhysicalDemand;
  liftingKg: number;
  /** hourly pay in cents */
  payMaxCents: number | null;
  employer: {
    /** flexible-hours, seated-options, training, mentoring, benefits */
    commitments: string[];
    values: string;
    purpose: string;
    sector: string;
  };
};

export type Polarity = "for" | "against" | "exclude";

/**
 * `weight`: the points, on the criteria weights' scale (see score.ts), that the reason gains or costs, or for an
 * exclusion the whole criterion it stands for. Used to put the most important reasons first.
 */
type Reason<P extends Polarity, Code extends string, Params = object> = {
  polarity: P;
  code: Code;
  weight: number;
} & Params;

// One code per thing we can say; the parameters are facts, never text, so each page words them in its own language.
export type MatchReason =
  | Reason<"for", "schedule.overlap", { slotsMask: number }>
  | Reason<"exclude", "schedule.none">
  | Reason<"for", "hours.fit", { missionMin: number; missionMax: number; personMax: number }>
  | Reason<"against", "hours.above-max", { missionMin: number; personMax: number }>
  | Reason<"for", "season.clear">
  | Reason<"against", "season.away", { monthsMask: number }>
  | Reason<"for", "distance.within", { km: number; maxKm: number }>
  | Reason<"exclude", "distance.beyond", { km: number; maxKm: number }>
  | Reason<"for", "language.required-spoken", { language: string }>
  | Reason<"against", "language.required-basic", { language: string }>
  | Reason<"exclude", "language.required-missing", { language: string }>
  | Reason<"for", "language.optional-spoken", { language: string }>
  | Reason<"for", "skills.match", { skills: string[] }>
  | Reason<"for", "experience.match", { field: string; band: ExperienceBand; skills: string[] }>
  | Reason<"against", "skills.none", { skills: string[] }>
  | Reason<"for", "posture.preferred", { demand: PhysicalDemand }>
  | Reason<"for", "posture.seated-options", { demand: PhysicalDemand }>
  | Reason<"against", "posture.not-preferred", { demand: PhysicalDemand; preference: "seated" | "standing" }>
  | Reason<"for", "lifting.within", { kg: number; maxKg: number }>
  | Reason<"against", "lifting.above-max", { kg: number; maxKg: number }>
  | Reason<"for", "seeks.company", { words: string[] }>
  | Reason<"for", "seeks.know-how", { commitment: "mentoring" | "training" }>
  | Reason<"for", "seeks.income", { payMaxCents: number }>
  | Reason<"for", "seeks.cause", { via: "sector"; sector: string } | { via: "purpose"; words: string[] }>
  | Reason<"for", "sector.chosen", { sector: string }>
  | Reason<"against", "sector.not-chosen", { sector: string }>;

export type ReasonCode = MatchReason["code"];
export type ReasonOf<Code extends ReasonCode> = Extract<MatchReason, { code: Code }>;

export type MatchResult = {
  /** 0-100; 0 exactly when excluded */
  score: number;
  excluded: boolean;
  /** exclusions first, then the weightiest */
  reasons: MatchReason[];
};
