// Translation lookup. French is the source dictionary; English must have exactly the same keys (checked by tsc).
// The server holds both; a page in the browser holds its own language only (dictionaries/browser.ts).
import { dictionaries, loadDictionary } from "./dictionaries/all";
import type { fr } from "./dictionaries/fr";
import { intlTag, locales, type Locale } from "./locales";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type TranslationKey = Leaves<typeof fr>;
export type TranslationParams = Record<string, string | number>;
export type Translate = (key: TranslationKey, params?: TranslationParams) => string;

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
  const dictionary = dictionaries[locale];
  if (!dictionary) return textInAnotherLanguage(locale, key);
  const found = lookup(dictionary, key);
  if (found === undefined) return key;
  templates[locale].set(key, found);
  return found;
}

/**
 * Only in the browser, when the page turned to a language whose dictionary it does not hold (a change of language
 * that did not load a new document): the text in the language it holds for now, and the page loaded again in the
 * new one once its dictionary is here. The language switches load a new document, so this should not be seen.
 */
function textInAnotherLanguage(locale: Locale, key: TranslationKey): string {
  if (!reloading) {
    reloading = true;
    void loadDictionary(locale).then(() => window.location.reload());
  }
  const held = locales.find((other) => dictionaries[other]);
  return (held && lookup(dictionaries[held], key)) ?? key;
}
let reloading = false;

export function translate(locale: Locale, key: TranslationKey, params?: TranslationParams): string {
  return fillTemplate(templateOf(locale, key), locale, params);
}

/** A text of a dictionary in `locale`: its plural form chosen by `count`, its `{name}` parameters filled in. */
export function fillTemplate(text: string, locale: Locale, params?: TranslationParams): string {
  const template = pluralForm(text, locale, params);
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}
