// Towns as a candidate types them, without JavaScript: "Sainte-Foy" is the former town in Québec (asked about,
// since a Sainte-Foy exists in France), saved with its province; the search understands it and shows distances on
// the cards; a misspelt "Qubec" is named as unknown, in the default order too, with "Québec (QC)" offered.
import { expect, test } from "@playwright/test";
import { signUpCandidate } from "../support/e2e-candidate";
import { expectNoAxeViolations, uniqueEmail } from "../support/e2e-helpers";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("Sainte-Foy is asked about, saved in Québec and searched from; Qubec is unknown and Québec is offered", async ({
    page,
  }) => {
    await signUpCandidate(page, uniqueEmail("villes"), "Louise Tremblay");

    await page.goto("/profile/place");
    await page.getByLabel("Votre ville").fill("Sainte-Foy");
    await page.getByLabel("Jusqu’à combien de kilomètres êtes-vous prêt à vous déplacer?").fill("25");
    await page.getByRole("button", { name: "Enregistrer et revenir plus tard" }).click();
    const choice = page.getByRole("group", {
      name: "Quelle ville voulez-vous dire ?",
    });
    await expect(choice).toBeVisible();
    await expect(
      page.getByRole("link", {
        name: "Plusieurs lieux portent ce nom : choisissez le vôtre, puis enregistrez.",
      }),
    ).toBeVisible();
    await expect(choice.getByRole("radio", { name: /Sainte-Foy, Québec \(QC\)/ })).toBeChecked();
    await expect(choice.getByText("Ancienne ville, aujourd’hui Québec")).toBeVisible();
    await expect(choice.getByRole("radio", { name: "Sainte-Foy (France)" })).not.toBeChecked();
    await page.getByRole("button", { name: "Enregistrer et revenir plus tard" }).click();
    await expect(page).toHaveURL(/\/profile\?saved=1$/);
    await page.goto("/profile/place");
    await expect(page.getByLabel("Votre ville")).toHaveValue("Sainte-Foy, Québec (QC)");

    // the search, in the default order (best fit for a signed-in candidate): a misspelt town is said to be unknown
    await page.goto("/missions");
    await page.getByLabel("Ville", { exact: true }).fill("Qubec");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(
      page.getByText("Nous ne connaissons pas la ville « Qubec » : la recherche ne tient pas compte du lieu."),
    ).toBeVisible();
    await page.getByRole("link", { name: "Québec (QC)", exact: true }).click();
    await expect(page.getByLabel("Ville", { exact: true })).toHaveValue("Québec (QC)");
    await expect(page.getByText("Les distances sont mesurées depuis Québec (QC).")).toBeVisible();
    await expect(page.locator("li.card").first()).toContainText(/à \d+ km/);

    // "ste foy" in the newest-first order: understood as the former town, France offered, distances on the cards
    await page.getByLabel("Ville", { exact: true }).fill("ste foy");
    await page.getByLabel("Ordre").selectOption("newest");
    await page.getByRole("button", { name: "Rechercher", exact: true }).click();
    await expect(
      page.getByText("Nous avons compris : Sainte-Foy, ancienne ville, aujourd’hui Québec (QC)."),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "Sainte-Foy (France)" })).toBeVisible();
    await expect(page.locator("li.card").first()).toContainText(/à \d+ km/);

    // no town typed: distances from home, in every order
    for (const sort of ["fit", "newest", "nearest"]) {
      await page.goto(`/missions?sort=${sort}`);
      await expect(
        page.getByText("Les distances sont mesurées depuis chez vous : Sainte-Foy, Québec (QC)."),
      ).toBeVisible();
      await expect(page.locator("li.card").first(), sort).toContainText(/à \d+ km/);
    }
  });
});

// axe runs in the page, so it needs JavaScript: the same two states, checked with it on
test("the place step's choice and the unknown town's notice pass axe", async ({ page }) => {
  await signUpCandidate(page, uniqueEmail("villes-axe"), "Louise Tremblay");
  await page.goto("/profile/place");
  await page.getByLabel("Votre ville").fill("Sainte-Foy");
  await page.getByRole("button", { name: "Enregistrer et revenir plus tard" }).click();
  await expect(page.getByRole("group", { name: "Quelle ville voulez-vous dire ?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/missions?town=Qubec&sort=newest");
  await expect(
    page.getByText("Nous ne connaissons pas la ville « Qubec » : la recherche ne tient pas compte du lieu."),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/missions?town=Sainte-Foy&sort=newest");
  await expect(page.getByRole("link", { name: "Sainte-Foy (France)" })).toBeVisible();
  await expectNoAxeViolations(page);
});
