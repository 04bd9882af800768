// Writes must come from this site's own pages (docs/decisions/0012-cross-site-writes-and-forms.md). Checked by the
// servers before any route runs, for every method but GET and HEAD, so a new route cannot forget it
// (request-gate.server.ts).
//
// Browsers say where a request comes from in two headers a page cannot forge: Sec-Fetch-Site (Fetch Metadata) and
// Origin. A write is let through when one of them vouches for it and neither says otherwise:
// - Sec-Fetch-Site "cross-site" or "same-site" (a sibling subdomain is another party) refuses it;
// - an Origin that is not the site's own, "null" included (sandboxed frames, redirected posts), refuses it;
// - with neither header, only a Referer from one of our pages lets it through (a browser too old for both);
//   curl and scripts must say where they come from (Origin: APP_URL);
// - the one exception: a POST to exactly an alert's unsubscribe address (its path and token, nothing else) naming no
//   origin at all, which is how a mail provider's server sends the one-click unsubscribe of RFC 8058; the token in the
//   address is the permission there, and the most it can do is stop that alert (docs/decisions/0022).
// A refusal is one line in the log (refusal-log.server.ts), never a stack trace.
import { env } from "~/env.server";
import { isAlertUnsubscribeUrl } from "~/modules/candidates/alert-links";
import { logRefusal } from "~/modules/security/refusal-log.server";
import { refusalPage } from "./refusal-page.server";

export type CrossSiteVerdict = "allowed" | "other-site" | "other-origin" | "unproven";
export type TrustedOrigins = {
  /** APP_URL's origin: what browsers name as the Origin of the site's own pages */
  siteOrigin: string;
  /**
   * Also trust the origin the browser addressed (from its Host header), as long as the headers agree: demo mode, reached
   * as http://127.0.0.1:3000 as often as by APP_URL's http://localhost:3000. Never in production, where only APP_URL is
   * the site.
   */
  acceptRequestOrigin: boolean;
};

const safeMethods = new Set(["GET", "HEAD"]);

function originOf(value: string): string | null {
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

export function crossSiteVerdict(request: Request, trusted: TrustedOrigins): CrossSiteVerdict {
  if (safeMethods.has(request.method)) return "allowed";
  const ours = (origin: string | null) =>
    origin !== null &&
    origin !== "null" &&
    (origin === trusted.siteOrigin || (trusted.acceptRequestOrigin && origin === new URL(request.url).origin));
  const fetchSite = request.headers.get("Sec-Fetch-Site");
  if (fetchSite === "cross-site" || fetchSite === "same-site") return "other-site";
  const origin = request.headers.get("Origin");
  if (origin !== null) return ours(origin) ? "allowed" : "other-origin";
  if (fetchSite === "same-origin" || fetchSite === "none") return "allowed";
  const referer = request.headers.get("Referer");
  if (referer !== null && ours(originOf(referer))) return "allowed";
  return isAlertUnsubscribeUrl(new URL(request.url)) ? "allowed" : "unproven";
}

const trustedOrigins: TrustedOrigins = {
  siteOrigin: new URL(env.appUrl).origin,
  acceptRequestOrigin: !env.isProduction,
};

/**
 * The 403 page for a write that did not come from the site's pages, or null to let the request through (nothing has
 * been read or changed yet).
 */
export async function crossSiteRefusal(request: Request): Promise<Response | null> {
  const verdict = crossSiteVerdict(request, trustedOrigins);
  if (verdict === "allowed") return null;
  const header = (name: string) => request.headers.get(name);
  logRefusal(`write from ${verdict}`, request, {
    Origin: header("Origin"),
    "Sec-Fetch-Site": header("Sec-Fetch-Site"),
    Referer: header("Referer"),
  });
  return refusalPage(request, "crossSite", 403);
}
