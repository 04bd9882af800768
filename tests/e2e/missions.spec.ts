import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "../support/e2e-helpers";

test("an open mission carries a JobPosting with Google's required fields; a closed one says so and carries none", async ({
  page,
}) => {
  await page.goto("/missions/seed-mission-001");
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const posting = JSON.parse(json ?? "{}");
  expect(posting["@type"]).toBe("JobPosting");
  for (const field of [
    "title",
    "description",
    "datePosted",
    "validThrough",
    "employmentType",
    "hiringOrganization",
    "jobLocation",
    "baseSalary",
  ]) {
    expect(posting[field], field).toBeTruthy();
  }
  expect(posting.hiringOrganization.name).toBe("Librairie La Page cornée");
  expect(posting.jobLocation.address.addressLocality).toBe("Montréal");
  expect(posting.baseSalary.value.unitText).toBe("HOUR");

  await page.goto("/missions/seed-mission-007");
  await expect(page.getByText("Cette mission est fermée")).toBeVisible();
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Postuler à cette mission" })).toHaveCount(0);
});

test("the home page's first button leads to the missions; signing up stays a link beside it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("main").getByRole("link", { name: "Je cherche une mission" }).click();
  await expect(page).toHaveURL(/\/missions$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Trouver une mission");
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Créer mon compte de candidat" })).toHaveAttribute(
    "href",
    "/signup?kind=candidate",
  );
});

test("a draft is not public", async ({ page }) => {
  const response = await page.goto("/missions/seed-mission-008");
  expect(response?.status()).toBe(404);
});

test("every filter lives in the URL, the back button restores the search, and an empty result suggests what to widen", async ({
  page,
}) => {
  await page.goto("/missions?q=librairie&town=Sherbrooke&radius=5");
  await expect(page.getByRole("heading", { name: "0 mission trouvée" })).toBeVisible();
  const widen = page
    .getByRole("link", { name: /Sans les mots-clés : \d+ missions|En doublant la distance : \d+ missions/ })
    .first();
  await expect(widen).toBeVisible();
  await widen.click();
  await expect(page.getByRole("heading", { name: /missions? trouvées?/ })).not.toHaveText(/^0 /);
  await page.goBack();
  await expect(page).toHaveURL(/q=librairie&town=Sherbrooke&radius=5/);
  await expect(page.getByLabel("Mots-clés")).toHaveValue("librairie");
});

test("results are paged with a count", async ({ page }) => {
  await page.goto("/missions?sort=newest");
  await expect(page.getByRole("heading", { name: /\d+ missions trouvées/ })).toBeVisible();
  await expect(page.locator("main li.card")).toHaveCount(20);
  await page.getByRole("link", { name: "Page suivante" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText(/Page 2 sur \d+/)).toBeVisible();
});

test("a candidate keeps a mission and saves a search as an email alert", async ({ page }) => {
  await signInWithPassword(page, demo.candidate);
  await page.goto("/missions/seed-mission-003");
  await page.getByRole("button", { name: "Garder cette mission" }).click();
  // wait for the saved state before leaving, or the navigation would cancel the form's request
  await expect(page.getByRole("button", { name: "Retirer de mes missions gardées" })).toBeVisible();
  await page.goto("/saved");
  await expect(page.getByRole("link", { name: "Commandes spéciales et suivi au téléphone" })).toBeVisible();

  await page.goto("/missions?q=musée&sort=newest");
  await page.getByLabel("Recevoir les nouvelles missions").selectOption("daily");
  await page.getByRole("button", { name: "Recevoir les nouvelles missions par courriel" }).click();
  await expect(page).toHaveURL(/\/alerts\?created=1$/);
  await expect(page.getByText("« musée »").first()).toBeVisible();
});

test("the employer's own words keep their language on an English page, for screen readers", async ({ page }) => {
  await page.goto("/en/missions/seed-mission-001");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "fr");
  await expect(page.getByText("Une librairie de quartier existe")).toBeVisible();
  await expect(page.locator('[lang="fr"]', { hasText: "Une librairie de quartier existe" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you will do" })).not.toHaveAttribute("lang", "fr");
});
