// Where the site sends people after a form (sign-in, language switch): only its own paths, whatever the request says.
// APP_URL is http://chevronne.test in tests (tests/support/vitest-database.ts).
import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/modules/security/redirects.server";

const fallback = "/fallback";

/** Values that leave the site, or could once a browser or a proxy has its way with them. */
const hostile: [string, unknown][] = [
  ["the issue's tab after the first slash", "/\t/example.org/phish"],
  ["a percent-encoded tab", "/%09/example.org/phish"],
  ["a newline", "/\n/example.org"],
  ["a percent-encoded newline", "/%0A/example.org"],
  ["a header-splitting CR LF", "/%0D%0ALocation:%20https://example.org"],
  ["a raw CR LF", "/\r\nLocation: https://example.org"],
  ["a NUL byte", "/\u0000/example.org"],
  ["a percent-encoded NUL", "/%00/example.org"],
  ["DEL", "/\u007f/example.org"],
  ["a C1 control (NEL)", "/\u0085/example.org"],
  ["two slashes", "//example.org"],
  ["three slashes", "///example.org"],
  ["slash then backslash", "/\\example.org"],
  ["two backslashes", "\\\\example.org"],
  ["a backslash further on", "/a\\..\\..\\/example.org"],
  ["an encoded backslash", "/%5Cexample.org"],
  ["two encoded slashes after the first", "/%2F%2Fexample.org"],
  ["encoded slashes only", "%2F%2Fexample.org"],
  ["doubly encoded slashes", "/%252F%252Fexample.org"],
  ["an absolute https address", "https://example.org/phish"],
  ["a scheme without slashes", "http:example.org"],
  ["a scheme with a backslash", "https:/\\example.org"],
  ["this site's own address with a user part", "http://chevronne.test@example.org/"],
  ["protocol-relative with a user part", "//chevronne.test@example.org"],
  ["javascript:", "javascript:alert(1)"],
  ["JavaScript: in mixed case", "JaVaScRiPt:alert(document.cookie)"],
  ["javascript: after a space", " javascript:alert(1)"],
  ["data:", "data:text/html,<script>alert(1)</script>"],
  ["vbscript:", "vbscript:msgbox(1)"],
  ["ftp:", "ftp://example.org/"],
  ["mailto:", "mailto:someone@example.org"],
  ["fullwidth solidus twice", "／／example.org"],
  ["a slash then a fullwidth solidus", "/／example.org"],
  ["a fullwidth reverse solidus", "/＼example.org"],
  ["percent-encoded fullwidth solidi", "/%EF%BC%8F%EF%BC%8Fexample.org"],
  ["ideographic full stops", "/。/example。org"],
  ["fraction slashes", "⁄⁄example.org"],
  ["a dot segment that leaves two slashes", "/.//example.org"],
  ["a dot-dot segment that leaves two slashes", "/a/..//example.org"],
  ["an encoded dot segment", "/%2e//example.org"],
  ["encoded dot-dot segments", "/%2e%2e//example.org"],
  ["an overlong UTF-8 slash", "/%C0%AF/example.org"],
  ["a broken percent sequence", "/%E0%A4%A"],
  ["a line separator", "/\u2028/example.org"],
  ["a zero-width space", "/\u200b/example.org"],
  ["a right-to-left override", "/\u202egro.elpmaxe//"],
  ["a raw space before two slashes", "/ /example.org"],
  ["a leading tab", "\t//example.org"],
  ["a relative path without a slash", "example.org/phish"],
  ["an empty string", ""],
  ["something very long", `/${"a".repeat(5000)}`],
  ["not a string (number)", 42],
  ["not a string (list)", ["/dashboard"]],
  ["nothing", null],
  ["undefined", undefined],
];

/** Values the site itself sends, kept as they are (or in their percent-encoded form). */
const good: [string, string][] = [
  ["/", "/"],
  ["/dashboard", "/dashboard"],
  ["/missions/cm4abc123/apply", "/missions/cm4abc123/apply"],
  ["/missions?q=caf%C3%A9&radius=25&days=sat", "/missions?q=caf%C3%A9&radius=25&days=sat"],
  ["/missions?q=caf%C3%A9+%C3%A9t%C3%A9", "/missions?q=caf%C3%A9+%C3%A9t%C3%A9"],
  ["/employer/pipeline?view=list&stage=new#card-3", "/employer/pipeline?view=list&stage=new#card-3"],
  ["/employers/librairie-la-page-cornee", "/employers/librairie-la-page-cornee"],
  ["/signin/code?c=abc", "/signin/code?c=abc"],
  ["/missions?q=http%3A%2F%2Fexample.org", "/missions?q=http%3A%2F%2Fexample.org"],
  ["/interviews/tok_123-x?done=booked", "/interviews/tok_123-x?done=booked"],
];

describe("safe redirect paths", () => {
  it.each(hostile)("refuses %s", (_label, value) => {
    expect(safeRedirectPath(value, fallback)).toBe(fallback);
  });

  it.each(good)("keeps %s", (value, expected) => {
    expect(safeRedirectPath(value, fallback)).toBe(expected);
  });

  it("holds a corpus of at least 30 hostile values", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it("falls back to the dashboard unless told otherwise", () => {
    expect(safeRedirectPath("//example.org")).toBe("/dashboard");
  });
});
