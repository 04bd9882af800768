// The head links that tell search engines a public page's address in each language and which one is its own
// (docs/decisions/0032-a-url-per-language.md): canonical, hreflang fr and en, and x-default (the French address,
// the home's plain address being everyone's first door). Other pages and error pages carry none.
import { useLocation, useMatches, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { canonicalPath, inLanguage } from "~/modules/i18n/public-pages";
import type { RootData } from "~/root";

export function LanguageAlternates() {
  const data = useRouteLoaderData<RootData>("root");
  const error = useRouteError();
  const { pathname } = useLocation();
  const matches = useMatches();
  const canonical = canonicalPath(pathname, matches);
  if (!data || error || !canonical) return null;
  const address = (path: string) => new URL(path, data.appUrl).href;
  return (
    <>
      <link rel="canonical" href={address(canonical)} />
      <link rel="alternate" hrefLang="fr" href={address(inLanguage(canonical, "fr"))} />
      <link rel="alternate" hrefLang="en" href={address(inLanguage(canonical, "en"))} />
      <link rel="alternate" hrefLang="x-default" href={address(inLanguage(canonical, "fr"))} />
    </>
  );
}
