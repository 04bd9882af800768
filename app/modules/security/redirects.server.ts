// The one gate for redirects that take their target from a request or from a stored sign-in challenge: only paths of
// this site come out, always in their percent-encoded form (a Location header cannot hold a newline or a "é").
//
// Checking the string alone is not enough: browsers drop tabs and newlines inside a URL ("/\t/evil" becomes
// "//evil", another site), read "\" as "/", and resolve dot segments ("/.//evil" also becomes "//evil"). So the
// value must be printable ASCII, start with one "/", hold no backslash, and say nothing suspicious once
// percent-decoded and folded (NFKC turns a fullwidth "／" into "/"); then it is parsed against the site's origin and
// the result, not the input, must still be a path of this site.
import { env } from "~/env.server";

const siteOrigin = new URL(env.appUrl).origin;
const longestPath = 2048;
const printableAscii = /^[\x21-\x7e]+$/;
/** Controls (C0, DEL, C1), invisible format marks, line and paragraph separators. */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
/** One slash followed by another, or by a backslash: a browser's "another site". */
const twoSlashes = /^[/\\][/\\]/;

/** The value decoded until it stops changing (doubly encoded "%252F" too), or null when it does not decode. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 4; round++) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current.normalize("NFKC");
    current = next;
  }
  return null;
}

/** Says whether `path` may go into a Location header as it is: one slash, then this site. */
function staysHere(path: string): boolean {
  return path.startsWith("/") && !twoSlashes.test(path);
}

/** A path of this site taken from `value`, or `fallback` when the value is anything else. */
export function safeRedirectPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > longestPath || !printableAscii.test(value)) return fallback;
  if (!staysHere(value) || value.includes("\\")) return fallback;
  const decoded = fullyDecoded(value);
  if (decoded === null || invisible.test(decoded) || decoded.includes("\\") || !staysHere(decoded)) return fallback;
  // the site's paths are ASCII; a decoded look-alike such as "。" or "／" has no business there
  if (!printableAscii.test(decoded.split(/[?#]/, 1)[0])) return fallback;
  let url: URL;
  try {
    url = new URL(value, siteOrigin);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.origin === siteOrigin && staysHere(path) ? path : fallback;
}
