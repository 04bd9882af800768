// How well a candidate and a mission suit each other, and why. Pure and deterministic: the same pair always gives
// the same result, so candidates and recruiters see the same reasons.
//
// Each criterion answers a fit between 0 and 1 with a weight (the weights sum to 100):
//   schedule 24, skills and past fields 20, distance 14, languages 10, hours 8, what they seek 8, season 6,
//   sector 4, posture 3, lifting 3.
// The score is the weighted mean of the criteria both sides let us judge, scaled to 100: a criterion someone left
// unknown (no home, no availability, "either" posture...) is left out instead of counting for or against.
// Three hard limits exclude (score 0): no free slot when the mission needs people, a place beyond the travel limit,
// a required language the person does not speak.
import { distanceKm } from "~/modules/places/distance";
import { countBits } from "~/modules/schedule/masks";
import {
  experienceBands,
  type CandidateForMatching,
  type ExperienceBand,
  type MatchReason,
  type MatchResult,
  type MissionForMatching,
  type Polarity,
  type Seek,
} from "./types";
import { causeWordPrefixes, companyWordPrefixes, sharesWord, significantWords, wordsWithPrefixes } from "./words";

export const criteriaWeights = {
  schedule: 24,
  skills: 20,
  distance: 14,
  languages: 10,
  hours: 8,
  seeks: 8,
  season: 6,
  sector: 4,
  posture: 3,
  lifting: 3,
} as const;

/** What we say when nothing can be compared yet: neither a good nor a bad match. */
const neutralScore = 50;

type Assessment = { weight: number; fit: number; reasons: MatchReason[] };
type Criterion = (candidate: CandidateForMatching, mission: MissionForMatching) => Assessment | null;
/** A reason before its weight is known; distributed over the union so that each code keeps its own parameters. */
type Unweighted<Reason> = Reason extends MatchReason ? Omit<Reason, "weight"> : never;
type UnweightedReason = Unweighted<MatchReason>;

/**
 * A criterion's result. Its "for" reasons share the points it gains (weight x fit), its "against" reasons the
 * points it loses, and an exclusion stands for the whole weight.
 */
function assessment(weight: number, fit: number, reasons: UnweightedReason[]): Assessment {
  const points = (polarity: Polarity) => {
    if (polarity === "exclude") return weight;
    const sharing = reasons.filter((reason) => reason.polarity === polarity).length;
    return (polarity === "for" ? weight * fit : weight * (1 - fit)) / sharing;
  };
  const weighted = reasons.map((reason) => ({ ...reason, weight: Math.round(points(reason.polarity) * 10) / 10 }));
  return { weight, fit, reasons: weighted };
}

function assessSchedule(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  if (candidate.availabilityMask === 0 || mission.scheduleMask === 0) return null;
  const overlap = candidate.availabilityMask & mission.scheduleMask;
  if (overlap === 0) return assessment(criteriaWeights.schedule, 0, [{ polarity: "exclude", code: "schedule.none" }]);
  // One shared slot is enough to work together; covering all the mission's slots is better.
  const fit = 0.5 + (0.5 * countBits(overlap)) / countBits(mission.scheduleMask);
  return assessment(criteriaWeights.schedule, fit, [{ polarity: "for", code: "schedule.overlap", slotsMask: overlap }]);
}

function assessHours(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  const personMax = candidate.maxHoursPerWeek;
  if (personMax === null) return null;
  const missionMin = mission.hoursPerWeekMin;
  if (missionMin > personMax) {
    return assessment(criteriaWeights.hours, 0, [
      { polarity: "against", code: "hours.above-max", missionMin, personMax },
    ]);
  }
  // The minimum fits; if the maximum does not, the hours can still be agreed on.
  const fit = mission.hoursPerWeekMax <= personMax ? 1 : 0.75;
  return assessment(criteriaWeights.hours, fit, [
    { polarity: "for", code: "hours.fit", missionMin, missionMax: mission.hoursPerWeekMax, personMax },
  ]);
}

function assessSeason(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  if (candidate.monthsAwayMask === 0) return null;
  const awayDuringMission = candidate.monthsAwayMask & mission.monthsMask;
  if (awayDuringMission === 0) {
    return assessment(criteriaWeights.season, 1, [{ polarity: "for", code: "season.clear" }]);
  }
  const fit = 1 - countBits(awayDuringMission) / countBits(mission.monthsMask);
  const reason = { polarity: "against", code: "season.away", monthsMask: awayDuringMission } as const;
  return assessment(criteriaWeights.season, fit, [reason]);
}

function assessDistance(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  const { home, travelMaxKm: maxKm } = candidate;
  if (!home || !mission.place || maxKm === null) return null;
  // Rounded to the 100 m we show, so that "20 km away; you said up to 20" is never an exclusion.
  const km = Math.round(distanceKm(home, mission.place) * 10) / 10;
  if (km > maxKm) {
    return assessment(criteriaWeights.distance, 0, [{ polarity: "exclude", code: "distance.beyond", km, maxKm }]);
  }
  const fit = maxKm > 0 ? 1 - (0.5 * km) / maxKm : 1;
  return assessment(criteriaWeights.distance, fit, [{ polarity: "for", code: "distance.within", km, maxKm }]);
}

/** "fr-CA" and "FR" are the same language as "fr". */
function languageKey(code: string): string {
  return code.split("-")[0].toLowerCase();
}

function assessLanguages(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  if (candidate.languages.length === 0 || mission.languages.length === 0) return null;
  const levels = new Map(candidate.languages.map(({ code, level }) => [languageKey(code), level]));
  const judged: { fit: number; reason: UnweightedReason }[] = [];
  for (const { code: language, required } of mission.languages) {
    const level = levels.get(languageKey(language));
    if (required && !level) {
      judged.push({ fit: 0, reason: { polarity: "exclude", code: "language.required-missing", language } });
    } else if (required && level === "basic") {
      judged.push({ fit: 0.25, reason: { polarity: "against", code: "language.required-basic", language } });
    } else if (required) {
      judged.push({ fit: 1, reason: { polarity: "for", code: "language.required-spoken", language } });
    } else if (level) {
      // An optional language only counts for the people who speak it.
      judged.push({ fit: 1, reason: { polarity: "for", code: "language.optional-spoken", language } });
    }
  }
  if (judged.length === 0) return null;
  const exclusions = judged.filter(({ reason }) => reason.polarity === "exclude");
  if (exclusions.length > 0)
    return assessment(
      criteriaWeights.languages,
      0,
      exclusions.map(({ reason }) => reason),
    );
  const fit = judged.reduce((sum, entry) => sum + entry.fit, 0) / judged.length;
  return assessment(
    criteriaWeights.languages,
    fit,
    judged.map(({ reason }) => reason),
  );
}

/** A past field of five years or more counts as much as a listed skill; a shorter one counts half. */
function fieldCredit(band: ExperienceBand): number {
  return experienceBands.indexOf(band) >= experienceBands.indexOf("5-10") ? 1 : 0.5;
}

function assessSkills(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  if (mission.skills.length === 0 || (candidate.skills.length === 0 && candidate.pastFields.length === 0)) return null;
  const asked = mission.skills.map((label) => ({ label, words: significantWords(label) }));
  const askedSharingWords = (words: ReadonlySet<string>) =>
    asked.filter((skill) => sharesWord(skill.words, words)).map(({ label }) => label);
  const matchedBySkills = askedSharingWords(significantWords(candidate.skills.join(" ")));
  const fieldMatches = [...candidate.pastFields]
    .sort((left, right) => experienceBands.indexOf(right.band) - experienceBands.indexOf(left.band))
    .map(({ field, band }) => ({ field, band, skills: askedSharingWords(significantWords(field)) }))
    .filter(({ skills }) => skills.length > 0);

  const credit = (label: string) => {
    if (matchedBySkills.includes(label)) return 1;
    const fieldCredits = fieldMatches
      .filter(({ skills }) => skills.includes(label))
      .map(({ band }) => fieldCredit(band));
    return Math.max(0, ...fieldCredits);
  };
  const fit = mission.skills.reduce((sum, label) => sum + credit(label), 0) / mission.skills.length;
  if (fit === 0) {
    return assessment(criteriaWeights.skills, 0, [
      { polarity: "against", code: "skills.none", skills: mission.skills },
    ]);
  }

  const reasons: UnweightedReason[] = fieldMatches.map((match) => ({
    polarity: "for",
    code: "experience.match",
    ...match,
  }));
  if (matchedBySkills.length > 0) reasons.unshift({ polarity: "for", code: "skills.match", skills: matchedBySkills });
  return assessment(criteriaWeights.skills, fit, reasons);
}

function assessPosture(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  const preference = candidate.physicalPreference;
  const demand = mission.physicalDemand;
  if (preference === "either") return null;
  const weight = criteriaWeights.posture;
  if (demand === preference) return assessment(weight, 1, [{ polarity: "for", code: "posture.preferred", demand }]);
  if (preference === "standing") {
    return demand === "mixed"
      ? assessment(weight, 0.75, [{ polarity: "for", code: "posture.preferred", demand }])
      : assessment(weight, 0, [{ polarity: "against", code: "posture.not-preferred", demand, preference }]);
  }
  if (mission.employer.commitments.includes("seated-options")) {
    return assessment(weight, 0.75, [{ polarity: "for", code: "posture.seated-options", demand }]);
  }
  const fit = demand === "mixed" ? 0.5 : 0;
  return assessment(weight, fit, [{ polarity: "against", code: "posture.not-preferred", demand, preference }]);
}

function assessLifting(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  const { liftingKg: kg } = mission;
  const maxKg = candidate.maxLiftKg;
  if (kg <= 0 || maxKg === null) return null;
  return kg > maxKg
    ? assessment(criteriaWeights.lifting, 0, [{ polarity: "against", code: "lifting.above-max", kg, maxKg }])
    : assessment(criteriaWeights.lifting, 1, [{ polarity: "for", code: "lifting.within", kg, maxKg }]);
}

const causeSectors = ["community", "culture"];

/** What the employer offers for one thing the person seeks: a reason when it does, null when it does not. */
function offerFor(seek: Seek, mission: MissionForMatching): UnweightedReason | null {
  const { employer } = mission;
  switch (seek) {
    case "company": {
      const words = wordsWithPrefixes(employer.values, companyWordPrefixes);
      return words.length > 0 ? { polarity: "for", code: "seeks.company", words } : null;
    }
    case "know-how": {
      const commitment = (["mentoring", "training"] as const).find((code) => employer.commitments.includes(code));
      return commitment ? { polarity: "for", code: "seeks.know-how", commitment } : null;
    }
    case "income":
      if (mission.payMaxCents === null) return null;
      return { polarity: "for", code: "seeks.income", payMaxCents: mission.payMaxCents };
    case "cause": {
      const sector = [mission.sector, employer.sector].find((code) => causeSectors.includes(code));
      if (sector) return { polarity: "for", code: "seeks.cause", via: "sector", sector };
      const words = wordsWithPrefixes(employer.purpose, causeWordPrefixes);
      return words.length > 0 ? { polarity: "for", code: "seeks.cause", via: "purpose", words } : null;
    }
  }
}

function assessSeeks(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  // An unknown pay says nothing about income, so that wish is left out rather than counted as unmet.
  const judged = candidate.seeks.filter((seek) => seek !== "income" || mission.payMaxCents !== null);
  if (judged.length === 0) return null;
  // A wish the employer says nothing about lowers the fit without a reason against: silence is not a refusal.
  const offers = judged.map((seek) => offerFor(seek, mission)).filter((offer) => offer !== null);
  return assessment(criteriaWeights.seeks, offers.length / judged.length, offers);
}

function assessSector(candidate: CandidateForMatching, mission: MissionForMatching): Assessment | null {
  if (candidate.sectors.length === 0) return null;
  const { sector } = mission;
  return candidate.sectors.includes(sector)
    ? assessment(criteriaWeights.sector, 1, [{ polarity: "for", code: "sector.chosen", sector }])
    : assessment(criteriaWeights.sector, 0, [{ polarity: "against", code: "sector.not-chosen", sector }]);
}

/** In this order, which also orders reasons of equal weight. */
const criteria: Criterion[] = [
  assessSchedule,
  assessDistance,
  assessLanguages,
  assessSkills,
  assessHours,
  assessSeeks,
  assessSeason,
  assessSector,
  assessPosture,
  assessLifting,
];

function scoreOf(assessments: Assessment[]): number {
  const totalWeight = assessments.reduce((sum, { weight }) => sum + weight, 0);
  if (totalWeight === 0) return neutralScore;
  const points = assessments.reduce((sum, { weight, fit }) => sum + weight * fit, 0);
  // At least 1, so that 0 always means excluded.
  return Math.max(1, Math.round((100 * points) / totalWeight));
}

/** Exclusions first, then every reason against, then the reasons for: what may not fit is never cut off by a limit. */
const polarityOrder: Record<Polarity, number> = { exclude: 0, against: 1, for: 2 };

function byImportance(left: MatchReason, right: MatchReason): number {
  return polarityOrder[left.polarity] - polarityOrder[right.polarity] || right.weight - left.weight;
}

export function scoreMatch(candidate: CandidateForMatching, mission: MissionForMatching): MatchResult {
  const assessments = criteria.map((criterion) => criterion(candidate, mission)).filter((result) => result !== null);
  const reasons = assessments.flatMap(({ reasons }) => reasons).sort(byImportance);
  const excluded = reasons.some(({ polarity }) => polarity === "exclude");
  return { score: excluded ? 0 : scoreOf(assessments), excluded, reasons };
}
