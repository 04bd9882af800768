// Decision 0023's leftover, in the mission editor and the organisation form with JavaScript off, French and English:
// "Sainte-Foy" is not guessed but asked about (Québec's ticked, the message in the summary), saved once chosen.
import { expect, test } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, useLanguage } from "../support/e2e-helpers";
import { insertOrganisationWithOwner } from "../support/e2e-new-organisation";

test.use({ javaScriptEnabled: false });

const words = {
  fr: {
    legend: "Quelle ville voulez-vous dire ?",
    message: "Plusieurs lieux portent ce nom : choisissez le vôtre, puis enregistrez.",
  },
  en: { legend: "Which town do you mean?", message: "Several places have this name: choose yours, then save." },
};

for (const lang of ["fr", "en"] as const) {
  const w = words[lang];
  test(`the mission editor asks which Sainte-Foy (${lang})`, async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const title = `Accueil à Sainte-Foy ${lang} ${Date.now()}`;
    await useLanguage(context, baseURL!, lang);
    await signInWithPassword(page, demo.employer);
    await page.goto("/employer/missions/new");
    await page.locator("input[name=title]").fill(title);
    await page.locator("textarea[name=summary]").fill("Les lecteurs sont accueillis.");
    await page.locator("textarea[name=description]").fill("Accueillir les lecteurs de la bibliothèque.");
    await page.locator("input[name=slot]").first().check();
    await page.locator("input[name=town]").fill("Sainte-Foy");
    await page.locator("button[value=save]").click();

    const choice = page.getByRole("group", { name: w.legend });
    await expect(choice).toBeVisible();
    await expect(choice.getByRole("radio", { name: /Sainte-Foy, Québec \(QC\)/ })).toBeChecked();
    await expect(choice.getByRole("radio", { name: /Sainte-Foy \(France\)/ })).not.toBeChecked();
    await expect(page.locator("[aria-labelledby=error-summary-title]")).toContainText(w.message);
    expect(await e2eQuery(`SELECT id FROM "Mission" WHERE title = $1`, [title])).toEqual([]);
    await expectNoAxeViolations(page);

    // Québec's, already ticked: one more click
    await page.locator("button[value=save]").click();
    await expect(page).toHaveURL(/\/edit\?saved=1$/);
    const [row] = await e2eQuery<{ town: string; longitude: number }>(
      `SELECT town, longitude FROM "Mission" WHERE title = $1`,
      [title],
    );
    expect(row).toMatchObject({ town: "Sainte-Foy" });
    expect(row!.longitude).toBeLessThan(-70);
  });
}

/** An organisation with a written profile, in Lévis, and its owner. */
const ownOrganisation = () =>
  insertOrganisationWithOwner(
    {
      name: "Bibliothèque des Saules",
      purpose: "Faire lire tout le monde, à tout âge, dans le quartier.",
      values: "Patience.",
      town: "Lévis",
    },
    "villes-organisation",
  );

for (const lang of ["fr", "en"] as const) {
  const w = words[lang];
  test(`the organisation form asks which Sainte-Foy (${lang})`, async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const { ownerEmail, employerId } = await ownOrganisation();
    await useLanguage(context, baseURL!, lang);
    await signInWithPassword(page, ownerEmail);
    await page.goto("/employer/profile");
    await page.locator("input[name=town]").fill("Sainte-Foy");
    await page.locator("button[value=save]").click();

    const choice = page.getByRole("group", { name: w.legend });
    await expect(choice.getByRole("radio", { name: /Sainte-Foy, Québec \(QC\)/ })).toBeChecked();
    await expect(page.locator("[aria-labelledby=error-summary-title]")).toContainText(w.message);
    expect((await e2eQuery<{ town: string }>(`SELECT town FROM "Employer" WHERE id = $1`, [employerId]))[0]!.town).toBe(
      "Lévis",
    );
    await expectNoAxeViolations(page);

    // Québec's, already ticked: one more click
    await page.locator("button[value=save]").click();
    await expect(page).toHaveURL(/\/employer\/profile\?saved=1$/);
    const [row] = await e2eQuery<{ town: string; longitude: number }>(
      `SELECT town, longitude FROM "Employer" WHERE id = $1`,
      [employerId],
    );
    expect(row).toMatchObject({ town: "Sainte-Foy" });
    expect(row!.longitude).toBeLessThan(-70);
  });
}
