// Which language and time zone a request is answered in: a link's `locale` (an email's link says the language the
// email was written in: its recipient's, whatever this browser chose before), the language cookie, then the account,
// then French.
import { createCookie } from "@remix-run/node";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { defaultLocale, isLocale, type Locale } from "./locales";

export const languageCookie = createCookie("chevronne_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: env.isProduction,
  maxAge: 400 * 24 * 60 * 60,
});

export async function getLocale(request: Request, user?: Pick<User, "locale"> | null): Promise<Locale> {
  const fromLink = new URL(request.url).searchParams.get("locale");
  if (isLocale(fromLink)) return fromLink;
  const fromCookie: unknown = await languageCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  if (user && isLocale(user.locale)) return user.locale;
  return defaultLocale;
}

export function getTimeZone(user?: Pick<User, "timeZone"> | null): string {
  return user?.timeZone ?? env.defaultTimeZone;
}
