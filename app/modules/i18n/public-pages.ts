// The public pages have one address per language (docs/decisions/0032-a-url-per-language.md): French at the
// plain path, English under /en. Their language comes from the address, not from a cookie, so a search engine
// indexes both and a shared link opens in the language it was shared in. Every other page follows the person's
// choice (cookie, then account). Runs in the browser too: links are written with it.
import { defaultLocale, type Locale } from "./locales";

const englishPrefix = "/en";

/** The public documents, by their French path: the home, the search, a mission, an organisation, the privacy notice. */
const publicDocuments = [
  /^\/$/,
  /^\/missions$/,
  /^\/missions\/(?!for-you$|feed$)[^/]+$/,
  /^\/employers\/[^/]+$/,
  /^\/privacy$/,
];
/** What those pages offer to other sites: the feeds and the careers widget. */
const publicResources = [/^\/missions\/feed$/, /^\/employers\/[^/]+\/(feed|widget)$/];

export type PublicAddress = {
  locale: Locale;
  /** the French path, which names the page in both languages */ path: string;
};

function withoutTrailingSlash(pathname: string): string {
  return pathname.replace(/\/+$/, "") || "/";
}

/** Whether a path is under /en (a public page's English address, or an English address that is no page of ours). */
export function isEnglishAddress(pathname: string): boolean {
  return pathname === englishPrefix || pathname.startsWith(`${englishPrefix}/`);
}

/** Which public page a path is and in which language, or null for a page that is not public (or not ours). */
export function publicAddressOf(pathname: string): PublicAddress | null {
  const path = withoutTrailingSlash(pathname);
  const english = isEnglishAddress(path);
  const frenchPath = english ? path.slice(englishPrefix.length) || "/" : path;
  const isPublic = [...publicDocuments, ...publicResources].some((pattern) => pattern.test(frenchPath));
  return isPublic ? { locale: english ? "en" : defaultLocale, path: frenchPath } : null;
}

/** Whether a path is one of the public documents (in either language); feeds and the widget are not documents. */
export function isPublicDocument(pathname: string): boolean {
  const address = publicAddressOf(pathname);
  return address !== null && publicDocuments.some((pattern) => pattern.test(address.path));
}

/**
 * Where a link to `href` (a path with its query and fragment, in French form) leads a reader of `locale`: the English
 * address of a public page for English, unchanged otherwise (a signed-in page follows the person's own choice).
 */
export function inLanguage(href: string, locale: Locale): string {
  const cut = href.search(/[?#]/);
  const path = cut === -1 ? href : href.slice(0, cut);
  const rest = cut === -1 ? "" : href.slice(cut);
  const address = publicAddressOf(path);
  if (!address) return href;
  const localised = locale === "en" ? `${englishPrefix}${address.path === "/" ? "" : address.path}` : address.path;
  return `${localised}${rest}`;
}

/** Whether a route's optional language segment (`($lang)` in its file name) is one we have: none (French) or `en`. */
export function isLanguageSegment(segment: string | undefined): boolean {
  return segment === undefined || segment === "en";
}

/** What a public route's `handle` may add: the query its canonical address keeps (a search's filters, written canonically). */
export type CanonicalHandle = { canonicalQuery: (data: unknown) => string };

function isCanonicalHandle(handle: unknown): handle is CanonicalHandle {
  return typeof (handle as Partial<CanonicalHandle> | undefined)?.canonicalQuery === "function";
}

/**
 * A public page's canonical path: its address in its own language, without the query (tracking tags, a reordered
 * link), except what its route keeps through its handle (the search's filters). Null for a page that is not public.
 */
export function canonicalPath(pathname: string, matches: { handle?: unknown; data?: unknown }[]): string | null {
  const address = publicAddressOf(pathname);
  if (!address || !isPublicDocument(pathname)) return null;
  const keeper = matches.findLast((match) => isCanonicalHandle(match.handle));
  const query = keeper && isCanonicalHandle(keeper.handle) ? keeper.handle.canonicalQuery(keeper.data) : "";
  return inLanguage(query ? `${address.path}?${query}` : address.path, address.locale);
}

/**
 * A link from the page at `currentPath`, read in `locale`: a public page at its address in that language (inLanguage).
 * A link from an English public page to any other page (sign in, apply, report) also carries `locale=en`, so that a
 * reader who came by an English address stays in English there (preferences.server.ts then remembers it).
 */
export function linkFrom(currentPath: string, href: string, locale: Locale): string {
  const target = inLanguage(href, locale);
  const path = href.split(/[?#]/)[0];
  if (locale === defaultLocale || publicAddressOf(path) || !isPublicDocument(currentPath)) return target;
  const url = new URL(href, "http://localhost");
  url.searchParams.set("locale", locale);
  return `${url.pathname}${url.search}${url.hash}`;
}
