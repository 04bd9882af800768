// Match reasons in plain words: to the candidate ("why this mission suits you") or to the recruiter, about the
// candidate. The sentences live in messages.ts; here are the grouping and the formatting they share.
import { formatMoney } from "~/modules/i18n/format";
import { intlTag, type Locale } from "~/modules/i18n/locales";
import { dayParts, monthsOf, slotsOf, type Day, type DayPart } from "~/modules/schedule/masks";
import { matchingMessages, type Phrases, type Say, type SlotGroup } from "./messages";
import type { MatchReason, MatchResult, Polarity } from "./types";

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
  const messages = matchingMessages[locale];
  const lists = new Intl.ListFormat(tag, { type: "conjunction" });
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const languageNames = new Intl.DisplayNames(tag, { type: "language" });
  const monthNames = new Intl.DateTimeFormat(tag, { month: "long", timeZone: "UTC" });
  const list = (items: string[]) => lists.format(items);
  return {
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
    slots: (mask) =>
      joinGroups(
        groupSlots(mask).map((group) => messages.slotGroup(group, list)),
        messages.and
      ),
    sector: (code) => (code in messages.sectors ? messages.sectors[code as keyof typeof messages.sectors] : code),
  };
}

function describe(result: MatchResult, locale: Locale, limit: number, phrases: Phrases): ReasonText[] {
  const say = sayIn(locale);
  const tag = intlTag(locale);
  return result.reasons.slice(0, limit).map((reason) => {
    // TypeScript cannot tie phrases[code] to the reason of that same code; the Phrases type guarantees it.
    const write = phrases[reason.code] as (reason: MatchReason, say: Say) => string;
    const text = write(reason, say);
    return { polarity: reason.polarity, text: text.charAt(0).toLocaleUpperCase(tag) + text.slice(1) };
  });
}

/** Sentences addressed to the candidate, most important first. */
export function describeReasons(result: MatchResult, locale: Locale, limit = 5): ReasonText[] {
  return describe(result, locale, limit, matchingMessages[locale].candidate);
}

/** Short sentences about the candidate, for the recruiter's pages. */
export function describeForRecruiter(result: MatchResult, locale: Locale, limit = 5): ReasonText[] {
  return describe(result, locale, limit, matchingMessages[locale].recruiter);
}
