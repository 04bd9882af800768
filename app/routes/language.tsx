// Changes the interface language (POST /language): a cookie, the account's language, and an interview page's language.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { saveLanguage } from "~/modules/auth/account-preferences.server";
import { getUser } from "~/modules/auth/session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";
import { isLocale } from "~/modules/i18n/locales";
import { languageCookie } from "~/modules/i18n/preferences.server";
import { rememberInterviewPageLanguage } from "~/modules/interviews/page-language.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export async function loader() {
  throw redirect("/");
}

/**
 * Remembers the chosen language in a cookie and, for a signed-in person, on the account (emails follow it). Chosen on
 * an interview's page, it is also kept for that interview's pages, which otherwise speak the candidate's language.
 */
export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request);
  const lang = form.get("lang");
  const returnTo = safeRedirectPath(form.get("returnTo"), "/");
  if (!isLocale(lang)) throw redirect(returnTo);
  const user = await getUser(request);
  if (user) await saveLanguage(user.id, lang);
  const headers = new Headers({ "Set-Cookie": await languageCookie.serialize(lang) });
  const forInterview = await rememberInterviewPageLanguage(returnTo, lang);
  if (forInterview) headers.append("Set-Cookie", forInterview);
  throw redirect(returnTo, { headers });
}
