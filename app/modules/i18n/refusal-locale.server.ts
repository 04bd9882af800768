// The language of a page the site answers before any route runs (a refused request): the language cookie when the
// request carries it, else the browser's Accept-Language, else French. Unlike pages, it never looks up the account:
// a refusal must stay cheap, and a form posted from another site carries no cookie of ours anyway (SameSite=Lax).
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";
import { languageCookie } from "./preferences.server";

export async function refusalLocale(request: Request): Promise<Locale> {
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (isLocale(fromCookie)) return fromCookie;
  const fromBrowser = new Negotiator({ headers: { "accept-language": request.headers.get("Accept-Language") ?? undefined } }).language(locales);
  return isLocale(fromBrowser) ? fromBrowser : defaultLocale;
}
