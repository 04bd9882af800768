// The language of the pages reached from an interview link (/interviews/<token>…): the candidate's own, the one their
// emails are written in, not whatever this browser last chose on the site (a shared computer, a relative's phone).
// The language switch still works there: a choice made on an interview's pages is kept for that interview's pages
// only, in a cookie whose Path is the interview's.
import { createCookie } from "@remix-run/node";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { isLocale, type Locale } from "~/modules/i18n/locales";
import { getLocale } from "~/modules/i18n/preferences.server";
import { interviewTokenHash } from "./token.server";

const interviewPage = /^\/interviews\/([a-f0-9]{40})(?:[/?#]|$)/;

const chosenLanguage = createCookie("chevronne_interview_lang", {
  sameSite: "lax",
  httpOnly: true,
  secure: env.isProduction,
  maxAge: 400 * 24 * 60 * 60,
});

/** The language of an interview's page: chosen on its pages, else its candidate's; null on any other page. */
export async function interviewPageLocale(request: Request): Promise<Locale | null> {
  const token = interviewPage.exec(new URL(request.url).pathname)?.[1];
  if (!token) return null;
  const chosen: unknown = await chosenLanguage.parse(request.headers.get("Cookie"));
  if (isLocale(chosen)) return chosen;
  const interview = await db.interview.findUnique({
    where: { tokenHash: interviewTokenHash(token) },
    select: { application: { select: { candidate: { select: { user: { select: { locale: true } } } } } } },
  });
  const locale = interview?.application.candidate?.user.locale;
  return isLocale(locale) ? locale : null;
}

/** For the interview pages' loaders: their language, or the site's usual one (an unknown link). */
export async function localeForInterviewPage(request: Request): Promise<Locale> {
  return (await interviewPageLocale(request)) ?? getLocale(request);
}

/** The Set-Cookie that keeps a language chosen on an interview's page for that interview's pages; null for other pages. */
export async function rememberInterviewPageLanguage(returnTo: string, locale: Locale): Promise<string | null> {
  const token = interviewPage.exec(returnTo)?.[1];
  return token ? chosenLanguage.serialize(locale, { path: `/interviews/${token}` }) : null;
}
