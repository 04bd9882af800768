// The address that stops a search alert, as its emails carry it (in the footer and as List-Unsubscribe), and the one
// shape of request the cross-site gate lets through without an Origin: the one-click POST a mail provider's server
// sends to that address (RFC 8058; request-gate/cross-site.server.ts, docs/decisions/0012 and 0022). No database here:
// the gate runs before any route.
import { isLocale, type Locale } from "~/modules/i18n/locales";

export const alertUnsubscribePath = "/alerts/unsubscribe";

/** HMAC-SHA256 in base64url (alerts.server.ts unsubscribeToken): 43 characters. */
const tokenShape = /^[A-Za-z0-9_-]{43}$/;

/** The alert's unsubscribe page, in the language its email was written in (a link's `locale` wins over the cookie). */
export function alertUnsubscribeUrl(appUrl: string, token: string, locale: Locale): string {
  return `${appUrl}${alertUnsubscribePath}?${new URLSearchParams({ token, locale })}`;
}

/** Exactly an unsubscribe address: that path, a token of the right shape, at most a language, nothing else. */
export function isAlertUnsubscribeUrl(url: URL): boolean {
  if (url.pathname !== alertUnsubscribePath) return false;
  const { searchParams } = url;
  const locale = searchParams.get("locale");
  return (
    [...searchParams.keys()].every((name) => name === "token" || name === "locale") &&
    searchParams.getAll("token").length === 1 &&
    searchParams.getAll("locale").length <= 1 &&
    tokenShape.test(searchParams.get("token") ?? "") &&
    (locale === null || isLocale(locale))
  );
}
