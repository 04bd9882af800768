// Issue 13, item 15, in the browser with JavaScript off: a new organisation sees its three first steps, each a link
// to the page that does it; the sector is its own choice (refused when left empty, with the error beside the field
// and in the summary); each step is ticked once done and the list goes away when all are. Axe on each state, in
// French and in English.
import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { expectNoAxeViolations, uniqueEmail, useLanguage } from "../support/e2e-helpers";
import { codeFrom, waitForEmail } from "../support/e2e-mail";

const words = {
  fr: {
    employer: "Un employeur",
    name: "Votre nom",
    email: "Adresse courriel",
    org: "Nom de votre organisation",
    create: "Créer mon compte",
    code: "Code reçu par courriel",
    signIn: "Me connecter",
    title: "Vos premiers pas",
    profile: "Présenter votre organisation : sa raison d’être et ses valeurs",
    mission: "Publier votre première mission",
    team: "Inviter une personne de votre équipe",
    none: "0 étape faite sur 3",
    one: "1 étape faite sur 3",
    sector: "Secteur",
    choose: "Choisissez un secteur",
    purpose: "Votre raison d’être",
    values: "Nos valeurs",
    town: "Ville",
    save: "Enregistrer le profil",
    sectorError: "Choisissez un secteur.",
  },
  en: {
    employer: "An employer",
    name: "Your name",
    email: "Email address",
    org: "Your organisation's name",
    create: "Create my account",
    code: "Code from the email",
    signIn: "Sign in",
    title: "Your first steps",
    profile: "Present your organisation: its purpose and its values",
    mission: "Publish your first mission",
    team: "Invite someone from your team",
    none: "0 of 3 steps done",
    one: "1 of 3 steps done",
    sector: "Sector",
    choose: "Choose a sector",
    purpose: "Why you exist",
    values: "Our values",
    town: "Town",
    save: "Save the profile",
    sectorError: "Choose a sector.",
  },
};

async function signUpEmployer(page: Page, email: string, w: (typeof words)["fr"]) {
  await page.goto("/signup");
  await page.getByLabel(w.employer).check();
  await page.getByLabel(w.name).fill("Sylvie Dumont");
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.org).fill("Quincaillerie Dumont");
  await page.getByRole("button", { name: w.create }).click();
  await page.getByLabel(w.code).fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: w.signIn }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

for (const lang of ["fr", "en"] as const) {
  test(`a new organisation's first steps and its sector (${lang}, JavaScript off)`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const w = words[lang];
    // a context of its own without JavaScript (test.use would also turn it off in the one axe runs in)
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await useLanguage(context, baseURL!, lang);
    const email = uniqueEmail(`premiers-pas-${lang}`);
    await signUpEmployer(page, email, w);

    const steps = page.getByRole("region", { name: w.title });
    await expect(steps).toBeVisible();
    await expect(steps.getByText(w.none)).toBeVisible();
    await expect(steps.getByRole("link", { name: w.profile })).toHaveAttribute("href", "/employer/profile");
    await expect(steps.getByRole("link", { name: w.mission })).toHaveAttribute("href", "/employer/missions/new");
    await expect(steps.getByRole("link", { name: w.team })).toHaveAttribute("href", "/employer/team");
    await expectNoAxeViolations(page);

    // The sector is not chosen for the organisation: the list starts empty and saving without one is refused.
    // by keyboard: Tab reaches the first step's link, Enter follows it
    const profileLink = steps.getByRole("link", { name: w.profile });
    for (
      let presses = 0;
      presses < 40 && !(await profileLink.evaluate((link) => link === document.activeElement));
      presses += 1
    )
      await page.keyboard.press("Tab");
    await expect(profileLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/employer\/profile$/);
    const sector = page.getByLabel(w.sector);
    await expect(sector).toHaveValue("");
    await expect(sector.locator("option").first()).toHaveText(w.choose);
    await page.getByLabel(w.purpose).fill("Aider chaque bricoleur à réussir son projet, du premier coup.");
    await page.getByLabel(w.values).fill("Patience, franchise, entraide.");
    await page.getByLabel(w.town).fill("Québec");
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.locator("#sector-error")).toContainText(w.sectorError);
    await expect(page.locator("#error-summary-title ~ ul").getByRole("link", { name: w.sectorError })).toHaveAttribute(
      "href",
      "#sector",
    );
    await expect(sector).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
    const [row] = await e2eQuery<{ sector: string; purpose: string }>(
      `SELECT e.sector, e.purpose FROM "Employer" e JOIN "Membership" m ON m."employerId" = e.id JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [email],
    );
    expect(row).toEqual({ sector: "", purpose: "" });
    await sector.selectOption("retail");
    await page.getByRole("button", { name: w.save }).click();
    await expect(page.getByRole("status")).toBeVisible();

    // The profile step is ticked; the others wait.
    await page.goto("/dashboard");
    await expect(steps.getByText(w.one)).toBeVisible();
    await expectNoAxeViolations(page);

    // With a mission past its draft and a pending invitation, every step is done and the list goes away.
    await e2eQuery(
      `WITH e AS (SELECT m."employerId" AS id, u.id AS "userId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1)
       INSERT INTO "Invitation" (id, "employerId", email, "tokenHash", "invitedById", "expiresAt") SELECT 'inv-' || md5($1), e.id, 'collegue@exemple.ca', md5($1), e."userId", now() + interval '7 days' FROM e`,
      [email],
    );
    await e2eQuery(
      `INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax", town, status, "updatedAt")
       SELECT 'fs-' || md5($1), m."employerId", 'Conseils en quincaillerie', 'Conseiller.', 'Conseiller.', 'retail', 1, 4, 8, 'Québec', 'awaiting-verification', now()
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`,
      [email],
    );
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: w.title })).toHaveCount(0);
    await expectNoAxeViolations(page);
    await context.close();
  });
}
