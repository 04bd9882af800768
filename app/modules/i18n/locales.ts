export const locales = ["fr", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** The BCP 47 tag used with Intl: Canadian French and English. */
export function intlTag(locale: Locale): string {
  return locale === "fr" ? "fr-CA" : "en-CA";
}
