// The feeds' and the careers widget's texts (dictionaries/feeds-server.*.ts), in a language: server only, so that no
// page's browser bundle carries them (decision 0028). `{name}` parameters as in translate.ts.
import { feedsServerEn } from "~/modules/i18n/dictionaries/feeds-server.en";
import { feedsServerFr } from "~/modules/i18n/dictionaries/feeds-server.fr";
import type { Locale } from "~/modules/i18n/locales";

type Texts = typeof feedsServerFr;
type Key = { [K in keyof Texts]: Texts[K] extends string ? K : `${K}.${keyof Texts[K] & string}` }[keyof Texts];

const texts: Record<Locale, Texts> = { fr: feedsServerFr, en: feedsServerEn };

export function feedText(locale: Locale, key: Key, params: Record<string, string | number> = {}): string {
  const [first, second] = key.split(".") as [keyof Texts, string | undefined];
  const node = texts[locale][first];
  const template = typeof node === "string" ? node : (node as Record<string, string>)[second ?? ""];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function feedTexts(locale: Locale) {
  return (key: Key, params?: Record<string, string | number>) => feedText(locale, key, params);
}

/** The dashboard's careers widget section, whole: its component receives it as loader data. */
export function snippetTexts(locale: Locale): Texts["snippet"] {
  return texts[locale].snippet;
}
