// Issue 13, item 11, in the browser with JavaScript off, in French and English: an owner lands on the dashboard and
// reads what arrived since their last visit (a link to each application), then nothing new on the next visit; on the
// account page they choose, by keyboard, an email for each application, and the choice is kept. Axe on each state.
import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail, useLanguage } from "../support/e2e-helpers";

const words = {
  fr: {
    newCount: "Nouveau depuis votre dernière visite : 2 candidatures",
    nothing: "Rien de nouveau depuis votre dernière visite.",
    item: (name: string) => `${name}, pour « Accueil à la bibliothèque »`,
    section: "Nouvelles candidatures",
    daily: "Un résumé chaque matin",
    each: "Un courriel à chaque candidature",
    saved: "Votre choix pour les nouvelles candidatures est enregistré.",
  },
  en: {
    newCount: "New since your last visit: 2 applications",
    nothing: "Nothing new since your last visit.",
    item: (name: string) => `${name}, for “Accueil à la bibliothèque”`,
    section: "New applications",
    daily: "A summary every morning",
    each: "An email for each application",
    saved: "Your choice for new applications is saved.",
  },
};

/** An organisation of our own (the demo one is shared with other specs) with its owner, who signs in with the demo password. */
async function insertOrganisation(ownerEmail: string, locale: "fr" | "en") {
  const [employerId, missionId, userId] = [randomUUID(), randomUUID(), randomUUID()];
  await e2eQuery(
    `INSERT INTO "Employer" (id, slug, name, sector, purpose, town, "verificationStatus", "updatedAt")
     VALUES ($1, $2, 'Bibliothèque des Saules', 'culture', 'Faire lire tout le monde.', 'Québec', 'verified', now())`,
    [employerId, `saules-${employerId.slice(0, 8)}`],
  );
  await e2eQuery(
    `INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax", town, status, "publishedAt", "updatedAt")
     VALUES ($1, $2, 'Accueil à la bibliothèque', 'Les lecteurs sont accueillis.', 'Accueillir les lecteurs.', 'culture', 7, 4, 8, 'Québec', 'published', now(), now())`,
    [missionId, employerId],
  );
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, kind, locale, "passwordHash", "updatedAt")
     SELECT $1, $2, 'Hélène Gagnon', 'employer', $3, "passwordHash", now() FROM "User" WHERE email = $4`,
    [userId, ownerEmail, locale, demo.employer],
  );
  // joined yesterday: the applications below arrived since
  await e2eQuery(
    `INSERT INTO "Membership" (id, "employerId", "userId", role, "createdAt") VALUES ($1, $2, $3, 'owner', now() - interval '1 day')`,
    [randomUUID(), employerId, userId],
  );
  return { missionId };
}

async function insertApplication(missionId: string, name: string) {
  const [userId, profileId, applicationId] = [randomUUID(), randomUUID(), randomUUID()];
  await e2eQuery(
    `WITH person AS (
       INSERT INTO "User" (id, email, name, kind, "updatedAt") VALUES ($1, $2, $3, 'candidate', now()) RETURNING id),
     profile AS (
       INSERT INTO "CandidateProfile" (id, "userId", "updatedAt") SELECT $4, id, now() FROM person RETURNING id)
     INSERT INTO "Application" (id, "missionId", "candidateId", stage, "updatedAt") SELECT $5, $6, id, 'new', now() FROM profile`,
    [userId, uniqueEmail("candidat"), name, profileId, applicationId, missionId],
  );
  await e2eQuery(
    `INSERT INTO "ApplicationEvent" (id, "applicationId", "actorId", kind) VALUES ($1, $2, $3, 'applied')`,
    [randomUUID(), applicationId, userId],
  );
  return applicationId;
}

for (const lang of ["fr", "en"] as const) {
  const w = words[lang];

  test(`the dashboard says what is new since the last visit, and the account page keeps the choice (${lang})`, async ({
    browser,
    baseURL,
  }) => {
    // four axe checks with JavaScript off (each in a page of its own) on a shared, loaded machine
    test.setTimeout(180_000);
    const ownerEmail = uniqueEmail(`proprio-${lang}`);
    const { missionId } = await insertOrganisation(ownerEmail, lang);
    const first = await insertApplication(missionId, "Lise Tremblay");
    await insertApplication(missionId, "Gilles Fortin");

    const context = await browser.newContext({ javaScriptEnabled: false });
    await useLanguage(context, baseURL!, lang);
    const page = await context.newPage();
    // signing in lands on the dashboard: the first visit since the member joined
    await signInWithPassword(page, ownerEmail);
    const news = page.locator("section", { has: page.locator("#new-since-title") });
    await expect(news).toContainText(w.newCount);
    const link = news.getByRole("link", { name: w.item("Lise Tremblay") });
    await expect(link).toHaveAttribute("href", `/employer/applications/${first}`);
    await expect(news.getByRole("link", { name: w.item("Gilles Fortin") })).toBeVisible();
    await expectNoAxeViolations(page);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/employer/applications/${first}$`));
    await expect(page.locator("h1")).toContainText("Lise Tremblay");

    // the next visit counts from the last one
    await page.goto("/dashboard");
    await expect(page.locator("section", { has: page.locator("#new-since-title") })).toContainText(w.nothing);

    // the choice, made with the keyboard only: the owner's default is the morning summary
    await page.goto("/account");
    const section = page.locator("section", { has: page.locator("#notices-title") });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText(w.section);
    await expect(section.getByRole("radio", { name: w.daily })).toBeChecked();
    await expectNoAxeViolations(page);
    await section.getByRole("radio", { name: w.daily }).focus();
    await page.keyboard.press("ArrowUp");
    await expect(section.getByRole("radio", { name: w.each })).toBeChecked();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/saved=application-notice/);
    await expect(page.getByRole("status")).toHaveText(w.saved);
    await expect(
      page.locator("section", { has: page.locator("#notices-title") }).getByRole("radio", { name: w.each }),
    ).toBeChecked();
    await expectNoAxeViolations(page);
    const [row] = await e2eQuery<{ applicationNotice: string }>(
      `SELECT m."applicationNotice" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [ownerEmail],
    );
    expect(row.applicationNotice).toBe("each");
    await context.close();
  });
}
