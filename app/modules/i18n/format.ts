// Dates, times and numbers for people: always Intl, always in the viewer's language and time zone.
import { intlTag, type Locale } from "./locales";

export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

export function formatMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CAD" }).format(cents / 100);
}


/** The last second of a calendar day ("2027-01-15") in a time zone, as an instant. */
export function endOfDayInZone(isoDate: string, timeZone: string): Date {
  const [year, month, day] = isoDate.split("-").map(Number);
  const guess = Date.UTC(year, month - 1, day, 23, 59, 59);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(guess))
      .map((part) => [part.type, part.value]),
  );
  const asIfUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return new Date(guess - (asIfUtc - guess));
}

/** A calendar day ("2027-01-15") as seen in a time zone. */
export function isoDateInZone(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}
