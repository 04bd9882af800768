// Which language and time zone a request is answered in. A public page speaks the language of its address
// (public-pages.ts). Any other page: a link's `locale` (an email's link says the language the email was written in:
// its recipient's, whatever this browser chose before), the language cookie, then the account, then French.
import { createCookie } from "@remix-run/node";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { MovedError } from "~/modules/errors";
import { defaultLocale, isLocale, type Locale } from "./locales";
import { inLanguage, isEnglishAddress, publicAddressOf } from "./public-pages";

export const languageCookie = createCookie("chevronne_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: env.isProduction,
  maxAge: 400 * 24 * 60 * 60,
});

export async function getLocale(request: Request, user?: Pick<User, "locale"> | null): Promise<Locale> {
  const ofPublicPage = publicPageLocale(request);
  if (ofPublicPage) return ofPublicPage;
  // an English address that is no page of ours (its 404) still answers in English
  if (isEnglishAddress(new URL(request.url).pathname)) return "en";
  const fromLink = new URL(request.url).searchParams.get("locale");
  if (isLocale(fromLink)) return fromLink;
  return (await chosenLocale(request, user)) ?? defaultLocale;
}

/**
 * The language of a public page's address, or null on any other page. A public address that carries a `locale` (a
 * link written before each language had its own address) is sent, once and for good, to that language's address:
 * MovedError (301), which getLocale passes on, so a route calling getLocale on a public page passes it through
 * `answering` (app/modules/http/domain-errors.server.ts).
 */
export function publicPageLocale(request: Request): Locale | null {
  const url = new URL(request.url);
  const address = publicAddressOf(url.pathname);
  if (!address) return null;
  const fromLink = url.searchParams.get("locale");
  if (fromLink !== null) {
    url.searchParams.delete("locale");
    const query = url.searchParams.size > 0 ? `?${url.searchParams}` : "";
    throw new MovedError(inLanguage(`${address.path}${query}`, isLocale(fromLink) ? fromLink : address.locale));
  }
  return address.locale;
}

/** The language the person chose (cookie, then account), which decides where the home's plain address sends them. */
export async function chosenLocale(request: Request, user?: Pick<User, "locale"> | null): Promise<Locale | null> {
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  if (user && isLocale(user.locale)) return user.locale;
  return null;
}

export function getTimeZone(user?: Pick<User, "timeZone"> | null): string {
  return user?.timeZone ?? env.defaultTimeZone;
}

/**
 * The Set-Cookie that remembers the language a link asked for (`?locale=`) on a page that is not public, for a browser
 * that has chosen none yet: someone who came by an English address or an English email then stays in English on the
 * pages after it (a sign-in code, a redirect), which carry no `locale`. Null otherwise: a choice already made stands.
 */
export async function rememberLinkLanguage(request: Request): Promise<string | null> {
  const url = new URL(request.url);
  const fromLink = url.searchParams.get("locale");
  if (!isLocale(fromLink) || publicAddressOf(url.pathname)) return null;
  const chosen: unknown = await languageCookie.parse(request.headers.get("Cookie")).catch(() => null);
  return isLocale(chosen) ? null : languageCookie.serialize(fromLink);
}
