// Components read the viewer's language and time zone from the root loader's data, or, on the error page of a
// refused form (when the root loader did not run), the language the refusal names.
import { isRouteErrorResponse, useLocation, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { formatDateTime } from "./format";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { linkFrom } from "./public-pages";
import { translator } from "./translate";

export function useI18n() {
  const data = useRouteLoaderData<{ locale: Locale; timeZone: string }>("root");
  const error = useRouteError();
  const locale = data?.locale ?? errorLocale(error) ?? defaultLocale;
  const timeZone = data?.timeZone ?? "America/Toronto";
  const { pathname } = useLocation();
  return {
    locale,
    timeZone,
    t: translator(locale),
    formatDateTime: (date: Date | string) => formatDateTime(new Date(date), locale, timeZone),
    /** A link to a page in the viewer's language: a public page's English address for English (public-pages.ts). */
    pathFor: (href: string) => linkFrom(pathname, href, locale),
  };
}

/**
 * The language a thrown error names for its page, or null: a refused form carries it as `locale` (forms/refusal.ts),
 * a removal from a team as `removedFromTeam.locale` (auth/removed-from-team.ts), since the root's loader did not run.
 * Read here by shape, so that i18n depends on neither.
 */
export function errorLocale(error: unknown): Locale | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return null;
  const { locale, removedFromTeam } = error.data as { locale?: unknown; removedFromTeam?: { locale?: unknown } };
  if (isLocale(locale)) return locale;
  return isLocale(removedFromTeam?.locale) ? removedFromTeam.locale : null;
}
