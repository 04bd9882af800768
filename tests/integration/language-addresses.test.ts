// A URL per language for the public pages (issue 15, point 1; docs/decisions/0032-a-url-per-language.md), through
// the real dev server and PostgreSQL: French at the plain paths, English under /en, each page with its canonical
// address and its alternates; the language cookie only decides where the home's plain address sends a browser;
// old `?locale=` links move for good; an unknown first segment is no page.
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { startDevServer, languageCookie, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

let dev: DevServer;
const appUrl = "http://chevronne.test";

beforeAll(async () => {
  dev = await startDevServer();
}, 90_000);

afterAll(async () => {
  await dev?.close();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${dev.url}${path}`, { headers, redirect: "manual" });

async function page(path: string, headers: Record<string, string> = {}) {
  const response = await get(path, headers);
  expect(response.status, path).toBe(200);
  return parse(await response.text());
}

/** A form posted as the site's own pages post it (same origin), the answer not followed. */
function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${dev.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: dev.url,
      "Sec-Fetch-Site": "same-origin",
      ...headers,
    },
    body: new URLSearchParams(fields),
  });
}

function headLinks(document: ReturnType<typeof parse>) {
  const href = (selector: string) => document.querySelectorAll(selector).map((link) => link.getAttribute("href"));
  return {
    canonical: href('link[rel="canonical"]'),
    fr: href('link[rel="alternate"][hreflang="fr"]'),
    en: href('link[rel="alternate"][hreflang="en"]'),
    xDefault: href('link[rel="alternate"][hreflang="x-default"]'),
  };
}

describe("each public page has an address per language", () => {
  it("answers in the address's language, whatever the cookie says, with its canonical address and both alternates", async () => {
    const { mission, employer } = await createEmployerWithMission({ title: "Accueil au musée du Fjord" });
    const pages = [
      "/",
      "/missions",
      "/missions?q=mus%C3%A9e&town=Saguenay",
      `/missions/${mission.id}`,
      `/employers/${employer.slug}`,
      "/privacy",
    ];
    for (const french of pages) {
      const english = french === "/" ? "/en" : `/en${french}`;
      for (const [path, lang, cookie] of [
        [french, "fr", languageCookie("en")],
        [english, "en", languageCookie("fr")],
        [english, "en", ""],
      ] as const) {
        // the home's plain address is the one page a cookie moves (below)
        const document = await page(path, path === "/" ? {} : { Cookie: cookie });
        expect(document.querySelector("html")?.getAttribute("lang"), path).toBe(lang);
        const links = headLinks(document);
        expect(links.canonical, path).toEqual([`${appUrl}${lang === "fr" ? french : english}`]);
        expect(links.fr, path).toEqual([`${appUrl}${french}`]);
        expect(links.en, path).toEqual([`${appUrl}${english}`]);
        expect(links.xDefault, path).toEqual([`${appUrl}${french}`]);
        expect(
          document.querySelector('meta[property="og:url"]')?.getAttribute("content") ?? links.canonical[0],
          path,
        ).toBe(links.canonical[0]);
      }
    }
  });

  it("names as canonical the page itself: no tracking tag, a search's filters in one order", async () => {
    const { mission } = await createEmployerWithMission({ title: "Accueil au musée du Fjord" });
    const canonical = async (path: string) => headLinks(await page(path)).canonical[0];
    expect(await canonical(`/en/missions/${mission.id}?utm_source=fb&fbclid=x`)).toBe(
      `${appUrl}/en/missions/${mission.id}`,
    );
    expect(await canonical("/privacy?ref=footer")).toBe(`${appUrl}/privacy`);
    expect(await canonical("/missions?utm_source=x&town=Saguenay&q=mus%C3%A9e")).toBe(
      `${appUrl}/missions?q=mus%C3%A9e&town=Saguenay`,
    );
    const card = await page(`/en/missions/${mission.id}?utm_source=fb`);
    expect(card.querySelector('meta[property="og:url"]')?.getAttribute("content")).toBe(
      `${appUrl}/en/missions/${mission.id}`,
    );
  });

  it("answers 404 before reading or writing anything for any other first segment: a post too", async () => {
    const { mission } = await createEmployerWithMission({ title: "Accueil" });
    // a signed-in candidate, whose "keep this mission" would otherwise be written
    const { user, profile } = await createCandidate(`garde.${Date.now()}@exemple.ca`);
    const session = (await createSession(user.id)).split(";")[0];
    const post = (path: string) => postForm(path, { intent: "save" }, { Cookie: session });
    const posted = await post(`/zz/missions/${mission.id}?index`);
    expect(posted.status).toBe(404);
    await posted.body?.cancel();
    expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(0);
    // the same post at a real address keeps it: the 404 was the segment's, not the form's
    const kept = await post(`/en/missions/${mission.id}?index`);
    expect(kept.status).toBe(302);
    expect(kept.headers.get("Location")).toBe(`/en/missions/${mission.id}`);
    expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(1);
  });

  it("links an English page's public links to English addresses, and its language switch to the French address", async () => {
    const { mission, employer } = await createEmployerWithMission({ title: "Guide du Vieux-Port" });
    const search = await page("/en/missions?q=Vieux-Port");
    const hrefs = search.querySelectorAll("a").map((link) => link.getAttribute("href") ?? "");
    expect(hrefs).toContain(`/en/missions/${mission.id}`);
    expect(hrefs).toContain("/en");
    expect(hrefs).toContain("/en/privacy");
    expect(hrefs).not.toContain(`/missions/${mission.id}`);
    // pages that are not public keep their one address, asked in English (see below)
    expect(hrefs).toContain("/signin?locale=en");
    const switchTo = search.querySelector('form[action="/language"] input[name="returnTo"]')?.getAttribute("value");
    expect(switchTo).toBe("/missions?q=Vieux-Port");
    const missionPage = await page(`/en/missions/${mission.id}`);
    expect(missionPage.querySelectorAll("a").map((link) => link.getAttribute("href"))).toContain(
      `/en/employers/${employer.slug}`,
    );
    const french = await page(`/missions/${mission.id}`);
    expect(french.querySelector('form[action="/language"] input[name="returnTo"]')?.getAttribute("value")).toBe(
      `/en/missions/${mission.id}`,
    );
    // the structured data names the page it is on
    const posting = JSON.parse(missionPage.querySelector('script[type="application/ld+json"]')?.text ?? "{}") as {
      url?: string;
    };
    expect(posting.url).toBe(`${appUrl}/en/missions/${mission.id}`);
  });

  it("switching language remembers the choice and lands on the other address", async () => {
    const { mission } = await createEmployerWithMission({ title: "Animation au parc" });
    const response = await postForm("/language", { lang: "en", returnTo: `/en/missions/${mission.id}` });
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/en/missions/${mission.id}`);
    const cookie = response.headers.get("Set-Cookie")?.split(";")[0] ?? "";
    expect(cookie).toBe(languageCookie("en"));
    // the chosen language sends the home's plain address to /en, not cached by anyone; French or no choice stays home
    const home = await get("/", { Cookie: cookie });
    expect(home.status).toBe(302);
    expect(home.headers.get("Location")).toBe("/en");
    expect(home.headers.get("Cache-Control")).toBe("private, no-store");
    expect((await get("/", { Cookie: languageCookie("fr") })).status).toBe(200);
    expect((await get("/")).status).toBe(200);
    // and only the home: a French address shared with this browser stays French
    const shared = await page(`/missions/${mission.id}`, { Cookie: cookie });
    expect(shared.querySelector("html")?.getAttribute("lang")).toBe("fr");
  });

  it("moves an old link's ?locale= to its language's address for good, keeping the rest of the query", async () => {
    const { mission } = await createEmployerWithMission({ title: "Visites guidées" });
    const cases = [
      [`/missions/${mission.id}?locale=en`, `/en/missions/${mission.id}`],
      ["/missions?q=guide&locale=en&town=Lévis", `/en/missions?q=guide&town=L%C3%A9vis`],
      ["/en/missions?locale=fr&q=guide", "/missions?q=guide"],
      ["/?locale=en", "/en"],
      ["/en/privacy?locale=nonsense", "/en/privacy"],
      ["/missions/feed?locale=en&q=guide", "/en/missions/feed?q=guide"],
    ];
    for (const [from, to] of cases) {
      const response = await get(from);
      expect(response.status, from).toBe(301);
      expect(response.headers.get("Location"), from).toBe(to);
    }
  });

  it("answers 404 for any other first segment, and for a page that has no English address (in English)", async () => {
    const { mission, employer } = await createEmployerWithMission({ title: "Accueil" });
    for (const path of [
      "/de",
      "/de/missions",
      `/xx/missions/${mission.id}`,
      `/de/employers/${employer.slug}`,
      "/de/missions/feed",
      `/de/employers/${employer.slug}/feed`,
      `/de/employers/${employer.slug}/widget`,
      "/en/account",
      "/en/signin",
      "/en/missions/for-you",
      "/en/en/missions",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      if (path.startsWith("/en/"))
        expect(
          parse(await response.text())
            .querySelector("html")
            ?.getAttribute("lang"),
          path,
        ).toBe("en");
      else await response.body?.cancel();
    }
  });

  it("serves the English pages' data for the browser's navigations in English, and shares them like the French", async () => {
    const { mission } = await createEmployerWithMission({ title: "Accueil au quai" });
    for (const path of ["/en.data", "/en/missions.data", `/en/missions/${mission.id}.data`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Cache-Control"), path).toMatch(/^public/);
      expect(await response.text(), path).toMatch(/"en"/);
    }
  });

  it("keeps a reader who came by an English address in English as they leave the public pages", async () => {
    const { mission } = await createEmployerWithMission({ title: "Accueil au quai" });
    const missionPage = await page(`/en/missions/${mission.id}`);
    const hrefs = missionPage.querySelectorAll("main a").map((link) => link.getAttribute("href") ?? "");
    const apply = `/signin?redirectTo=${encodeURIComponent(`/missions/${mission.id}/apply`)}&locale=en`;
    expect(hrefs).toContain(apply);
    expect(hrefs).toContain(`/missions/${mission.id}/report?locale=en`);
    // the header's sign-in link too; French pages add nothing
    expect((await page("/en")).querySelectorAll("header a").map((link) => link.getAttribute("href"))).toContain(
      "/signin?locale=en",
    );
    expect((await page("/")).querySelectorAll("header a").map((link) => link.getAttribute("href"))).toContain(
      "/signin",
    );

    // the sign-in page speaks English and remembers it for a browser that chose nothing yet
    const signIn = await get(apply);
    expect(signIn.status).toBe(200);
    expect(
      parse(await signIn.text())
        .querySelector("html")
        ?.getAttribute("lang"),
    ).toBe("en");
    const remembered = signIn.headers.get("Set-Cookie")?.split(";")[0];
    expect(remembered).toBe(languageCookie("en"));
    expect(
      parse(await (await get("/signup", { Cookie: remembered! })).text())
        .querySelector("html")
        ?.getAttribute("lang"),
    ).toBe("en");
    // a choice already made stands: French chosen, the link's English for that page only
    const chosenFrench = await get(apply, { Cookie: languageCookie("fr") });
    expect(chosenFrench.headers.get("Set-Cookie")).toBeNull();
    expect(
      parse(await chosenFrench.text())
        .querySelector("html")
        ?.getAttribute("lang"),
    ).toBe("en");

    // a page that needs a signed-in person sends to sign-in in the link's language
    const applyDirect = await get(`/missions/${mission.id}/apply?locale=en`);
    expect(applyDirect.status).toBe(302);
    const location = new URL(applyDirect.headers.get("Location")!, dev.url);
    expect(location.pathname).toBe("/signin");
    expect(location.searchParams.get("locale")).toBe("en");
    expect(location.searchParams.get("redirectTo")).toBe(`/missions/${mission.id}/apply?locale=en`);
  });

  it("lets signed-in pages follow the person's own language", async () => {
    const { user } = await createCandidate(`anglo.${Date.now()}@exemple.ca`, "en");
    const session = (await createSession(user.id)).split(";")[0];
    const dashboard = await page("/dashboard", { Cookie: session });
    expect(dashboard.querySelector("html")?.getAttribute("lang")).toBe("en");
    expect(headLinks(dashboard).canonical).toEqual([]);
    // their header leads to the English search
    expect(dashboard.querySelectorAll("header a").map((link) => link.getAttribute("href"))).toContain("/en/missions");
  });
});
