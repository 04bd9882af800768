// Both languages' dictionaries, as the server uses them (pages, emails, calendar files). The browser build puts
// browser.ts in this module's place (vite.config.ts, decision 0028), so that a page carries its own language only.
import type { Locale } from "../locales";
import { en } from "./en";
import { fr, type Dictionary } from "./fr";

export const dictionaries: Partial<Record<Locale, Dictionary>> = { fr, en };

/** Nothing to load here: both are in memory. */
export async function loadDictionary(_locale: Locale): Promise<void> {}
