// The head links that tell search engines a public page's address in each language and which one is its own
// (docs/decisions/0032-a-url-per-language.md): canonical, hreflang fr and en, and x-default (the French address,
// the home's plain address being everyone's first door). Other pages and error pages carry none.
import { useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { inLanguage, isPublicDocument } from "~/modules/i18n/public-pages";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { RootData } from "~/root";

export function LanguageAlternates() {
  const data = useRouteLoaderData<RootData>("root");
  const error = useRouteError();
  const location = useLocation();
  const { locale } = useI18n();
  if (!data || error || !isPublicDocument(location.pathname)) return null;
  const page = `${location.pathname}${location.search}`;
  const addressIn = (language: "fr" | "en") => new URL(inLanguage(page, language), data.appUrl).href;
  return (
    <>
      <link rel="canonical" href={addressIn(locale)} />
      <link rel="alternate" hrefLang="fr" href={addressIn("fr")} />
      <link rel="alternate" hrefLang="en" href={addressIn("en")} />
      <link rel="alternate" hrefLang="x-default" href={addressIn("fr")} />
    </>
  );
}
