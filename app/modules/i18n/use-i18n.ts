// Components read the viewer's language and time zone from the root loader's data.
import { useRouteLoaderData } from "@remix-run/react";
import { formatDateTime } from "./format";
import { defaultLocale, type Locale } from "./locales";
import { translator } from "./translate";

export function useI18n() {
  const data = useRouteLoaderData<{ locale: Locale; timeZone: string }>("root");
  const locale = data?.locale ?? defaultLocale;
  const timeZone = data?.timeZone ?? "America/Toronto";
  return {
    locale,
    timeZone,
    t: translator(locale),
    formatDateTime: (date: Date | string) => formatDateTime(new Date(date), locale, timeZone),
  };
}
