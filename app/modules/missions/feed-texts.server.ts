// The feeds' and the careers widget's texts (dictionaries/feeds-server.*.ts), in a language: server only, so that no
// page's browser bundle carries them (decision 0028). Parameters and plurals are filled in as translate.ts does (fillTemplate).
import { feedsServerEn } from "~/modules/i18n/dictionaries/feeds-server.en";
import { feedsServerFr } from "~/modules/i18n/dictionaries/feeds-server.fr";
import type { Locale } from "~/modules/i18n/locales";
import { fillTemplate, type TranslationParams } from "~/modules/i18n/translate";

type Texts = typeof feedsServerFr;
type Key = { [K in keyof Texts]: Texts[K] extends string ? K : `${K}.${keyof Texts[K] & string}` }[keyof Texts];

const texts: Record<Locale, Texts> = { fr: feedsServerFr, en: feedsServerEn };

export function feedText(locale: Locale, key: Key, params?: TranslationParams): string {
  const [first, second] = key.split(".") as [keyof Texts, string | undefined];
  const node = texts[locale][first];
  return fillTemplate(typeof node === "string" ? node : (node as Record<string, string>)[second ?? ""], locale, params);
}

export function feedTexts(locale: Locale) {
  return (key: Key, params?: TranslationParams) => feedText(locale, key, params);
}

/** The dashboard's careers widget section, whole: its component receives it as loader data. */
export function snippetTexts(locale: Locale): Texts["snippet"] {
  return texts[locale].snippet;
}
