// The full address of a public page in a reader's language (public-pages.ts), for what leaves the site: emails,
// feeds, the careers widget, structured data.
import { env } from "~/env.server";
import type { Locale } from "./locales";
import { inLanguage } from "./public-pages";

export function publicPageUrl(href: string, locale: Locale): string {
  return `${env.appUrl}${inLanguage(href, locale)}`;
}
