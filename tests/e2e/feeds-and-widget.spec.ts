// Feeds and the careers widget (issue 15, items 4 and 5; docs/decisions/0030), with JavaScript off, in French and in
// English. The demo organisation's owner copies the snippet from the dashboard; a page served on another port pastes
// it and shows the widget framed, each link leading to a mission page here; the same page framing any other page of
// ours gets an empty frame (X-Frame-Options DENY and frame-ancestors 'none').
import http from "node:http";
import { expect, test, type Browser } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import {
  addressIn,
  axeViolations,
  demo,
  expectNoAxeViolations,
  signInWithPassword,
  useLanguage,
} from "../support/e2e-helpers";

const framingPort = Number(process.env.E2E_FRAMING_PORT ?? 4417);
let framingServer: http.Server;
/** What the other site's page shows, set by each test. */
let framingPage = "";

test.describe.configure({ mode: "serial" });

/** A browser with JavaScript off, of its own (test.use would also turn it off where axe runs). */
async function withoutScripts(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  return { context, page: await context.newPage() };
}

test.beforeAll(async () => {
  framingServer = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end(framingPage);
  });
  await new Promise<void>((resolve) => framingServer.listen(framingPort, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => framingServer.close(resolve));
});

async function demoOrganisation() {
  const [employer] = await e2eQuery<{ id: string; slug: string; name: string }>(
    `SELECT e.id, e.slug, e.name FROM "Employer" e JOIN "Membership" m ON m."employerId" = e.id JOIN "User" u ON u.id = m."userId"
     WHERE u.email = $1 AND m.role = 'owner'`,
    [demo.employer],
  );
  const missions = await e2eQuery<{ id: string }>(
    `SELECT id FROM "Mission" WHERE "employerId" = $1 AND status = 'published' AND ("closesAt" IS NULL OR "closesAt" > now()) ORDER BY "publishedAt" DESC`,
    [employer.id],
  );
  return { employer, missionIds: missions.map((mission) => mission.id) };
}

for (const lang of ["fr", "en"] as const) {
  const text =
    lang === "fr"
      ? {
          snippet: "Vos missions sur votre propre site web",
          code: "Code à copier",
          widget: /^Missions chez /,
          follow: "Suivre cette recherche par fil RSS/Atom",
          followEmployer: "Suivre les missions de cet employeur par fil RSS/Atom",
        }
      : {
          snippet: "Your missions on your own website",
          code: "Code to copy",
          widget: /^Missions at /,
          follow: "Follow this search by RSS/Atom feed",
          followEmployer: "Follow this employer’s missions by RSS/Atom feed",
        };

  test(`the owner copies the widget, another site frames it and its links lead to the missions (${lang})`, async ({
    browser,
    baseURL,
    request,
  }) => {
    const { context, page } = await withoutScripts(browser, baseURL);
    const { employer, missionIds } = await demoOrganisation();
    expect(missionIds.length).toBeGreaterThan(0);
    await useLanguage(context, baseURL!, lang);
    await signInWithPassword(page, demo.employer);

    const section = page.locator("section", { has: page.getByRole("heading", { name: text.snippet }) });
    const code = section.getByLabel(text.code);
    await expect(code).toHaveAttribute("readonly", "");
    const snippet = await code.inputValue();
    expect(snippet).toContain(`src="${baseURL}${addressIn(`/employers/${employer.slug}/widget`, lang)}"`);
    expect(
      await axeViolations(page, "section:has(#careers-widget-title)"),
      "axe violations in the careers widget section",
    ).toEqual([]);

    // a site of theirs on another origin pastes it, next to a frame of an ordinary page of ours
    framingPage = `<!DOCTYPE html><html lang="${lang}"><head><title>Site</title></head><body>${snippet}
      <iframe id="other" title="other" src="${baseURL}/employers/${employer.slug}" width="600" height="300"></iframe></body></html>`;
    const otherResponse = page.waitForResponse(
      (response) => response.url() === `${baseURL}/employers/${employer.slug}`,
    );
    await page.goto(`http://127.0.0.1:${framingPort}/`);

    const widget = page.frameLocator(`iframe[src*="/widget"]`);
    await expect(widget.getByRole("heading", { level: 1 })).toHaveText(text.widget);
    const links = widget.locator("li a");
    await expect(links).toHaveCount(missionIds.length);
    for (const [index, id] of missionIds.entries()) {
      await expect(links.nth(index)).toHaveAttribute("href", `${baseURL}${addressIn(`/missions/${id}`, lang)}`);
      await expect(links.nth(index)).toHaveAttribute("target", "_blank");
      await expect(links.nth(index)).toHaveAttribute("rel", "noopener");
    }

    // the ordinary page was asked for, refused to be framed, and its frame shows nothing of it
    const refused = await otherResponse;
    expect(refused.headers()["x-frame-options"]).toBe("DENY");
    expect(refused.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    // Chromium puts its own error page in a refused frame, once it has refused: then nothing of ours shows there
    const otherFrame = await (await page.locator("#other").elementHandle())!.contentFrame();
    await expect.poll(() => otherFrame!.url()).toBe("chrome-error://chromewebdata/");
    await expect(page.frameLocator("#other").getByRole("heading", { name: employer.name })).toHaveCount(0);
    await expect(page.frameLocator("#other").getByRole("link", { name: "Chevronné" })).toHaveCount(0);

    // the widget's own answer lets any site frame it, and nothing else changes
    const widgetResponse = await request.get(addressIn(`/employers/${employer.slug}/widget`, lang));
    expect(widgetResponse.status()).toBe(200);
    expect(widgetResponse.headers()["x-frame-options"]).toBeUndefined();
    expect(widgetResponse.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(widgetResponse.headers()["content-security-policy"]).not.toContain("script-src");
    for (const path of [
      "/",
      "/missions",
      `/missions/${missionIds[0]}`,
      "/dashboard",
      `/employers/${employer.slug}/feed`,
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()["x-frame-options"], path).toBe("DENY");
      expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    await context.close();
  });

  test(`the widget page is accessible and large (${lang})`, async ({ browser, baseURL }) => {
    const { context, page } = await withoutScripts(browser, baseURL);
    const { employer } = await demoOrganisation();
    await page.goto(addressIn(`/employers/${employer.slug}/widget`, lang));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const size = await page
      .locator("li a")
      .first()
      .evaluate((link) => parseFloat(getComputedStyle(link).fontSize));
    expect(size).toBeGreaterThanOrEqual(18);
    await expectNoAxeViolations(page);
    await context.close();
  });

  test(`the search and organisation pages lead to their feeds (${lang})`, async ({ browser, baseURL, request }) => {
    const { context, page } = await withoutScripts(browser, baseURL);
    const { employer } = await demoOrganisation();
    await page.goto(addressIn("/missions?q=accueil&sort=newest", lang));
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute("href", addressIn("/missions/feed?q=accueil", lang));
    const follow = page.getByRole("link", { name: text.follow });
    await expect(follow).toHaveAttribute("href", addressIn("/missions/feed?q=accueil", lang));
    const feed = await request.get(addressIn("/missions/feed?q=accueil", lang));
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain("<feed");

    await page.goto(addressIn(`/employers/${employer.slug}`, lang));
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      addressIn(`/employers/${employer.slug}/feed`, lang),
    );
    await expect(page.getByRole("link", { name: text.followEmployer })).toHaveAttribute(
      "href",
      addressIn(`/employers/${employer.slug}/feed`, lang),
    );
    await context.close();
  });
}
