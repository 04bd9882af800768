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

const pluralRulesByLocale = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlTag(locale));
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

/** "one form|other form", chosen by the `count` parameter with the language's plural rules (in French, 0 and 1 are singular). */
function pluralForm(template: string, locale: Locale, params?: TranslationParams): string {
  const forms = template.split("|");
  if (forms.length !== 2) return template;
  const rule = pluralRules(locale).select(Number(params?.count ?? 0));
  return rule === "one" ? forms[0] : forms[1];
}

/** Each key's text, found once per language (a page asks for hundreds). Unknown keys are not kept: some come from URLs. */
const templates = { fr: new Map<string, string>(), en: new Map<string, string>() };

function templateOf(locale: Locale, key: TranslationKey): string {
  const known = templates[locale].get(key);
  if (known !== undefined) return known;
  const found = lookup(dictionaries[locale], key) ?? lookup(fr, key);
  if (found === undefined) return key;
  templates[locale].set(key, found);
  return found;
}

export function translate(locale: Locale, key: TranslationKey, params?: TranslationParams): string {
  const template = pluralForm(templateOf(locale, key), locale, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
