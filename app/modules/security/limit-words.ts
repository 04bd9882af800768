// What a page says when a limit is reached, with the time to come back in the viewer's language and time zone.
// Computed from what the action returned (the wait in seconds it measured), so the server's page and the browser's
// render say the same words.
import { formatDateTime, formatTime } from "~/modules/i18n/format";
import type { Locale } from "~/modules/i18n/locales";
import { translate, type TranslationKey } from "~/modules/i18n/translate";

export type LimitReason =
  | "signInClient"
  | "signInAddress"
  | "passwordClient"
  | "passwordAddress"
  | "applications"
  | "suggestions"
  | "reportsClient"
  | "reportsTarget"
  | "proofCodes";
/** Why a form was refused and when to come back: part of an action's answer with status 429. */
export type LimitReached = { reason: LimitReason; retryAt: string; retryAfterSeconds: number };

export function limitWords(limit: LimitReached, locale: Locale, timeZone: string): string {
  const retryAt = new Date(limit.retryAt);
  const minutes = Math.ceil(limit.retryAfterSeconds / 60);
  // within the hour the time of day is enough ("à 11 h 00 (dans 15 minutes)"); later, the day is said too
  const when =
    minutes <= 60
      ? translate(locale, "limits.atTime", { time: formatTime(retryAt, locale, timeZone), count: minutes })
      : translate(locale, "limits.onDateTime", { dateTime: formatDateTime(retryAt, locale, timeZone) });
  return translate(locale, wordsOf(limit.reason), { when });
}

/** Each reason's words: in limits.*.ts, but for the emailed codes of a session, in first-use.*.ts (issue 13). */
function wordsOf(reason: LimitReason): TranslationKey {
  return reason === "proofCodes" ? "firstUse.limits.proofCodes" : `limits.${reason}`;
}

/**
 * The limit an action's answer reports, if any. TypeScript can lose it from the answer's type: a refusal carries the
 * form's usual fields plus `limit`, and a union drops a member that merely adds a field to another.
 */
export function reachedLimit(answer: object | undefined): LimitReached | undefined {
  return answer && "limit" in answer ? (answer.limit as LimitReached) : undefined;
}
