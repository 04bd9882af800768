// The language of a page the site answers before any route runs (a write from another site): the language cookie
// when the request carries it, else the browser's Accept-Language, else French. Pages go from the cookie to the
// account, but a form posted from another site carries no cookie of ours (SameSite=Lax): the browser's own
// preference is then the one hint there is.
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";
import { languageCookie } from "./preferences.server";

export async function refusalLocale(request: Request): Promise<Locale> {
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (isLocale(fromCookie)) return fromCookie;
  const fromBrowser = new Negotiator({ headers: { "accept-language": request.headers.get("Accept-Language") ?? undefined } }).language(locales);
  return isLocale(fromBrowser) ? fromBrowser : defaultLocale;
}
