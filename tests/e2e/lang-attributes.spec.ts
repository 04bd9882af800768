// Words in another language than the page's carry `lang` (issue 13, item 8): a French organisation's mission on an
// English page is marked lang="fr" (cards, mission page, organisation page, the candidate's applications, the
// recruiter's pipeline and application page), an English organisation's mission on a French page lang="en", and text
// in the page's own language carries no `lang` of its own. JavaScript off: the server writes the attributes.
import { expect, test, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { e2eQuery } from "../support/e2e-database";
import { demo, signInWithPassword, useLanguage } from "../support/e2e-helpers";

test.use({ javaScriptEnabled: false });

/** The `lang` of the nearest element (itself included) that has one below <html>, or null. */
const ownLang = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => element.closest("body [lang]")?.getAttribute("lang") ?? null);

/** A copy of the demo bookshop and its first mission, written in English; returns the mission's id and the slug. */
async function englishOrganisation(): Promise<{ missionId: string; slug: string; title: string }> {
  const suffix = randomUUID().slice(0, 8);
  const [employerId, missionId, slug, title] = [
    `e2e-en-${suffix}`,
    `e2e-en-mission-${suffix}`,
    `english-bookshop-${suffix}`,
    `Bookshop greeter ${suffix}`,
  ];
  const columns = async (table: string, except: string[]) =>
    (
      await e2eQuery<{ name: string }>(
        `SELECT column_name AS name FROM information_schema.columns WHERE table_name = $1 AND is_generated = 'NEVER'`,
        [table],
      )
    )
      .map((row) => row.name)
      .filter((name) => !except.includes(name))
      .map((name) => `"${name}"`)
      .join(", ");
  const employerColumns = await columns("Employer", ["id", "slug", "contentLocale", "name"]);
  await e2eQuery(
    `INSERT INTO "Employer" (id, slug, "contentLocale", name, ${employerColumns}) SELECT $1, $2, 'en', 'The English Bookshop', ${employerColumns} FROM "Employer" WHERE id = (SELECT "employerId" FROM "Mission" WHERE id = 'seed-mission-001')`,
    [employerId, slug],
  );
  const missionColumns = await columns("Mission", ["id", "employerId", "title"]);
  await e2eQuery(
    `INSERT INTO "Mission" (id, "employerId", title, ${missionColumns}) SELECT $1, $2, $3, ${missionColumns} FROM "Mission" WHERE id = 'seed-mission-001'`,
    [missionId, employerId, title],
  );
  return { missionId, slug, title };
}

test('a French organisation\'s mission on English pages is marked lang="fr"; on French pages it carries no lang of its own', async ({
  page,
}) => {
  const [mission] = await e2eQuery<{ title: string; slug: string }>(
    `SELECT m.title, e.slug FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId" WHERE m.id = 'seed-mission-001'`,
  );

  await page.goto("/en/missions/seed-mission-001");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await ownLang(page, "h1")).toBe("fr");
  expect(await ownLang(page, "#summary-title + div")).toBe("fr");
  // the page's own words stay English
  expect(await ownLang(page, "#summary-title")).toBeNull();

  await page.goto(`/en/employers/${mission.slug}`);
  expect(await ownLang(page, `a[href="/en/missions/seed-mission-001"]`)).toBe("fr");

  await page.goto(`/en/missions?q=${encodeURIComponent(mission.title)}`);
  expect(await ownLang(page, `main a[href="/en/missions/seed-mission-001"]`)).toBe("fr");

  await page.goto("/missions/seed-mission-001");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  expect(await ownLang(page, "h1")).toBeNull();
  await page.goto(`/employers/${mission.slug}`);
  expect(await ownLang(page, `a[href="/missions/seed-mission-001"]`)).toBeNull();
});

test('an English organisation\'s mission on French pages is marked lang="en", and not on English ones', async ({
  page,
}) => {
  const english = await englishOrganisation();
  await page.goto(`/missions/${english.missionId}`);
  await expect(page.locator("h1")).toContainText(english.title);
  expect(await ownLang(page, "h1")).toBe("en");
  expect(await ownLang(page, "#summary-title + div")).toBe("en");
  expect(await ownLang(page, "#summary-title")).toBeNull();
  await page.goto(`/employers/${english.slug}`);
  expect(await ownLang(page, `a[href="/missions/${english.missionId}"]`)).toBe("en");

  await page.goto(`/en/missions/${english.missionId}`);
  expect(await ownLang(page, "h1")).toBeNull();
});

test("the candidate's applications and dashboard, the recruiter's dashboard, pipeline and application page mark French mission titles on English pages", async ({
  browser,
  baseURL,
}) => {
  const candidate = await browser.newContext({ javaScriptEnabled: false });
  await useLanguage(candidate, baseURL!, "en");
  const candidatePage = await candidate.newPage();
  await signInWithPassword(candidatePage, demo.candidate);
  await candidatePage.goto("/applications");
  await expect(candidatePage.locator("html")).toHaveAttribute("lang", "en");
  expect(await ownLang(candidatePage, "main h2 a[href^='/en/missions/']")).toBe("fr");
  await candidatePage.goto("/dashboard");
  expect(await ownLang(candidatePage, "#applications-title + ul h3")).toBe("fr");
  await candidate.close();

  const recruiter = await browser.newContext({ javaScriptEnabled: false });
  await useLanguage(recruiter, baseURL!, "en");
  const page = await recruiter.newPage();
  await signInWithPassword(page, demo.employer);
  await page.goto("/employer/pipeline?view=list");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const [row] = await e2eQuery<{ id: string; title: string }>(
    `SELECT a.id, m.title FROM "Application" a JOIN "Mission" m ON m.id = a."missionId" WHERE m.id = 'seed-mission-001' AND a."candidateId" IS NOT NULL ORDER BY a."createdAt" LIMIT 1`,
  );
  // the title alone: its cell also names its column, in the page's language, where the list stacks
  const cell = page.locator("main td span", { hasText: row.title }).first();
  await expect(cell).toHaveAttribute("lang", "fr");
  expect(await ownLang(page, `main select[name=mission] option[value="seed-mission-001"]`)).toBe("fr");

  await page.goto("/dashboard");
  expect(await ownLang(page, "#missions-title + ul h3")).toBe("fr");
  await page.goto(`/employer/applications/${row.id}`);
  await expect(page.locator("main span[lang=fr]", { hasText: row.title }).first()).toBeVisible();
  await recruiter.close();

  // the same pages in French: the titles carry no lang of their own
  const french = await browser.newContext({ javaScriptEnabled: false });
  await useLanguage(french, baseURL!, "fr");
  const frenchPage = await french.newPage();
  await signInWithPassword(frenchPage, demo.employer);
  await frenchPage.goto("/employer/pipeline?view=list");
  await expect(frenchPage.locator("main td span", { hasText: row.title }).first()).not.toHaveAttribute("lang", /.+/);
  await french.close();
});

test("the recruiter's mission preview and suggested people mark the French mission title on English pages, not on French ones", async ({
  page,
  context,
  baseURL,
}) => {
  const [mission] = await e2eQuery<{ title: string }>(`SELECT title FROM "Mission" WHERE id = 'seed-mission-001'`);
  await useLanguage(context, baseURL!, "en");
  await signInWithPassword(page, demo.employer);
  await page.goto("/employer/missions/seed-mission-001/preview");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.locator("h1")).toHaveText(mission.title);
  expect(await ownLang(page, "h1")).toBe("fr");
  expect(await ownLang(page, "#purpose-title + div")).toBe("fr");
  expect(await ownLang(page, "#purpose-title")).toBeNull();
  await page.goto("/employer/missions/seed-mission-001/suggested");
  await expect(page.locator("h1 span[lang=fr]")).toHaveText(mission.title);
  // the heading's own words stay English
  expect(await page.locator("h1").getAttribute("lang")).toBeNull();

  await useLanguage(context, baseURL!, "fr");
  await page.goto("/employer/missions/seed-mission-001/preview");
  expect(await ownLang(page, "h1")).toBeNull();
  await page.goto("/employer/missions/seed-mission-001/suggested");
  await expect(page.locator("h1")).toContainText(mission.title);
  await expect(page.locator("h1 [lang]")).toHaveCount(0);
});
