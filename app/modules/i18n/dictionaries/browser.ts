// The dictionaries in the browser: only the page's language, loaded by entry.client.tsx before the page hydrates
// (each language is its own file in the build). vite.config.ts puts this module in the place of all.ts there.
import type { Locale } from "../locales";
import type { Dictionary } from "./fr";

export const dictionaries: Partial<Record<Locale, Dictionary>> = {};

export async function loadDictionary(locale: Locale): Promise<void> {
  if (dictionaries[locale]) return;
  dictionaries[locale] = locale === "en" ? (await import("./en")).en : (await import("./fr")).fr;
}
