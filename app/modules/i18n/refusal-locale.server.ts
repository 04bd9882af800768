// The language of a page the site answers before any route runs (a refused request): a public page's address's (its
// English address is English, public-pages.ts); else the language cookie, then the account's, as every page; then, where pages would say French, the browser's Accept-Language. A form posted from
// another site carries no cookie of ours (SameSite=Lax): the browser's own preference is then the one hint there is.
import Negotiator from "negotiator";
import type { User } from "~/generated/prisma/client";
import { defaultLocale, isLocale, locales, type Locale } from "./locales";
import { languageCookie } from "./preferences.server";
import { publicAddressOf } from "./public-pages";

export async function refusalLocale(request: Request, user?: Pick<User, "locale"> | null): Promise<Locale> {
  const ofAddress = publicAddressOf(new URL(request.url).pathname);
  if (ofAddress) return ofAddress.locale;
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  if (isLocale(fromCookie)) return fromCookie;
  if (user && isLocale(user.locale)) return user.locale;
  const fromBrowser = new Negotiator({
    headers: { "accept-language": request.headers.get("Accept-Language") ?? undefined },
  }).language(locales);
  return isLocale(fromBrowser) ? fromBrowser : defaultLocale;
}
