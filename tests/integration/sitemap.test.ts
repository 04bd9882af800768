// The sitemap (issue 15, point 2), through the real dev server and PostgreSQL, read back by an independent XML parser
// (fast-xml-parser) and checked against the pages it lists: robots.txt names it; it lists the open missions and the
// public organisations at both addresses with their alternates and lastmod; every page it lists answers 200 in its
// language with itself as canonical; a mission leaves it when it closes and joins it when it opens.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { missionsSitemap, sitemapIndex } from "~/modules/seo/sitemap.server";
import { startDevServer, type DevServer } from "../support/dev-server";
import { createEmployerWithMission } from "../support/fixtures";

let dev: DevServer;

beforeAll(async () => {
  dev = await startDevServer();
}, 90_000);

afterAll(async () => {
  await dev?.close();
});

type Entry = { loc: string; lastmod?: string; alternates: Record<string, string> };
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (name) => ["url", "sitemap", "xhtml:link"].includes(name),
});

/** An address the sitemap gives (on the site's own address) asked of the dev server. */
const ask = (loc: string) => fetch(`${dev.url}${loc.slice(env.appUrl.length)}`, { redirect: "manual" });

async function readXml(loc: string) {
  const response = await ask(loc);
  expect(response.status, loc).toBe(200);
  expect(response.headers.get("Content-Type"), loc).toBe("application/xml; charset=utf-8");
  const text = await response.text();
  expect(XMLValidator.validate(text), loc).toBe(true);
  return xml.parse(text) as Record<string, Record<string, unknown>>;
}

/** Every address of every file the index lists. */
async function readSitemap(): Promise<Map<string, Entry>> {
  const robots = await (await fetch(`${dev.url}/robots.txt`)).text();
  const index = /^Sitemap: (.+)$/m.exec(robots)?.[1];
  expect(index).toBe(`${env.appUrl}/sitemap.xml`);
  const files = (await readXml(index!)).sitemapindex.sitemap as { loc: string; lastmod?: string }[];
  // the pages, then the missions' files, each named by its first open mission (few here: one file)
  const [firstOpen] = await db.mission.findMany({
    where: { status: "published", OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] },
    orderBy: { id: "asc" },
    take: 1,
  });
  expect(files.map((file) => file.loc)).toEqual([
    `${env.appUrl}/sitemaps/pages.xml`,
    ...(firstOpen ? [`${env.appUrl}/sitemaps/missions-${firstOpen.id}.xml`] : []),
  ]);
  const entries = new Map<string, Entry>();
  for (const file of files) {
    const urls = ((await readXml(file.loc)).urlset.url ?? []) as {
      loc: string;
      lastmod?: string;
      "xhtml:link": { rel: string; hreflang: string; href: string }[];
    }[];
    for (const url of urls) {
      expect(entries.has(url.loc), `${url.loc} listed once`).toBe(false);
      entries.set(url.loc, {
        loc: url.loc,
        lastmod: url.lastmod,
        alternates: Object.fromEntries(url["xhtml:link"].map((link) => [link.hreflang, link.href])),
      });
    }
  }
  return entries;
}

describe("the sitemap", () => {
  it("lists the open missions and public organisations at both addresses, and each page it lists is there, in its language, canonical", async () => {
    const open = await createEmployerWithMission({ title: "Accueil au musée de la mer" });
    const closed = await createEmployerWithMission({ title: "Caissier d'été" });
    await db.mission.update({ where: { id: closed.mission.id }, data: { status: "closed" } });
    const ended = await createEmployerWithMission({ title: "Guide du festival" });
    await db.mission.update({ where: { id: ended.mission.id }, data: { closesAt: new Date(Date.now() - 60_000) } });
    const suspended = await createEmployerWithMission({ title: "Vestiaire du théâtre" });
    // what suspending an organisation does (moderation/suspensions.server.ts)
    await db.employer.update({ where: { id: suspended.employer.id }, data: { suspendedAt: new Date() } });
    await db.mission.update({ where: { id: suspended.mission.id }, data: { status: "suspended" } });
    const pending = await createEmployerWithMission({
      title: "Conseiller en quincaillerie",
      verificationStatus: "pending",
    });

    const entries = await readSitemap();
    const at = (path: string) => entries.get(`${env.appUrl}${path}`);
    for (const path of [
      "/",
      "/missions",
      "/privacy",
      `/missions/${open.mission.id}`,
      `/employers/${open.employer.slug}`,
    ]) {
      const english = path === "/" ? "/en" : `/en${path}`;
      for (const [own, lang] of [
        [path, "fr"],
        [english, "en"],
      ] as const) {
        const entry = at(own);
        expect(entry, own).toBeDefined();
        expect(entry!.alternates, own).toEqual({
          fr: `${env.appUrl}${path}`,
          en: `${env.appUrl}${english}`,
          "x-default": `${env.appUrl}${path}`,
        });
        // checked against the page itself
        const response = await ask(entry!.loc);
        expect(response.status, own).toBe(200);
        const page = parse(await response.text());
        expect(page.querySelector("html")?.getAttribute("lang"), own).toBe(lang);
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute("href"), own).toBe(entry!.loc);
      }
    }
    const mission = await db.mission.findUniqueOrThrow({ where: { id: open.mission.id } });
    expect(at(`/missions/${mission.id}`)!.lastmod).toBe(mission.updatedAt.toISOString());
    expect(at(`/en/missions/${mission.id}`)!.lastmod).toBe(mission.updatedAt.toISOString());
    expect(at(`/employers/${open.employer.slug}`)!.lastmod).toBeDefined();
    // an organisation waiting for verification: its page is not public yet, its mission waits unpublished
    expect(at(`/missions/${pending.mission.id}`)).toBeUndefined();
    expect(at(`/employers/${pending.employer.slug}`)).toBeUndefined();
    for (const gone of [closed, ended, suspended]) {
      expect(at(`/missions/${gone.mission.id}`), gone.mission.title).toBeUndefined();
      expect(at(`/en/missions/${gone.mission.id}`), gone.mission.title).toBeUndefined();
    }
    expect(at(`/employers/${suspended.employer.slug}`)).toBeUndefined();
    // every listed mission page carries its JobPosting, being open
    for (const entry of entries.values()) {
      if (!/\/missions\/[^/]+$/.test(entry.loc)) continue;
      const page = parse(await (await ask(entry.loc)).text());
      expect(page.querySelector('script[type="application/ld+json"]'), entry.loc).not.toBeNull();
    }
  }, 90_000);

  it("follows missions as they close and open: a closed mission leaves it, and its page says so without JobPosting", async () => {
    const { mission } = await createEmployerWithMission({ title: "Animation au jardin" });
    expect((await readSitemap()).has(`${env.appUrl}/missions/${mission.id}`)).toBe(true);

    await db.mission.update({ where: { id: mission.id }, data: { status: "closed" } });
    const afterClosing = await readSitemap();
    expect(afterClosing.has(`${env.appUrl}/missions/${mission.id}`)).toBe(false);
    expect(afterClosing.has(`${env.appUrl}/en/missions/${mission.id}`)).toBe(false);
    const page = await ask(`${env.appUrl}/missions/${mission.id}`);
    expect(page.status).toBe(200);
    const closedPage = parse(await page.text());
    expect(closedPage.querySelector('script[type="application/ld+json"]')).toBeNull();
    expect(closedPage.querySelector("main")?.text).toMatch(/n’est plus ouverte|fermée|closed/i);

    await db.mission.update({ where: { id: mission.id }, data: { status: "published", updatedAt: new Date() } });
    const reopened = await readSitemap();
    expect(reopened.has(`${env.appUrl}/missions/${mission.id}`)).toBe(true);
  }, 60_000);

  it("splits the open missions into files of a given size, each from its first id, none listed twice", async () => {
    const { mission } = await createEmployerWithMission({ title: "Billetterie du festival" });
    // 2 400 more open missions, copies of this one (the batches of 1 000 rows and the files both get crossed)
    await db.$executeRaw`
      INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin",
        "hoursPerWeekMax", town, latitude, longitude, status, "publishedAt", "closesAt", "updatedAt")
      SELECT 'bulk-' || lpad(n::text, 5, '0'), "employerId", title, summary, description, sector, "scheduleMask",
        "hoursPerWeekMin", "hoursPerWeekMax", town, latitude, longitude, status, "publishedAt", "closesAt", now()
      FROM "Mission", generate_series(1, 2400) AS n WHERE id = ${mission.id}`;
    const open = await db.mission.findMany({
      where: { status: "published", OR: [{ closesAt: null }, { closesAt: { gt: new Date() } }] },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const index = xml.parse(await sitemapIndex({ perFile: 1000 })) as { sitemapindex: { sitemap: { loc: string }[] } };
    const files = index.sitemapindex.sitemap.map((file) => file.loc).filter((loc) => loc.includes("/missions-"));
    expect(files).toHaveLength(Math.ceil(open.length / 1000));
    const listed: string[] = [];
    for (const file of files) {
      const firstId = /missions-(.+)\.xml$/.exec(file)![1];
      const stream = await missionsSitemap(firstId, { perFile: 1000 });
      const text = await new Response(stream).text();
      expect(XMLValidator.validate(text)).toBe(true);
      const urls = ((xml.parse(text) as { urlset: { url: { loc: string }[] } }).urlset.url ?? []).map((url) => url.loc);
      expect(urls.length).toBeLessThanOrEqual(2000);
      listed.push(
        ...urls.filter((loc) => !loc.includes("/en/")).map((loc) => loc.slice(`${env.appUrl}/missions/`.length)),
      );
    }
    expect(listed).toEqual(open.map((row) => row.id));
  }, 90_000);

  it("answers 404 for a file it does not have, whatever the name", async () => {
    await createEmployerWithMission({ title: "Accueil" });
    for (const path of [
      "/sitemaps/missions-.xml",
      "/sitemaps/missions-zzzzzzzz.xml",
      "/sitemaps/missions-ABC.xml",
      `/sitemaps/missions-${"a".repeat(65)}.xml`,
      "/sitemaps/pages.xml.gz",
      "/sitemaps/%3Cx%3E",
      "/sitemaps/..%2Fsitemap.xml",
      "/en/sitemap.xml",
    ]) {
      const response = await fetch(`${dev.url}${path}`);
      expect(response.status, path).toBe(404);
      await response.body?.cancel();
    }
  });
});
