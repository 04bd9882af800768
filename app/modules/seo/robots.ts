// What search engines may read (RFC 9309): the public pages (home, the search, missions, organisations, the privacy
// notice, feeds), never a person's pages, a page reached by a token (sign-in links, interviews, invitations,
// unsubscribing), a form, or the development pages. Crawlers that honour it go no further; the pages themselves still
// check who is asking.
const privatePaths = [
  "/account",
  "/admin",
  "/alerts",
  "/applications",
  "/bench/",
  "/dashboard",
  "/dev/",
  "/employer/",
  "/employers/*/report",
  "/employers/*/widget",
  "/interviews/",
  "/invitations/",
  "/language",
  "/missions/*/apply",
  "/missions/*/report",
  "/missions/for-you",
  "/profile",
  "/saved",
  "/session/",
  "/signin",
  "/signout",
];

export function robotsTxt(): string {
  return ["User-agent: *", ...privatePaths.map((path) => `Disallow: ${path}`), "Allow: /", ""].join("\n");
}
