const ALLOWED_PREFIX = /^(https:\/\/|mailto:)/i;

/**
 * The normalised address when it is an absolute https: or mailto: URL, otherwise null. The typed text must start
 * with the scheme itself (no spaces, no relative or protocol-relative form) and the URL parser must agree, so
 * tricks such as " JaVaScRiPt:", "java\tscript:" or "//evil.example" never become a link.
 */
export function safeHref(typed: string): string | null {
  if (!ALLOWED_PREFIX.test(typed)) return null;
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return null;
  }
  if (url.protocol === "https:") return url.href;
  if (url.protocol === "mailto:" && url.pathname.includes("@")) return url.href;
  return null;
}
