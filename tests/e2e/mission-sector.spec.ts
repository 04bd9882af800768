// Issue 13, item 15, in the mission editor, JavaScript off, French and English: a new organisation (no sector yet)
// starts its first mission with "Choisissez un secteur" chosen, not "Commerce de détail"; saving without a sector is
// refused beside the field and in the summary; once chosen it is kept. An organisation with a sector starts from it.
import { expect, test } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, useLanguage } from "../support/e2e-helpers";
import { insertOrganisationWithOwner } from "../support/e2e-new-organisation";

test.use({ javaScriptEnabled: false });

const words = {
  fr: { choose: "Choisissez un secteur", error: "Choisissez un secteur.", culture: "Culture et patrimoine" },
  en: { choose: "Choose a sector", error: "Choose a sector.", culture: "Culture and heritage" },
};

/** An organisation just signed up (no sector, as sign-up leaves it) and its owner, who signs in with the demo password. */
const newOrganisation = () => insertOrganisationWithOwner({ name: "Atelier Roy", sector: "" }, "secteur");

for (const lang of ["fr", "en"] as const) {
  const w = words[lang];
  test(`a new organisation's first mission asks for its sector (${lang})`, async ({ page, context, baseURL }) => {
    test.setTimeout(90_000);
    const { ownerEmail, employerId } = await newOrganisation();
    await useLanguage(context, baseURL!, lang);
    await signInWithPassword(page, ownerEmail);
    await page.goto("/employer/missions/new");
    const sector = page.locator("select#sector");
    await expect(sector.locator("option:checked")).toHaveText(w.choose);
    await expect(sector.locator("option").first()).toHaveAttribute("value", "");

    await page.locator("input[name=title]").fill("Accueil à l’atelier");
    await page.locator("button[value=save]").click();
    await expect(page.locator("#sector-error")).toContainText(w.error);
    await expect(sector).toHaveAttribute("aria-invalid", "true");
    await expect(
      page
        .locator(`#error-summary-title ~ * a[href="#sector"], [aria-labelledby=error-summary-title] a[href="#sector"]`)
        .first(),
    ).toHaveText(w.error);
    // what was typed is kept, and no mission was written
    await expect(page.locator("input[name=title]")).toHaveValue("Accueil à l’atelier");
    expect(await e2eQuery(`SELECT id FROM "Mission" WHERE "employerId" = $1`, [employerId])).toEqual([]);
    await expectNoAxeViolations(page);

    // chosen, it stays chosen when other fields are still missing
    await sector.selectOption({ label: w.culture });
    await page.locator("button[value=save]").click();
    await expect(page.locator("#error-summary-title")).toBeVisible();
    await expect(sector.locator("option:checked")).toHaveText(w.culture);
    await expect(page.locator("#sector-error")).toHaveCount(0);
  });
}

test("an organisation with a sector starts its missions from it", async ({ page }) => {
  await signInWithPassword(page, demo.employer);
  await page.goto("/employer/missions/new");
  const [employer] = await e2eQuery<{ sector: string }>(
    `SELECT e.sector FROM "Employer" e JOIN "Mission" m ON m."employerId" = e.id WHERE m.id = 'seed-mission-001'`,
  );
  await expect(page.locator("select#sector")).toHaveValue(employer!.sector);
});
