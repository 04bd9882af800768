// robots.txt read back by an independent parser (robots-parser, RFC 9309 rules with wildcards): public pages open,
// every private or token page closed, for any crawler.
import robotsParser from "robots-parser";
import { describe, expect, it } from "vitest";
import { env } from "~/env.server";
import { loader } from "~/routes/robots[.]txt";

const site = "https://chevronne.example";

async function robots() {
  const response = loader();
  expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
  return robotsParser(`${site}/robots.txt`, await response.text());
}

const open = [
  "/",
  "/missions",
  "/missions?q=accueil&town=Qu%C3%A9bec",
  "/missions/cmabc123",
  "/missions/feed?q=musée",
  "/employers/librairie-pantoute",
  "/employers/librairie-pantoute/feed",
  "/privacy",
  "/en",
  "/en/missions?q=guide",
  "/en/missions/cmabc123",
  "/en/employers/librairie-pantoute",
  "/en/missions/feed",
  "/en/privacy",
  "/sitemap.xml",
  "/sitemaps/missions-1.xml",
  "/images/abc",
];
const closed = [
  "/account",
  "/account/data",
  "/admin/reports",
  "/alerts/unsubscribe?token=abc",
  "/applications",
  "/dashboard",
  "/dev/mail",
  "/employer/pipeline",
  "/employers/librairie-pantoute/report",
  "/employers/librairie-pantoute/widget",
  "/en/employers/librairie-pantoute/widget",
  "/interviews/token123",
  "/invitations/accept?token=abc",
  "/missions/cmabc123/apply",
  "/missions/cmabc123/report",
  "/missions/for-you",
  "/profile/place",
  "/saved",
  "/signin/link?token=abc",
  "/signin",
  "/signup?email=someone%40example.ca",
];

describe("robots.txt", () => {
  for (const agent of ["Googlebot", "Bingbot", "facebookexternalhit"]) {
    it(`lets ${agent} read the public pages and nothing private`, async () => {
      const parsed = await robots();
      for (const path of open) expect(parsed.isAllowed(`${site}${path}`, agent), path).toBe(true);
      for (const path of closed) expect(parsed.isAllowed(`${site}${path}`, agent), path).toBe(false);
    });
  }
});

it("says where the sitemap is, as an absolute address", async () => {
  expect((await robots()).getSitemaps()).toEqual([`${env.appUrl}/sitemap.xml`]);
});
