// The answer to a request refused by a limit (security/limits.server.ts counts; this says so over HTTP, decision
// 0035): the action's form data plus the reason, with 429 and Retry-After, and the route `headers` that keep it.
import { data, type HeadersFunction } from "@remix-run/node";
import type { LimitReached, LimitReason } from "~/modules/security/limit-words";
import type { Refused } from "~/modules/security/limits.server";

/** An action's answer when a limit is reached: its form's data plus the reason, with 429 and Retry-After in seconds. */
export function tooManyRequests<Payload extends object>(payload: Payload, reason: LimitReason, refused: Refused) {
  const limit: LimitReached = {
    reason,
    retryAt: refused.retryAt.toISOString(),
    retryAfterSeconds: refused.retryAfterSeconds,
  };
  return data({ ...payload, limit }, { status: 429, headers: { "Retry-After": String(refused.retryAfterSeconds) } });
}

/** A limited route's `headers`: Remix keeps an action's headers only when the route passes them on. */
export const passRetryAfter: HeadersFunction = ({ actionHeaders, parentHeaders }) => {
  const headers = new Headers(parentHeaders);
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};
