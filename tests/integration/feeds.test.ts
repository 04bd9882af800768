// Feeds (issue 15, item 4; docs/decisions/0030): the routes' loaders answer as Remix calls them, on a real PostgreSQL
// database, and feedsmith (a feed parser) reads what they write, after a strict XML check. A search's feed honours the
// search page's filters, newest first; an organisation's feed its open missions; a mission that closes, or whose
// organisation is suspended or closed, leaves them. Hostile addresses give a valid feed or a 4xx, never a 500.
import { parseAtomFeed } from "feedsmith";
// feedsmith's own XML reader, used strictly here: a feed must be well-formed XML, not just readable
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { loader as employerFeedLoader } from "~/routes/($lang).employers.$slug_.feed";
import { loader as widgetLoader } from "~/routes/($lang).employers.$slug_.widget";
import { loader as searchFeedLoader } from "~/routes/($lang).missions.feed";
import { loader as employerPageLoader, meta as employerPageMeta } from "~/routes/($lang).employers.$slug";
import { loader as searchPageLoader, meta as searchPageMeta } from "~/routes/($lang).missions._index";
import { createEmployerWithMission } from "../support/fixtures";

const base = "http://chevronne.test";

async function answer(
  loader: (args: never) => Promise<Response>,
  url: string,
  params: Record<string, string> = {},
): Promise<Response> {
  try {
    return await loader({ request: new Request(url), params, context: {} } as never);
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

function decodeHtml(text: string | undefined): string {
  return (text ?? "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

async function readFeed(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parseAtomFeed(xml);
  return {
    title: feed.title?.value ?? "",
    subtitle: feed.subtitle?.value ?? "",
    self: feed.links?.find((link) => link.rel === "self")?.href,
    entries: (feed.entries ?? []).map((entry) => ({
      title: decodeHtml(entry.title?.value),
      summary: decodeHtml(entry.summary?.value),
      content: decodeHtml(entry.content?.value),
      link: entry.links?.[0]?.href,
      town: entry.categories?.[0]?.term,
      updated: entry.updated,
    })),
  };
}

/** A search's feed at its French address, or at its English one (/en/…, the `lang` segment of the route). */
const searchFeed = async (query: string, lang?: "en") =>
  readFeed(await answer(searchFeedLoader, `${base}${lang ? "/en" : ""}/missions/feed?${query}`, lang ? { lang } : {}));

describe("the feed of a search", () => {
  it("lists the search's missions newest first, each linking to its page, in French and in English", async () => {
    const { mission: older } = await createEmployerWithMission({
      title: "Guide au belvédère & <phare>",
      publishedAt: new Date(Date.now() - 3 * 86_400_000),
    });
    const { mission: newer, employer } = await createEmployerWithMission({
      title: "Guide des sentiers",
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    await createEmployerWithMission({ title: "Caissier de quincaillerie" });

    const fr = await searchFeed("q=guide");
    expect(fr.title).toBe("Missions Chevronné : guide");
    expect(fr.subtitle).toBe("Les nouvelles missions de cette recherche, les plus récentes d’abord.");
    expect(fr.self).toBe(`${base}/missions/feed?q=guide`);
    expect(fr.entries.map((entry) => entry.title)).toEqual(["Guide des sentiers", "Guide au belvédère & <phare>"]);
    const [first] = fr.entries;
    expect(first.link).toBe(`${base}/missions/${newer.id}`);
    expect(first.summary).toBe(newer.summary);
    expect(first.town).toBe("Saguenay");
    expect(first.content).toContain("Lieu : Saguenay");
    expect(first.content).toContain(`Employeur : ${employer.name}`);
    expect(first.updated).toBe(newer.updatedAt.toISOString());
    expect(fr.entries[1].link).toBe(`${base}/missions/${older.id}`);

    const en = await searchFeed("q=guide", "en");
    expect(en.title).toBe("Chevronné missions: guide");
    expect(en.self).toBe(`${base}/en/missions/feed?q=guide`);
    expect(en.entries[0].link).toBe(`${base}/en/missions/${newer.id}`);
    expect(en.entries[0].content).toContain("Place: Saguenay");
    expect(en.entries).toHaveLength(2);
  });

  it("honours the page's filters: words, hours, sector, town and radius", async () => {
    await createEmployerWithMission({ title: "Animation au quai" });
    expect((await searchFeed("q=animation")).entries.map((entry) => entry.title)).toEqual(["Animation au quai"]);
    // the fixture's missions ask 4 hours at least
    expect((await searchFeed("q=animation&hours=3")).entries).toHaveLength(0);
    expect((await searchFeed("q=animation&hours=4")).entries).toHaveLength(1);
    expect((await searchFeed("q=animation&sector=retail")).entries).toHaveLength(0);
    expect((await searchFeed("q=animation&sector=culture")).entries).toHaveLength(1);
    // Saguenay is about 200 km from Québec
    expect((await searchFeed("q=animation&town=Qu%C3%A9bec&radius=50")).entries).toHaveLength(0);
    expect((await searchFeed("q=animation&town=Saguenay&radius=20")).entries).toHaveLength(1);
    // a feed is newest first whatever order the page was in, and from its first page
    expect((await searchFeed("q=animation&sort=nearest&page=7")).entries).toHaveLength(1);
  });

  it("keeps at most 30 missions", async () => {
    for (let index = 0; index < 32; index++)
      await createEmployerWithMission({ title: `Billetterie du festival ${index}` });
    expect((await searchFeed("q=billetterie")).entries).toHaveLength(30);
  });

  it("drops a mission that closes, is unpublished, or whose organisation is suspended or closed", async () => {
    const missions = await Promise.all(
      ["Vestiaire A", "Vestiaire B", "Vestiaire C", "Vestiaire D", "Vestiaire E"].map((title) =>
        createEmployerWithMission({ title }),
      ),
    );
    expect((await searchFeed("q=vestiaire")).entries).toHaveLength(5);
    const [closed, ended, unpublished, suspended, closedOrganisation] = missions;
    await db.mission.update({ where: { id: closed.mission.id }, data: { status: "closed" } });
    await db.mission.update({ where: { id: ended.mission.id }, data: { closesAt: new Date(Date.now() - 1000) } });
    await db.mission.update({ where: { id: unpublished.mission.id }, data: { status: "unpublished" } });
    // what suspending and closing an organisation do (moderation/suspensions.server.ts, employers/ownership.server.ts)
    await db.employer.update({ where: { id: suspended.employer.id }, data: { suspendedAt: new Date() } });
    await db.mission.update({ where: { id: suspended.mission.id }, data: { status: "suspended" } });
    await db.employer.update({ where: { id: closedOrganisation.employer.id }, data: { closedAt: new Date() } });
    await db.mission.update({ where: { id: closedOrganisation.mission.id }, data: { status: "closed" } });
    expect((await searchFeed("q=vestiaire")).entries).toHaveLength(0);
  });

  it("answers hostile addresses with a valid feed, never an error", async () => {
    await createEmployerWithMission({ title: "Accueil <b>gras</b> ]]> fin" });
    const hostile = [
      "q=%00%01%1B%EF%BF%BE",
      "q=%3C%2Ftitle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
      "q=]]%3E&town=%3C!--",
      `q=${"x".repeat(5000)}`,
      "radius=-5&hours=abc&page=99999999999&sort=drop%20table&month=13&sector=%27&lang=%22",
      "town=%F0%9F%98%80&radius=200",
      "q=%E0%A4%A",
      "q=a:*%20%26%20!b%20%7C%20(",
      "q=accueil%20gras%20fin",
    ];
    for (const query of hostile) {
      const response = await answer(searchFeedLoader, `${base}/missions/feed?${query}`);
      const feed = await readFeed(response);
      expect(feed.title).toMatch(/^Missions Chevronné/);
    }
    // a language in the query (an address from before each language had its own) moves to the address's language
    const moved = await answer(searchFeedLoader, `${base}/missions/feed?locale=xx&q=%D8%00`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get("Location")).toMatch(/^\/missions\/feed\?q=/);
    const found = await searchFeed("q=accueil%20gras%20fin");
    expect(found.entries.map((entry) => entry.title)).toEqual(["Accueil <b>gras</b> ]]> fin"]);
  });
});

describe("the feed of an organisation", () => {
  it("lists its open missions only, in French and in English", async () => {
    const { employer, mission } = await createEmployerWithMission({ title: "Accueil au musée du fjord" });
    const second = await db.mission.create({
      data: { ...pick(mission), title: "Visites guidées", publishedAt: new Date(Date.now() + 1000) },
    });
    await db.mission.create({ data: { ...pick(mission), title: "Brouillon", status: "draft", publishedAt: null } });
    const url = (locale: string) => `${base}${locale === "en" ? "/en" : ""}/employers/${employer.slug}/feed`;
    const params = (locale: string): Record<string, string> =>
      locale === "en" ? { slug: employer.slug, lang: "en" } : { slug: employer.slug };

    const fr = await readFeed(await answer(employerFeedLoader, url("fr"), params("fr")));
    expect(fr.title).toBe(`Missions ouvertes chez ${employer.name} · Chevronné`);
    expect(fr.entries.map((entry) => [entry.title, entry.link])).toEqual([
      ["Visites guidées", `${base}/missions/${second.id}`],
      ["Accueil au musée du fjord", `${base}/missions/${mission.id}`],
    ]);
    const en = await readFeed(await answer(employerFeedLoader, url("en"), params("en")));
    expect(en.title).toBe(`Open missions at ${employer.name} · Chevronné`);
    expect(en.entries[0].link).toBe(`${base}/en/missions/${second.id}`);
    expect(en.entries[0].content).toContain("Place: Saguenay");

    await db.mission.update({ where: { id: second.id }, data: { status: "closed" } });
    expect(
      (await readFeed(await answer(employerFeedLoader, url("fr"), { slug: employer.slug }))).entries.map(
        (entry) => entry.title,
      ),
    ).toEqual(["Accueil au musée du fjord"]);

    await db.employer.update({ where: { id: employer.id }, data: { suspendedAt: new Date() } });
    expect((await answer(employerFeedLoader, url("fr"), { slug: employer.slug })).status).toBe(404);
  });

  it("is 404 for an unknown, unverified or closed organisation and for a hostile slug", async () => {
    const { employer: pending } = await createEmployerWithMission({ verificationStatus: "pending" });
    const { employer: closed } = await createEmployerWithMission();
    await db.employer.update({ where: { id: closed.id }, data: { closedAt: new Date() } });
    for (const slug of ["nobody", pending.slug, closed.slug, "%00<x>", "a".repeat(3000)]) {
      expect((await answer(employerFeedLoader, `${base}/employers/x/feed`, { slug })).status).toBe(404);
    }
  });
});

function pick(mission: Awaited<ReturnType<typeof createEmployerWithMission>>["mission"]) {
  const {
    employerId,
    summary,
    description,
    sector,
    scheduleMask,
    hoursPerWeekMin,
    hoursPerWeekMax,
    town,
    latitude,
    longitude,
    status,
    closesAt,
  } = mission;
  return {
    employerId,
    summary,
    description,
    sector,
    scheduleMask,
    hoursPerWeekMin,
    hoursPerWeekMax,
    town,
    latitude,
    longitude,
    status,
    closesAt,
  };
}

describe("the pages lead to their feeds", () => {
  function alternate(meta: unknown, data: unknown, locale: "fr" | "en") {
    const args = {
      data,
      matches: [{ id: "root", data: { locale } }],
      params: {},
      location: { pathname: "/", search: "" },
    };
    const tags = (meta as (args: never) => Record<string, unknown>[])(args as never);
    return tags.find((tag) => tag.tagName === "link" && tag.rel === "alternate" && tag.type === "application/atom+xml");
  }

  it("announces the search's feed with the same filters and the page's language", async () => {
    // the cookie (English here) does not decide a public page's language: its address does
    const request = new Request(`${base}/en/missions?q=guide&sector=culture&sort=nearest&page=2`, {
      headers: { Cookie: "chevronne_lang=ImZyIg%3D%3D" },
    });
    const data = await searchPageLoader({ request, params: { lang: "en" }, context: {} });
    expect(data.feed.href).toBe("/en/missions/feed?q=guide&sector=culture");
    expect(alternate(searchPageMeta, data, "en")).toMatchObject({
      href: data.feed.href,
      title: "Atom feed of this page",
    });
  });

  it("announces an organisation's feed on its page", async () => {
    const { employer } = await createEmployerWithMission();
    const data = await employerPageLoader({
      request: new Request(`${base}/employers/${employer.slug}`, {
        headers: { Cookie: "chevronne_lang=ImVuIg%3D%3D" },
      }),
      params: { slug: employer.slug },
      context: {},
    });
    expect(data.feed?.href).toBe(`/employers/${employer.slug}/feed`);
    expect(alternate(employerPageMeta, data, "fr")).toMatchObject({
      href: data.feed?.href,
      title: "Fil Atom de cette page",
    });
  });
});

describe("the careers widget", () => {
  it("shows the open missions, each linking to its page in a new tab, and may be framed by any site", async () => {
    const { employer, mission } = await createEmployerWithMission({ title: "Accueil <script>alert(1)</script>" });
    const url = `${base}/en/employers/${employer.slug}/widget`;
    const response = await answer(widgetLoader, url, { slug: employer.slug, lang: "en" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/frame-ancestors \*/);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/default-src 'none'/);
    expect(response.headers.get("X-Frame-Options")).toBeNull();
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain(
      `<a href="${base}/en/missions/${mission.id}" target="_blank" rel="noopener"><span lang="fr">Accueil &lt;script&gt;alert(1)&lt;/script&gt;</span>`,
    );
    expect(html).not.toContain("<script");
    expect(html).toContain(`Missions at ${employer.name}`);

    await db.mission.update({ where: { id: mission.id }, data: { status: "closed" } });
    const closed = await (
      await answer(widgetLoader, `${base}/employers/${employer.slug}/widget`, { slug: employer.slug })
    ).text();
    expect(closed).not.toContain(`/missions/${mission.id}`);
    expect(closed).toContain("Aucune mission ouverte pour le moment.");

    await db.employer.update({ where: { id: employer.id }, data: { suspendedAt: new Date() } });
    expect((await answer(widgetLoader, url, { slug: employer.slug, lang: "en" })).status).toBe(404);
    expect((await answer(widgetLoader, url, { slug: "%00<x>", lang: "en" })).status).toBe(404);
  });
});
