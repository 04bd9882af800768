export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored language (a user's, an email's) as a Locale, French when it is not one we know. */
export function localeOr(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** The BCP 47 tag used with Intl: Canadian French and English. */
export function intlTag(locale: Locale): string {
  return locale === "fr" ? "fr-CA" : "en-CA";
}
