// Who may keep a copy of a page or of its data (docs/decisions/0027-http-caching.md). The one place that decides the
// Cache-Control of every document (entry.server.tsx handleRequest) and every `.data` answer (handleDataRequest).
//
// Private unless proven public: a response may be kept by a shared cache (a CDN, a company proxy) only when all of
// these hold; anything else is `private, no-store`, so no cache anywhere keeps it:
// - the request is a GET (or HEAD) and carries no cookie but the language one: a session, a form draft, a refused
//   sign-in or an interview's language cookie make the page one person's, whatever it shows;
// - the answer is a 200 that sets no cookie and did not choose its own Cache-Control;
// - the path is one of the public pages below, whose anonymous version is the same for every visitor (no CSRF
//   token: forms are guarded by their origin, request-gate/cross-site.server.ts; no flash message, no draft).
// A shared answer says `Vary: Cookie`: a visitor who signs in sends a cookie the stored copy was not made for, and the
// home's plain address sends a browser that chose English to /en. The language of a public page is its address's
// (i18n/public-pages.ts), never Accept-Language.
import etag from "etag";
import { languageCookie } from "~/modules/i18n/preferences.server";
import { isPublicDocument } from "~/modules/i18n/public-pages";

/** Seconds a shared cache may serve a public page without asking, then while it asks again in the background. */
export const sharedCaching = { maxAgeSeconds: 30, staleWhileRevalidateSeconds: 30 } as const;

/** A published change reaches every anonymous visitor, through any cache that follows these headers, within this. */
export const changeReachesVisitorsWithinSeconds =
  sharedCaching.maxAgeSeconds + sharedCaching.staleWhileRevalidateSeconds;

export const publicCacheControl = `public, max-age=${sharedCaching.maxAgeSeconds}, stale-while-revalidate=${sharedCaching.staleWhileRevalidateSeconds}`;
export const privateCacheControl = "private, no-store";

/** The page a request is for: a `.data` request (single fetch) asks for its page's data, `/_root.data` for the home. */
function pagePathOf(url: URL): string {
  const path = url.pathname.replace(/\/+$/, "") || "/";
  if (!path.endsWith(".data")) return path;
  const page = path.slice(0, -".data".length);
  return page === "/_root" ? "/" : page;
}

/** The pages whose anonymous version is everyone's: home, the search, a mission, an employer, the privacy notice. */
export function isPublicPath(url: URL): boolean {
  return isPublicDocument(pagePathOf(url));
}

/** No cookie at all, or only the language cookie (the same for everyone who chose that language). */
function carriesOnlyAnonymousCookies(request: Request): boolean {
  const header = request.headers.get("Cookie");
  if (!header) return true;
  return header
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
    .every((pair) => (pair.includes("=") ? pair.slice(0, pair.indexOf("=")) : pair).trim() === languageCookie.name);
}

/**
 * Whether a shared cache may keep this request's answer, judged before the page is rendered (the page then renders
 * without a per-response nonce: its scripts are allowed by their hashes, entry.server.tsx).
 */
export function mayShare(request: Request, status: number, headers: Headers): boolean {
  return (
    (request.method === "GET" || request.method === "HEAD") &&
    status === 200 &&
    !headers.has("Set-Cookie") &&
    !headers.has("Cache-Control") &&
    carriesOnlyAnonymousCookies(request) &&
    isPublicPath(new URL(request.url))
  );
}

/** Marks an answer nobody may keep. A route's own stricter choice (no-store) stays; a `public` one never passes. */
export function markPrivate(headers: Headers): void {
  const own = headers.get("Cache-Control");
  if (!own || /\bpublic\b|max-age|s-maxage|stale-/i.test(own) || !/no-store/i.test(own))
    headers.set("Cache-Control", privateCacheControl);
  headers.delete("ETag");
}

/** The weak validator of a body (weak: the server may gzip it afterwards, the content stays the same). */
export function validatorOf(body: Uint8Array): string {
  return etag(Buffer.from(body.buffer, body.byteOffset, body.byteLength), { weak: true });
}

/** If-None-Match names this validator (weak comparison, RFC 9110 §13.1.2), or `*`. */
function matches(request: Request, validator: string): boolean {
  const asked = request.headers.get("If-None-Match");
  if (!asked) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return asked.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(validator));
}

/**
 * The answer a shared cache may keep: public with stale-while-revalidate, its validator, Vary: Cookie, and
 * 304 Not Modified (no body) when the cache or browser already holds this very body.
 */
export function sharedAnswer(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
  status: number,
  headers: Headers,
): Response {
  const validator = validatorOf(body);
  headers.set("Cache-Control", publicCacheControl);
  headers.set("ETag", validator);
  headers.append("Vary", "Cookie");
  if (matches(request, validator)) {
    headers.delete("Content-Length");
    headers.delete("Content-Type");
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Length", String(body.byteLength));
  return new Response(body, { status, headers });
}

/**
 * handleDataRequest: the data of a page (single fetch) follows the same rule as the page. Read whole to compute its
 * validator; `.data` answers of public pages are small (the loaders' results).
 */
export async function decideDataCaching(response: Response, request: Request): Promise<Response> {
  const headers = new Headers(response.headers);
  if (!mayShare(request, response.status, headers) || !response.body) {
    markPrivate(headers);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
  return sharedAnswer(request, new Uint8Array(await response.arrayBuffer()), response.status, headers);
}
