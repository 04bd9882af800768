// Dates, times and numbers for people: always Intl, always in the viewer's language and time zone.
import { intlTag, type Locale } from "./locales";

export function formatDateTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: "full",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

export function formatDate(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: "long", timeZone }).format(date);
}

export function formatMoney(cents: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: "currency", currency: "CAD" }).format(cents / 100);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}
