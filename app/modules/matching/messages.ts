// The words for match reasons, French first. One phrase per reason code and reader: the candidate ("vous") and the
// recruiter (about the candidate, and "vous" for the employer). The type makes both languages cover every code.
import type { Locale } from "~/modules/i18n/locales";
import { dayParts, type Day, type DayPart } from "~/modules/schedule/masks";
import type { ExperienceBand, PhysicalDemand, ReasonCode, ReasonOf } from "./types";

/** Days free at the same parts of the day; `span` names the usual sets of days (Monday to Friday, weekend, all). */
export type SlotGroup = { days: Day[]; parts: DayPart[]; span: "weekdays" | "weekend" | "week" | null };

/** Formatting in the reader's language, handed to every phrase. */
export type Say = {
  list(items: string[]): string;
  number(value: number): string;
  money(cents: number): string;
  language(code: string): string;
  months(mask: number): string;
  slots(mask: number): string;
  sector(code: string): string;
};

export type Phrases = { [Code in ReasonCode]: (reason: ReasonOf<Code>, say: Say) => string };

type SectorCode = "retail" | "culture" | "tourism" | "finance" | "health" | "food" | "sports-leisure" | "community" | "hospitality";

type LocaleMessages = {
  /** as they read inside a sentence ("dans la culture") */
  sectors: Record<SectorCode, string>;
  slotGroup(group: SlotGroup, list: (items: string[]) => string): string;
  /** joins slot groups, which may hold their own "and": "le mardi et le jeudi matin, et le samedi soir" */
  and: string;
  candidate: Phrases;
  recruiter: Phrases;
};

// French

const frDays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const frParts = ["matin", "après-midi", "soir"];
const frPartsWithArticle = ["le matin", "l’après-midi", "le soir"];
const frSpans = { weekdays: "en semaine", weekend: "la fin de semaine", week: "tous les jours" };
const frDemand: Record<PhysicalDemand, string> = {
  seated: "Travail en position assise",
  standing: "Travail debout",
  mixed: "Travail en partie debout",
};
const frPreference = { seated: "la position assise", standing: "la position debout" };
const frCommitment = { mentoring: "au mentorat", training: "à la formation" };

/** "le français", "l’anglais": every language name is masculine in French. */
function frWithArticle(language: string): string {
  return /^([aeiouyàâéèêîïôû]|h[éi])/i.test(language) ? `l’${language}` : `le ${language}`;
}

function frHours(min: number, max: number, say: Say): string {
  return min === max ? `${say.number(min)} h` : `De ${say.number(min)} à ${say.number(max)} h`;
}

const frBands: Record<ExperienceBand, string> = { "under-2": "moins de 2 ans", "2-5": "2 à 5 ans", "5-10": "5 à 10 ans", "10-15": "10 à 15 ans", "15-plus": "15 ans et plus" };

const frCandidate: Phrases = {
  "schedule.overlap": (reason, say) => `Vous êtes libre ${say.slots(reason.slotsMask)}, quand cette mission a besoin de vous`,
  "schedule.none": () => "Vous n’êtes libre à aucun des moments où cette mission a besoin de vous",
  "hours.fit": (reason, say) =>
    `${frHours(reason.missionMin, reason.missionMax, say)} par semaine; vous pouvez en donner jusqu’à ${say.number(reason.personMax)}`,
  "hours.above-max": (reason, say) =>
    `Au moins ${say.number(reason.missionMin)} h par semaine, plus que les ${say.number(reason.personMax)} h que vous pouvez donner`,
  "season.clear": () => "Cette mission a lieu en dehors des mois où vous êtes ailleurs",
  "season.away": (reason, say) => `Vous avez indiqué être ailleurs en ${say.months(reason.monthsMask)}, pendant cette mission`,
  "distance.within": (reason, say) =>
    `À ${say.number(reason.km)} km de chez vous; vous avez indiqué jusqu’à ${say.number(reason.maxKm)} km`,
  "distance.beyond": (reason, say) =>
    `À ${say.number(reason.km)} km de chez vous, au-delà des ${say.number(reason.maxKm)} km que vous avez indiqués`,
  "language.required-spoken": (reason, say) => `Vous parlez ${say.language(reason.language)}, exigé pour cette mission`,
  "language.required-basic": (reason, say) =>
    `${frWithArticle(say.language(reason.language))} est exigé; vous l’avez indiqué au niveau de base`,
  "language.required-missing": (reason, say) =>
    `${frWithArticle(say.language(reason.language))} est exigé et vous ne l’avez pas indiqué`,
  "language.optional-spoken": (reason, say) => `Vous parlez ${say.language(reason.language)}, un atout pour cette mission`,
  "skills.match": (reason, say) => `Vos compétences répondent à ce que demande la mission : ${say.list(reason.skills)}`,
  "experience.match": (reason) => `Votre expérience compte ici : ${reason.field} (${frBands[reason.band]})`,
  "skills.none": (reason, say) => `Votre profil ne parle pas encore de ce que demande la mission : ${say.list(reason.skills)}`,
  "posture.preferred": (reason) => `${frDemand[reason.demand]}, comme vous le préférez`,
  "posture.seated-options": (reason) => `${frDemand[reason.demand]}, mais l’employeur offre de quoi s’asseoir`,
  "posture.not-preferred": (reason) =>
    `${frDemand[reason.demand]}, alors que vous préférez ${frPreference[reason.preference]}`,
  "lifting.within": (reason, say) =>
    `Charges d’au plus ${say.number(reason.kg)} kg, dans votre limite de ${say.number(reason.maxKg)} kg`,
  "lifting.above-max": (reason, say) =>
    `Charges jusqu’à ${say.number(reason.kg)} kg, au-delà des ${say.number(reason.maxKg)} kg que vous avez indiqués`,
  "seeks.company": (reason, say) =>
    `Vous cherchez du contact humain, et cet employeur cite parmi ses valeurs : ${say.list(reason.words)}`,
  "seeks.know-how": (reason) =>
    `Vous voulez transmettre votre savoir-faire, et cet employeur s’engage ${frCommitment[reason.commitment]}`,
  "seeks.income": (reason, say) => `Vous cherchez un revenu : jusqu’à ${say.money(reason.payMaxCents)} de l’heure`,
  "seeks.cause": (reason, say) =>
    reason.via === "sector"
      ? `Vous voulez servir une cause, et cet employeur œuvre dans ${say.sector(reason.sector)}`
      : `Vous voulez servir une cause, et la raison d’être de cet employeur en témoigne : ${say.list(reason.words)}`,
  "sector.chosen": (reason, say) => `Dans un secteur qui vous intéresse : ${say.sector(reason.sector)}`,
  "sector.not-chosen": (reason, say) => `Hors des secteurs que vous avez choisis : ${say.sector(reason.sector)}`,
};

const frRecruiter: Phrases = {
  "schedule.overlap": (reason, say) => `Libre ${say.slots(reason.slotsMask)}, quand la mission en a besoin`,
  "schedule.none": () => "Jamais libre quand la mission en a besoin",
  "hours.fit": (reason, say) =>
    `${frHours(reason.missionMin, reason.missionMax, say)} par semaine; peut en donner jusqu’à ${say.number(reason.personMax)}`,
  "hours.above-max": (reason, say) =>
    `Au moins ${say.number(reason.missionMin)} h par semaine, plus que ses ${say.number(reason.personMax)} h`,
  "season.clear": () => "La mission a lieu en dehors de ses absences",
  "season.away": (reason, say) => `Absence indiquée en ${say.months(reason.monthsMask)}, pendant la mission`,
  "distance.within": (reason, say) => `À ${say.number(reason.km)} km; se déplace jusqu’à ${say.number(reason.maxKm)} km`,
  "distance.beyond": (reason, say) => `À ${say.number(reason.km)} km, au-delà des ${say.number(reason.maxKm)} km indiqués`,
  "language.required-spoken": (reason, say) => `Parle ${say.language(reason.language)}, exigé`,
  "language.required-basic": (reason, say) => `${say.language(reason.language)} exigé, niveau de base indiqué`,
  "language.required-missing": (reason, say) => `${say.language(reason.language)} exigé, non indiqué`,
  "language.optional-spoken": (reason, say) => `Parle ${say.language(reason.language)}, un atout`,
  "skills.match": (reason, say) => `A les compétences demandées : ${say.list(reason.skills)}`,
  "experience.match": (reason) => `Expérience utile : ${reason.field} (${frBands[reason.band]})`,
  "skills.none": (reason, say) => `Compétences demandées absentes du profil : ${say.list(reason.skills)}`,
  "posture.preferred": (reason) => `${frDemand[reason.demand]}, comme la personne le préfère`,
  "posture.seated-options": (reason) => `${frDemand[reason.demand]}; préfère s’asseoir, ce que vous permettez`,
  "posture.not-preferred": (reason) =>
    `${frDemand[reason.demand]}, alors que la personne préfère ${frPreference[reason.preference]}`,
  "lifting.within": (reason, say) =>
    `Charges d’au plus ${say.number(reason.kg)} kg, dans sa limite de ${say.number(reason.maxKg)} kg`,
  "lifting.above-max": (reason, say) =>
    `Charges jusqu’à ${say.number(reason.kg)} kg, au-delà de sa limite de ${say.number(reason.maxKg)} kg`,
  "seeks.company": (reason, say) => `Cherche du contact humain; vos valeurs citent : ${say.list(reason.words)}`,
  "seeks.know-how": (reason) => `Veut transmettre son savoir-faire; vous vous engagez ${frCommitment[reason.commitment]}`,
  "seeks.income": (reason, say) => `Cherche un revenu; jusqu’à ${say.money(reason.payMaxCents)} de l’heure`,
  "seeks.cause": (reason, say) =>
    reason.via === "sector"
      ? `Veut servir une cause; vous œuvrez dans ${say.sector(reason.sector)}`
      : `Veut servir une cause; votre raison d’être en témoigne : ${say.list(reason.words)}`,
  "sector.chosen": (reason, say) => `Secteur qui l’intéresse : ${say.sector(reason.sector)}`,
  "sector.not-chosen": (reason, say) => `Hors de ses secteurs d’intérêt : ${say.sector(reason.sector)}`,
};

// English

const enDays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const enParts = ["morning", "afternoon", "evening"];
const enWholeDaySpans = { weekdays: "all day on weekdays", weekend: "all day on weekends", week: "all day, every day" };
const enDemand: Record<PhysicalDemand, string> = {
  seated: "Seated work",
  standing: "Standing work",
  mixed: "Partly standing work",
};
const enPreference = { seated: "to sit", standing: "to be on your feet" };
const enCandidatePreference = { seated: "to sit", standing: "to be on their feet" };
const enCommitment = { mentoring: "mentoring", training: "training" };

function enHours(min: number, max: number, say: Say): string {
  return min === max ? `${say.number(min)} hours` : `${say.number(min)} to ${say.number(max)} hours`;
}

const enBands: Record<ExperienceBand, string> = { "under-2": "under 2 years", "2-5": "2 to 5 years", "5-10": "5 to 10 years", "10-15": "10 to 15 years", "15-plus": "15 years or more" };

function enPlural(parts: DayPart[]): string[] {
  return parts.map((part) => `${enParts[part]}s`);
}

const enCandidate: Phrases = {
  "schedule.overlap": (reason, say) => `You are free ${say.slots(reason.slotsMask)}, when this mission needs you`,
  "schedule.none": () => "You are free at none of the times this mission needs you",
  "hours.fit": (reason, say) =>
    `${enHours(reason.missionMin, reason.missionMax, say)} a week; you can give up to ${say.number(reason.personMax)}`,
  "hours.above-max": (reason, say) =>
    `At least ${say.number(reason.missionMin)} hours a week, more than the ${say.number(reason.personMax)} you can give`,
  "season.clear": () => "This mission runs outside the months you are away",
  "season.away": (reason, say) => `You said you are away in ${say.months(reason.monthsMask)}, while this mission runs`,
  "distance.within": (reason, say) => `${say.number(reason.km)} km away; you said up to ${say.number(reason.maxKm)}`,
  "distance.beyond": (reason, say) => `${say.number(reason.km)} km away, beyond the ${say.number(reason.maxKm)} km you said`,
  "language.required-spoken": (reason, say) => `You speak ${say.language(reason.language)}, required for this mission`,
  "language.required-basic": (reason, say) => `${say.language(reason.language)} is required; you listed a basic level`,
  "language.required-missing": (reason, say) => `${say.language(reason.language)} is required and you have not listed it`,
  "language.optional-spoken": (reason, say) => `You speak ${say.language(reason.language)}, an asset for this mission`,
  "skills.match": (reason, say) => `Your skills match what the mission asks for: ${say.list(reason.skills)}`,
  "experience.match": (reason) => `Your experience counts here: ${reason.field} (${enBands[reason.band]})`,
  "skills.none": (reason, say) => `Your profile does not yet mention what the mission asks for: ${say.list(reason.skills)}`,
  "posture.preferred": (reason) => `${enDemand[reason.demand]}, as you prefer`,
  "posture.seated-options": (reason) => `${enDemand[reason.demand]}, but the employer offers seated options`,
  "posture.not-preferred": (reason) => `${enDemand[reason.demand]}, while you prefer ${enPreference[reason.preference]}`,
  "lifting.within": (reason, say) => `Lifting up to ${say.number(reason.kg)} kg, within your ${say.number(reason.maxKg)} kg limit`,
  "lifting.above-max": (reason, say) =>
    `Lifting up to ${say.number(reason.kg)} kg, beyond the ${say.number(reason.maxKg)} kg you said`,
  "seeks.company": (reason, say) => `You are looking for company, and this employer's values mention ${say.list(reason.words)}`,
  "seeks.know-how": (reason) =>
    `You want to pass on your know-how, and this employer commits to ${enCommitment[reason.commitment]}`,
  "seeks.income": (reason, say) => `You are looking for an income: up to ${say.money(reason.payMaxCents)} an hour`,
  "seeks.cause": (reason, say) =>
    reason.via === "sector"
      ? `You want to serve a cause, and this employer works in ${say.sector(reason.sector)}`
      : `You want to serve a cause, and this employer's purpose speaks of it: ${say.list(reason.words)}`,
  "sector.chosen": (reason, say) => `In a sector you chose: ${say.sector(reason.sector)}`,
  "sector.not-chosen": (reason, say) => `Outside the sectors you chose: ${say.sector(reason.sector)}`,
};

const enRecruiter: Phrases = {
  "schedule.overlap": (reason, say) => `Free ${say.slots(reason.slotsMask)}, when the mission needs it`,
  "schedule.none": () => "Never free when the mission needs it",
  "hours.fit": (reason, say) =>
    `${enHours(reason.missionMin, reason.missionMax, say)} a week; can give up to ${say.number(reason.personMax)}`,
  "hours.above-max": (reason, say) =>
    `At least ${say.number(reason.missionMin)} hours a week, more than the candidate's ${say.number(reason.personMax)}`,
  "season.clear": () => "The mission runs outside the candidate's time away",
  "season.away": (reason, say) => `Away in ${say.months(reason.monthsMask)}, while the mission runs`,
  "distance.within": (reason, say) => `${say.number(reason.km)} km away; travels up to ${say.number(reason.maxKm)} km`,
  "distance.beyond": (reason, say) => `${say.number(reason.km)} km away, beyond the ${say.number(reason.maxKm)} km limit`,
  "language.required-spoken": (reason, say) => `Speaks ${say.language(reason.language)}, required`,
  "language.required-basic": (reason, say) => `${say.language(reason.language)} required, basic level listed`,
  "language.required-missing": (reason, say) => `${say.language(reason.language)} required, not listed`,
  "language.optional-spoken": (reason, say) => `Speaks ${say.language(reason.language)}, an asset`,
  "skills.match": (reason, say) => `Has the skills asked for: ${say.list(reason.skills)}`,
  "experience.match": (reason) => `Relevant experience: ${reason.field} (${enBands[reason.band]})`,
  "skills.none": (reason, say) => `Skills asked for, not in the profile: ${say.list(reason.skills)}`,
  "posture.preferred": (reason) => `${enDemand[reason.demand]}, as the candidate prefers`,
  "posture.seated-options": (reason) => `${enDemand[reason.demand]}; prefers to sit, which you allow`,
  "posture.not-preferred": (reason) =>
    `${enDemand[reason.demand]}, while the candidate prefers ${enCandidatePreference[reason.preference]}`,
  "lifting.within": (reason, say) =>
    `Lifting up to ${say.number(reason.kg)} kg, within the candidate's ${say.number(reason.maxKg)} kg limit`,
  "lifting.above-max": (reason, say) =>
    `Lifting up to ${say.number(reason.kg)} kg, beyond the candidate's ${say.number(reason.maxKg)} kg limit`,
  "seeks.company": (reason, say) => `Seeks company; your values mention ${say.list(reason.words)}`,
  "seeks.know-how": (reason) => `Wants to pass on know-how; you commit to ${enCommitment[reason.commitment]}`,
  "seeks.income": (reason, say) => `Seeks an income; up to ${say.money(reason.payMaxCents)} an hour`,
  "seeks.cause": (reason, say) =>
    reason.via === "sector"
      ? `Wants to serve a cause; you work in ${say.sector(reason.sector)}`
      : `Wants to serve a cause; your purpose speaks of it: ${say.list(reason.words)}`,
  "sector.chosen": (reason, say) => `A sector of interest: ${say.sector(reason.sector)}`,
  "sector.not-chosen": (reason, say) => `Outside the candidate's sectors of interest: ${say.sector(reason.sector)}`,
};

export const matchingMessages = {
  fr: {
    sectors: {
      retail: "le commerce de détail",
      culture: "la culture",
      tourism: "le tourisme",
      finance: "la finance",
      health: "la santé",
      food: "l’alimentation",
      "sports-leisure": "les sports et loisirs",
      community: "le milieu communautaire",
      hospitality: "l’hôtellerie",
    },
    // "le mardi et le jeudi matin", "le samedi après-midi", "en semaine le matin", "le lundi toute la journée"
    slotGroup: ({ days, parts, span }, list) => {
      const wholeDay = parts.length === dayParts.length;
      if (span) return `${frSpans[span]} ${wholeDay ? "toute la journée" : list(parts.map((part) => frPartsWithArticle[part]))}`;
      const dayNames = list(days.map((day) => `le ${frDays[day]}`));
      return `${dayNames} ${wholeDay ? "toute la journée" : list(parts.map((part) => frParts[part]))}`;
    },
    and: "et",
    candidate: frCandidate,
    recruiter: frRecruiter,
  },
  en: {
    sectors: {
      retail: "retail",
      culture: "culture",
      tourism: "tourism",
      finance: "finance",
      health: "health",
      food: "food",
      "sports-leisure": "sports and leisure",
      community: "community service",
      hospitality: "hospitality",
    },
    // "Tuesday and Thursday mornings", "Saturday afternoons", "weekday mornings", "all day Monday"
    slotGroup: ({ days, parts, span }, list) => {
      const wholeDay = parts.length === dayParts.length;
      if (span && wholeDay) return enWholeDaySpans[span];
      if (span === "week") return `every ${list(parts.map((part) => enParts[part]))}`;
      if (span) return `${span === "weekdays" ? "weekday" : "weekend"} ${list(enPlural(parts))}`;
      const dayNames = list(days.map((day) => enDays[day]));
      return wholeDay ? `all day ${dayNames}` : `${dayNames} ${list(enPlural(parts))}`;
    },
    and: "and",
    candidate: enCandidate,
    recruiter: enRecruiter,
  },
} satisfies Record<Locale, LocaleMessages>;
