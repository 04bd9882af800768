// Page titles, and descriptions for search engines and link previews, in the viewer's language, for Remix `meta`
// exports.
import type { MetaFunction } from "@remix-run/node";
import { defaultLocale, isLocale } from "./locales";
import { translate, type TranslationKey } from "./translate";

export function titleMeta(key: TranslationKey, descriptionKey?: TranslationKey): MetaFunction {
  return ({ matches }) => {
    const rootData = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
    const locale = isLocale(rootData?.locale) ? rootData.locale : defaultLocale;
    return [
      { title: `${translate(locale, key)} · Chevronné` },
      ...(descriptionKey ? [{ name: "description", content: translate(locale, descriptionKey) }] : []),
    ];
  };
}
