// What search engines may read (RFC 9309): the public pages (home, the search, missions, organisations, the privacy
// notice, feeds), never a person's pages, a page reached by a token (sign-in links, interviews, team invitations,
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
  "/en/employers/*/widget",
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
  "/signup",
];

/** The rules, then where the sitemap is (an absolute address, as the protocol asks). */
export function robotsTxt(appUrl: string): string {
  return [
    "User-agent: *",
    ...privatePaths.map((path) => `Disallow: ${path}`),
    "Allow: /",
    "",
    `Sitemap: ${appUrl}/sitemap.xml`,
    "",
  ].join("\n");
}
