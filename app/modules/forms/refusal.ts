// Why the site refused a form before reading it through (forms/read.server.ts), and in which language to say so: the
// root's loader does not run when an action fails, so the error page learns the language from the refusal itself.
import { isRouteErrorResponse } from "@remix-run/react";
import { isLocale, type Locale } from "~/modules/i18n/locales";

export type Refusal = "badForm" | "badEncoding" | "wrongMethod" | "tooLarge";
export type FormRefusal = { refusal: Refusal; locale: Locale };

const refusals: readonly string[] = ["badForm", "badEncoding", "wrongMethod", "tooLarge"] satisfies Refusal[];

/** The refusal a route's thrown error stands for, or null for any other error. */
export function formRefusalOf(error: unknown): FormRefusal | null {
  if (!isRouteErrorResponse(error) || typeof error.data !== "object" || error.data === null) return null;
  const { refusal, locale } = error.data as Record<string, unknown>;
  return typeof refusal === "string" && refusals.includes(refusal) && isLocale(locale)
    ? { refusal: refusal as Refusal, locale }
    : null;
}

/** Which words the error page says: a refused form's, or those of a 405 or 413 that Remix answered itself. */
export function refusalWordsOf(error: unknown): Refusal | null {
  const refused = formRefusalOf(error);
  if (refused) return refused.refusal;
  if (!isRouteErrorResponse(error)) return null;
  return error.status === 405 ? "wrongMethod" : error.status === 413 ? "tooLarge" : null;
}

/** The headers a refusal's page keeps: a 405 names the methods the page takes (RFC 9110 requires it). */
export function refusalHeaders(errorHeaders: Headers | undefined): HeadersInit {
  const allow = errorHeaders?.get("Allow");
  return allow ? { Allow: allow } : {};
}
