// Translation lookup. French is the source dictionary; English must have exactly the same keys (checked by tsc).
import { en } from "./dictionaries/en";
import { fr } from "./dictionaries/fr";
import { intlTag, type Locale } from "./locales";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<typeof fr>;
export type TranslationParams = Record<string, string | number>;
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

const dictionaries = { fr, en } as const;

function lookup(dictionary: unknown, key: string): string | undefined {
  let node: unknown = dictionary;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** "one form|other form", chosen by the `count` parameter with the language's plural rules (in French, 0 and 1 are singular). */
function pluralForm(template: string, locale: Locale, params?: TranslationParams): string {
  const forms = template.split("|");
  if (forms.length !== 2) return template;
  const rule = new Intl.PluralRules(intlTag(locale)).select(Number(params?.count ?? 0));
  return rule === "one" ? forms[0] : forms[1];
}

export function translate(locale: Locale, key: TranslationKey, params?: TranslationParams): string {
  const template = pluralForm(lookup(dictionaries[locale], key) ?? lookup(fr, key) ?? key, locale, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
