// Components read the viewer's language and time zone from the root loader's data, or, on the error page of a
// refused form (when the root loader did not run), the language the refusal names.
import { useRouteError, useRouteLoaderData } from "@remix-run/react";
import { removedFromTeamOf } from "~/modules/employers/removed-from-team";
import { formRefusalOf } from "~/modules/forms/refusal";
import { formatDateTime } from "./format";
import { defaultLocale, type Locale } from "./locales";
import { inLanguage } from "./public-pages";
import { translator } from "./translate";

export function useI18n() {
  const data = useRouteLoaderData<{ locale: Locale; timeZone: string }>("root");
  const error = useRouteError();
  const locale = data?.locale ?? formRefusalOf(error)?.locale ?? removedFromTeamOf(error)?.locale ?? defaultLocale;
  const timeZone = data?.timeZone ?? "America/Toronto";
  return {
    locale,
    timeZone,
    t: translator(locale),
    formatDateTime: (date: Date | string) => formatDateTime(new Date(date), locale, timeZone),
    /** A link to a page in the viewer's language: a public page's English address for English (public-pages.ts). */
    pathFor: (href: string) => inLanguage(href, locale),
  };
}
