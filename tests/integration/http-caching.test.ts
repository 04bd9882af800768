// Caching that cannot show one person's page to another (issue 14, item 4; docs/decisions/0027-http-caching.md),
// through the real dev server and PostgreSQL, then through a real shared cache put in front of it
// (tests/support/shared-cache.ts): anonymous public pages and their data are shared for a short time with a
// validator; a signed-in page, a page that sets a cookie, a form's answer are private, no-store, and the cache in
// front never hands one visitor's page to another; a published change reaches anonymous visitors in the stated time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import {
  changeReachesVisitorsWithinSeconds,
  decideDataCaching,
  sharedCaching,
} from "~/modules/http-cache/cache-policy.server";
import { startDevServer, languageCookie, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startSharedCache, type SharedCache } from "../support/shared-cache";

let dev: DevServer;
let cache: SharedCache;

beforeAll(async () => {
  dev = await startDevServer();
  cache = await startSharedCache(dev.url);
}, 90_000);

afterAll(async () => {
  await cache?.close();
  await dev?.close();
});

const get = (base: string, path: string, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { headers, redirect: "manual" });

async function sessionCookieOf(name: string, email: string): Promise<string> {
  const { user } = await createCandidate(email);
  await db.user.update({ where: { id: user.id }, data: { name } });
  return (await createSession(user.id)).split(";")[0];
}

function expectShared(response: Response, path: string) {
  expect(response.status, path).toBe(200);
  expect(response.headers.get("Cache-Control"), path).toBe(
    `public, max-age=${sharedCaching.maxAgeSeconds}, stale-while-revalidate=${sharedCaching.staleWhileRevalidateSeconds}`,
  );
  expect(response.headers.get("ETag"), path).toMatch(/^W\/"[^"]+"$/);
  expect(response.headers.get("Vary") ?? "", path).toMatch(/\bCookie\b/i);
  expect(response.headers.get("Set-Cookie"), path).toBeNull();
  // the security floor stays; a shared page has no nonce (everyone would know it), its scripts run by their hashes
  expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(response.headers.get("X-Frame-Options")).toBe("DENY");
  const policy = response.headers.get("Content-Security-Policy") ?? "";
  if (response.headers.get("Content-Type")?.startsWith("text/html")) {
    // a public page runs no script (decision 0037): none allowed, or only its data blocks (JSON-LD) by their hashes
    expect(policy, path).toMatch(/script-src (?:'none'|(?:'sha256-[A-Za-z0-9+/=]+' )+'strict-dynamic')/);
    expect(policy, path).not.toContain("'nonce-");
  }
}

function expectPrivate(response: Response, path: string) {
  expect(response.headers.get("Cache-Control"), path).toBe("private, no-store");
  expect(response.headers.get("Cache-Control"), path).not.toMatch(/public|max-age|stale-while-revalidate/);
  expect(response.headers.get("ETag"), path).toBeNull();
}

describe("anonymous public pages", () => {
  it("are shared for a short time with a validator and Vary: Cookie; 304 on the matching If-None-Match", async () => {
    const { mission, employer } = await createEmployerWithMission({ title: "Guide au jardin des glaciers" });
    for (const path of [
      "/",
      "/missions",
      `/missions/${mission.id}`,
      `/employers/${employer.slug}`,
      "/privacy",
      "/missions?q=jardin",
      "/missions.data",
      `/missions/${mission.id}.data`,
      "/_root.data",
    ]) {
      const first = await get(dev.url, path);
      expectShared(first, path);
      const body = await first.text();
      // every inline script is allowed by one of the policy's hashes
      if (first.headers.get("Content-Type")?.startsWith("text/html")) {
        const { createHash } = await import("node:crypto");
        // no script that runs: only data blocks (a mission's JSON-LD), each allowed by its hash
        expect(body, path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")[^>]*>/);
        expect(body, path).not.toContain('rel="modulepreload"');
        for (const [, attributes, text] of body.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
          if (/\ssrc=/.test(` ${attributes}`)) continue;
          expect(first.headers.get("Content-Security-Policy")).toContain(
            `'sha256-${createHash("sha256").update(text).digest("base64")}'`,
          );
        }
      }
      const again = await get(dev.url, path);
      expect(again.headers.get("ETag"), `${path}: the same page, the same validator`).toBe(first.headers.get("ETag"));
      expect(await again.text()).toBe(body);
      const notModified = await get(dev.url, path, { "If-None-Match": first.headers.get("ETag")! });
      expect(notModified.status, path).toBe(304);
      expect(await notModified.text()).toBe("");
      expect(notModified.headers.get("ETag")).toBe(first.headers.get("ETag"));
      expect(notModified.headers.get("Cache-Control")).toContain("public");
      const other = await get(dev.url, path, { "If-None-Match": 'W/"something-else"' });
      expect(other.status, path).toBe(200);
    }
  }, 120_000);

  it("get another validator once a mission is changed or published", async () => {
    const { mission } = await createEmployerWithMission({ title: "Accueil au phare" });
    const before = await get(dev.url, "/missions");
    const missionBefore = await get(dev.url, `/missions/${mission.id}`);
    await db.mission.update({ where: { id: mission.id }, data: { title: "Accueil au phare du bout du monde" } });
    const missionAfter = await get(dev.url, `/missions/${mission.id}`, {
      "If-None-Match": missionBefore.headers.get("ETag")!,
    });
    expect(missionAfter.status).toBe(200);
    expect(missionAfter.headers.get("ETag")).not.toBe(missionBefore.headers.get("ETag"));
    expect(await missionAfter.text()).toContain("Accueil au phare du bout du monde");

    await createEmployerWithMission({ title: "Conteur au village historique" });
    const after = await get(dev.url, "/missions", { "If-None-Match": before.headers.get("ETag")! });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(before.headers.get("ETag"));
  }, 60_000);

  it("in English (their /en addresses) are shared too, with the language cookie or without", async () => {
    const french = await get(dev.url, "/privacy");
    const english = await get(dev.url, "/en/privacy");
    expectShared(english, "/en/privacy");
    expectShared(
      await get(dev.url, "/en/privacy", { Cookie: languageCookie("en") }),
      "/en/privacy with the language cookie",
    );
    expect(english.headers.get("ETag")).not.toBe(french.headers.get("ETag"));
  }, 30_000);
});

describe("what is never shared", () => {
  it("a signed-in person's pages and data, public ones included, are private, no-store", async () => {
    const cookie = await sessionCookieOf("Gisèle Tremblay", "gisele@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    for (const path of [
      "/",
      "/missions",
      `/missions/${mission.id}`,
      `/employers/${employer.slug}`,
      "/privacy",
      "/dashboard",
      "/applications",
      "/missions.data",
      "/_root.data",
      "/dashboard.data",
    ]) {
      const response = await get(dev.url, path, { Cookie: cookie });
      expect(response.status, path).toBeLessThan(500);
      expectPrivate(response, path);
      // a page for them has its own nonce again
      if (response.headers.get("Content-Type")?.startsWith("text/html"))
        expect(response.headers.get("Content-Security-Policy")).toContain("'nonce-");
      // a validator sent by a browser gets no 304 from a private answer
      expect((await get(dev.url, path, { Cookie: cookie, "If-None-Match": "*" })).status, path).not.toBe(304);
    }
  }, 90_000);

  it("nor is any page asked with a cookie other than the language one (an ended session, a draft)", async () => {
    for (const cookie of [
      "chevronne_session=nonsense",
      "chevronne_draft=x",
      `${languageCookie("en")}; chevronne_session=nonsense`,
    ]) {
      expectPrivate(await get(dev.url, "/missions", { Cookie: cookie }), cookie);
    }
  }, 30_000);

  it("nor an answer that sets a cookie, a form's answer, a page of no public route, an error", async () => {
    const chosen = await fetch(`${dev.url}/language`, {
      method: "POST",
      body: new URLSearchParams({ lang: "en", returnTo: "/missions" }),
      headers: { Origin: dev.url, "Sec-Fetch-Site": "same-origin" },
      redirect: "manual",
    });
    expect(chosen.headers.get("Set-Cookie")).toContain("chevronne_lang");
    expectPrivate(chosen, "POST /language");
    expectPrivate(await get(dev.url, "/signin"), "/signin");
    expectPrivate(await get(dev.url, "/missions/no-such-mission"), "404");
    // a public page's data whose loader set a cookie: the rule reads the answer, whatever the path
    const withCookie = await decideDataCaching(
      new Response("data", { headers: { "Set-Cookie": "a=b" } }),
      new Request("http://chevronne.test/missions.data"),
    );
    expectPrivate(withCookie, "a .data answer setting a cookie");
  }, 30_000);
});

describe("behind a shared cache", () => {
  it("a signed-in page of person A never reaches person B or an anonymous visitor", async () => {
    const alice = await sessionCookieOf("Aline Personne-A", "aline@exemple.ca");
    const bob = await sessionCookieOf("Bernard Personne-B", "bernard@exemple.ca");
    const { mission } = await createEmployerWithMission({ title: "Accueil à la bibliothèque" });
    for (const path of [`/missions/${mission.id}`, "/dashboard", "/", `/missions/${mission.id}.data`, "/_root.data"]) {
      const first = await get(cache.url, path, { Cookie: alice });
      expect(first.headers.get("X-Shared-Cache"), path).toBe("miss");
      // her page: her name where the page shows it (a public page shows none, only the signed-in menu)
      expect(await first.text(), path).toMatch(/Aline Personne-A|Me déconnecter/);
      for (const [who, cookie] of [
        ["B", bob],
        ["A again", alice],
      ] as const) {
        const later = await get(cache.url, path, { Cookie: cookie });
        expect(later.headers.get("X-Shared-Cache"), `${path} for ${who}`).toBe("miss");
        if (who === "B") expect(await later.text(), path).not.toContain("Aline Personne-A");
      }
      const anonymous = await get(cache.url, path);
      expect(await anonymous.text(), path).not.toMatch(/Aline Personne-A|Bernard Personne-B|Me déconnecter/);
    }
    // the anonymous page is kept and served again, and still to no signed-in person
    const anonymousAgain = await get(cache.url, `/missions/${mission.id}`);
    expect(anonymousAgain.headers.get("X-Shared-Cache")).toBe("hit");
    const bobAfter = await get(cache.url, `/missions/${mission.id}`, { Cookie: bob });
    expect(bobAfter.headers.get("X-Shared-Cache")).toBe("miss");
    // his own page: the signed-in menu, not the anonymous copy the cache holds
    expect(await bobAfter.text()).toContain("Me déconnecter");
  }, 90_000);

  it(`a published change reaches the anonymous page within ${changeReachesVisitorsWithinSeconds} s (max-age + stale-while-revalidate)`, async () => {
    const { mission } = await createEmployerWithMission({ title: "Animation au marché public" });
    const path = `/missions/${mission.id}`;
    // the same page under a second cache key (an unknown parameter changes nothing on the page)
    const quietPath = `${path}?from=feed`;
    expect((await get(cache.url, path)).headers.get("X-Shared-Cache")).toBe("miss");
    expect((await get(cache.url, quietPath)).headers.get("X-Shared-Cache")).toBe("miss");

    await db.mission.update({ where: { id: mission.id }, data: { title: "Animation au marché public du samedi" } });
    // within max-age the cache may still show the old page
    cache.advance(sharedCaching.maxAgeSeconds);
    const fresh = await get(cache.url, path);
    expect(fresh.headers.get("X-Shared-Cache")).toBe("hit");
    expect(await fresh.text()).not.toContain("du samedi");

    // a page people visit: after max-age one visitor gets the old copy while the cache asks again, the next the new
    cache.advance(1);
    const stale = await get(cache.url, path);
    expect(stale.headers.get("X-Shared-Cache")).toBe("stale");
    await cache.settled();
    const next = await get(cache.url, path);
    expect(next.headers.get("X-Shared-Cache")).toBe("hit");
    expect(await next.text()).toContain("du samedi");

    // a page nobody visited meanwhile: past max-age + stale-while-revalidate the cache must ask before answering
    cache.advance(changeReachesVisitorsWithinSeconds - sharedCaching.maxAgeSeconds);
    const quiet = await get(cache.url, quietPath);
    expect(quiet.headers.get("X-Shared-Cache")).toBe("revalidated");
    expect(await quiet.text()).toContain("du samedi");
  }, 60_000);

  it("an unchanged page is revalidated with a 304, not sent again", async () => {
    await get(cache.url, "/en/privacy");
    cache.advance(changeReachesVisitorsWithinSeconds + 1);
    const revalidated = await get(cache.url, "/en/privacy");
    expect(revalidated.headers.get("X-Shared-Cache")).toBe("revalidated");
    expect(cache.revalidations.at(-1)).toBe(304);
    expect(revalidated.status).toBe(200);
    expect(await revalidated.text()).toContain("</html>");
  }, 30_000);
});
