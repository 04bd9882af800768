// Match reasons in plain words: to the candidate ("why this mission suits you") or to the recruiter, about the
// candidate. The sentences live in the dictionaries (dictionaries/match-reasons.*.ts); here are the grouping and the
// formatting that fill them in.
import { formatMoney } from "~/modules/i18n/format";
import { intlTag, type Locale } from "~/modules/i18n/locales";
import { translate, type TranslationKey, type TranslationParams } from "~/modules/i18n/translate";
import { dayParts, monthsOf, slotsOf, type Day, type DayPart } from "~/modules/schedule/masks";
import type { MatchReason, MatchResult, Polarity, ReasonCode } from "./types";

/** Days free at the same parts of the day; `span` names the usual sets of days (Monday to Friday, weekend, all). */
type SlotGroup = { days: Day[]; parts: DayPart[]; span: "weekdays" | "weekend" | "week" | null };

/** Who reads the sentence: the candidate, or a recruiter about the candidate. */
type Reader = "candidate" | "recruiter";

/** The sentence of each reason code; `seeks.cause` has one for a cause seen in the sector and one in the purpose. */
type PhraseKey = Exclude<ReasonCode, "seeks.cause"> | "seeks.cause.sector" | "seeks.cause.purpose";
// The compiler checks that the dictionaries hold a sentence for every reason code and reader.
type Checked<Key extends TranslationKey> = Key;
type SentenceKey = Checked<`matchReasons.${Reader}.${PhraseKey}`>;

const dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"] as const;
const partNames = ["morning", "afternoon", "evening"] as const;

export type ReasonText = { polarity: Polarity; text: string };

/** The sets of days that have a name of their own (day 0 is Monday). */
function spanOf(days: Day[]): SlotGroup["span"] {
  switch (days.join()) {
    case "0,1,2,3,4":
      return "weekdays";
    case "5,6":
      return "weekend";
    case "0,1,2,3,4,5,6":
      return "week";
    default:
      return null;
  }
}

/**
 * Slots gathered by part of the day, then parts with the same days merged, morning first: Tuesday and Thursday
 * mornings make one group, every weekday evening another ("en semaine le soir"), a whole Monday a third.
 */
function groupSlots(mask: number): SlotGroup[] {
  const daysByPart = new Map<DayPart, Day[]>();
  for (const { day, part } of slotsOf(mask)) daysByPart.set(part, [...(daysByPart.get(part) ?? []), day]);
  const groups: { days: Day[]; parts: DayPart[] }[] = [];
  for (const part of dayParts) {
    const days = daysByPart.get(part);
    if (!days) continue;
    const sameDays = groups.find((group) => group.days.join() === days.join());
    if (sameDays) sameDays.parts.push(part);
    else groups.push({ days, parts: [part] });
  }
  return groups.map((group) => ({ ...group, span: spanOf(group.days) }));
}

/** Groups may hold their own "and", so the last one gets a comma too: "A et B matin, et C soir". */
function joinGroups(phrases: string[], and: string): string {
  if (phrases.length <= 1) return phrases.join("");
  return `${phrases.slice(0, -1).join(", ")}, ${and} ${phrases[phrases.length - 1]}`;
}

/** Formatting in the reader's language, shared by every sentence. */
type Say = {
  text(key: TranslationKey, params?: TranslationParams): string;
  list(items: string[]): string;
  number(value: number): string;
  money(cents: number): string;
  language(code: string): string;
  months(mask: number): string;
  slots(mask: number): string;
  sector(code: string): string;
};

const sayings = new Map<Locale, Say>();

/** The phrasing helpers of a language, built once: Intl objects are costly to make and safe to share. */
function sayIn(locale: Locale): Say {
  let say = sayings.get(locale);
  if (!say) {
    say = buildSay(locale);
    sayings.set(locale, say);
  }
  return say;
}

function buildSay(locale: Locale): Say {
  const tag = intlTag(locale);
  const text = (key: TranslationKey, params?: TranslationParams) => translate(locale, key, params);
  const lists = new Intl.ListFormat(tag, { type: "conjunction" });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const languageNames = new Intl.DisplayNames(tag, { type: "language" });
  const monthNames = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" });
  const list = (items: string[]) => lists.format(items);
  // "le mardi et le jeudi matin", "en semaine le matin", "every evening", "all day Monday"
  const slotGroup = ({ days, parts, span }: SlotGroup) => {
    const wholeDay = parts.length === dayParts.length;
    if (span && wholeDay) return text(`matchReasons.slots.spanAllDay.${span}`);
    if (span) {
      const after = span === "week" ? "partEveryDay" : "partAfterSpan";
      const names = list(parts.map((part) => text(`matchReasons.slots.${after}.${partNames[part]}`)));
      return text(`matchReasons.slots.spanParts.${span}`, { parts: names });
    }
    const named = list(days.map((day) => text(`matchReasons.slots.day.${dayNames[day]}`)));
    if (wholeDay) return text("matchReasons.slots.daysAllDay", { days: named });
    const names = list(parts.map((part) => text(`matchReasons.slots.partAfterDays.${partNames[part]}`)));
    return text("matchReasons.slots.daysParts", { days: named, parts: names });
  };
  return {
    text,
    list,
    number: (value) => numbers.format(value),
    money: (cents) => formatMoney(cents, locale),
    language: (code) => {
      try {
        return languageNames.of(code) ?? code;
      } catch {
        return code; // not a well-formed language code: show it as stored
      }
    },
    months: (mask) => list(monthsOf(mask).map((month) => monthNames.format(Date.UTC(2000, month - 1, 1)))),
    slots: (mask) => joinGroups(groupSlots(mask).map(slotGroup), text("matchReasons.slots.and")),
    sector: (code) => (Object.hasOwn(sectorKeys, code) ? text(`matchReasons.sectors.${code as SectorCode}`) : code),
  };
}

/** The sectors the sentences can name (as they read inside a sentence); any other code is shown as stored. */
const sectorKeys = {
  retail: true,
  culture: true,
  tourism: true,
  finance: true,
  health: true,
  food: true,
  "sports-leisure": true,
  community: true,
  hospitality: true,
} as const;
type SectorCode = keyof typeof sectorKeys;

/** "le français", "l’anglais" in French (every language name is masculine there); the name alone in English. */
function withArticle(language: string, say: Say): string {
  const elided = /^([aeiouyàâéèêîïôû]|h[éi])/i.test(language);
  return say.text(`matchReasons.languageWithArticle.${elided ? "vowel" : "consonant"}`, { language });
}

/** The key of a reason's sentence, and what fills it in: facts formatted, and words of the dictionaries. */
function sentenceOf(reason: MatchReason, reader: Reader, say: Say): [SentenceKey, TranslationParams] {
  const code: PhraseKey = reason.code === "seeks.cause" ? `seeks.cause.${reason.via}` : reason.code;
  const params: TranslationParams = {};
  const facts = reason as Partial<Record<string, unknown>>;
  const number = (name: string) => {
    if (typeof facts[name] === "number") params[name] = say.number(facts[name]);
  };
  ["km", "maxKm", "kg", "maxKg", "missionMin", "personMax"].forEach(number);
  if ("slotsMask" in reason) params.slots = say.slots(reason.slotsMask);
  if ("monthsMask" in reason) params.months = say.months(reason.monthsMask);
  if ("missionMax" in reason) {
    params.hours =
      reason.missionMin === reason.missionMax
        ? say.text("matchReasons.hours.one", { number: say.number(reason.missionMin) })
        : say.text("matchReasons.hours.range", {
            min: say.number(reason.missionMin),
            max: say.number(reason.missionMax),
          });
  }
  if ("language" in reason) {
    params.language = say.language(reason.language);
    params.languageWithArticle = withArticle(params.language, say);
  }
  if ("skills" in reason) params.skills = say.list(reason.skills);
  if ("words" in reason) params.words = say.list(reason.words);
  if ("field" in reason) params.field = reason.field;
  if ("band" in reason) params.band = say.text(`matchReasons.bands.${reason.band}`);
  if ("demand" in reason) params.demand = say.text(`matchReasons.demand.${reason.demand}`);
  if ("preference" in reason) {
    params.preference = say.text(
      `matchReasons.preference.${reader === "candidate" ? "you" : "them"}.${reason.preference}`,
    );
  }
  if ("commitment" in reason) params.commitment = say.text(`matchReasons.commitment.${reason.commitment}`);
  if ("payMaxCents" in reason) params.pay = say.money(reason.payMaxCents);
  if ("sector" in reason) params.sector = say.sector(reason.sector);
  return [`matchReasons.${reader}.${code}`, params];
}

function describe(result: MatchResult, locale: Locale, limit: number, reader: Reader): ReasonText[] {
  const say = sayIn(locale);
  const tag = intlTag(locale);
  return result.reasons.slice(0, limit).map((reason) => {
    const [key, params] = sentenceOf(reason, reader, say);
    const text = say.text(key, params);
    return { polarity: reason.polarity, text: text.charAt(0).toLocaleUpperCase(tag) + text.slice(1) };
  });
}

/** Sentences addressed to the candidate, most important first. */
export function describeReasons(result: MatchResult, locale: Locale, limit = 5): ReasonText[] {
  return describe(result, locale, limit, "candidate");
}

/** Short sentences about the candidate, for the recruiter's pages. */
export function describeForRecruiter(result: MatchResult, locale: Locale, limit = 5): ReasonText[] {
  return describe(result, locale, limit, "recruiter");
}
