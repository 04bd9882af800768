// Consents and the privacy page (issue 12, items 1 and 2): three unticked choices at sign-up, kept and changed on the
// account page with their history, all without JavaScript; the privacy page in both languages, linked from every
// page's footer, with no axe violation.
import { expect, test, type Page } from "@playwright/test";
import { codeFrom, waitForEmail } from "../support/e2e-mail";
import { addressIn, demo, expectNoAxeViolations, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";

const boxes = {
  suggestions: "Les employeurs peuvent trouver mon profil",
  keepCv: "Garder mon CV après la fin d’une candidature",
  emailNews: "Alertes de recherche et nouvelles par courriel",
};

/** Signs a candidate up, ticking the given boxes; a first try without a name comes back with the boxes as ticked. */
async function signUpCandidate(page: Page, email: string, ticked: string[]) {
  await page.goto("/signup");
  for (const label of Object.values(boxes)) await expect(page.getByRole("checkbox", { name: label })).not.toBeChecked();
  await page.getByLabel("Une personne qui cherche une mission").check();
  await page.getByLabel("Adresse courriel").fill(email);
  for (const label of ticked) await page.getByRole("checkbox", { name: label }).check();
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await expect(page.getByRole("link", { name: "Entrez votre nom." })).toBeVisible();
  for (const label of Object.values(boxes)) {
    const box = page.getByRole("checkbox", { name: label });
    if (ticked.includes(label)) await expect(box).toBeChecked();
    else await expect(box).not.toBeChecked();
  }
  await page.getByLabel("Votre nom").fill("Réjean Dufour");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a candidate ticks two choices at sign-up, finds them on the account page with their history, and withdraws one", async ({
    page,
  }) => {
    await signUpCandidate(page, uniqueEmail("consents"), [boxes.suggestions, boxes.emailNews]);

    await page.goto("/account");
    const section = page.getByRole("region", { name: "Vos choix de vie privée" });
    await expect(section.getByText("Ce qui n’est pas un choix")).toBeVisible();
    await expect(section.getByRole("checkbox", { name: boxes.suggestions })).toBeChecked();
    await expect(section.getByRole("checkbox", { name: boxes.emailNews })).toBeChecked();
    await expect(section.getByRole("checkbox", { name: boxes.keepCv })).not.toBeChecked();
    const history = section.getByRole("listitem");
    await expect(history).toHaveCount(2);
    await expect(history.filter({ hasText: `accepté « ${boxes.suggestions} » (à l’inscription)` })).toHaveCount(1);

    await section.getByRole("checkbox", { name: boxes.suggestions }).uncheck();
    await section.getByRole("checkbox", { name: boxes.keepCv }).check();
    await section.getByRole("button", { name: "Enregistrer mes choix" }).click();
    await expect(page).toHaveURL(/\/account\?saved=consents#consents-title$/);
    await expect(page.getByRole("status")).toHaveText("Vos choix sont enregistrés. Ils s’appliquent dès maintenant.");
    await expect(section.getByRole("checkbox", { name: boxes.suggestions })).not.toBeChecked();
    await expect(section.getByRole("checkbox", { name: boxes.keepCv })).toBeChecked();
    await expect(history).toHaveCount(4);
    await expect(history.filter({ hasText: `retiré « ${boxes.suggestions} » (dans Mon compte)` })).toHaveCount(1);

    // every page's footer leads to the privacy page
    await page.getByRole("contentinfo").getByRole("link", { name: "Vie privée et vos renseignements" }).click();
    await expect(page).toHaveURL(/\/privacy$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vie privée : ce que nous gardons et pourquoi");
  });
});

for (const lang of ["fr", "en"] as const) {
  test(`the privacy page (${lang}) says who is in charge and where to complain, with no axe violation`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(addressIn("/missions", lang));
    await page
      .getByRole("contentinfo")
      .getByRole("link", { name: lang === "fr" ? "Vie privée et vos renseignements" : "Privacy and your information" })
      .click();
    await expect(page).toHaveURL(new RegExp(`${addressIn("/privacy", lang)}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      lang === "fr" ? "Vie privée : ce que nous gardons et pourquoi" : "Privacy: what we keep and why",
    );
    // demo mode's invented person in charge, from the configuration
    await expect(
      page.getByText("Camille Demo, Responsable de la protection des renseignements personnels (démonstration)"),
    ).toBeVisible();
    await expect(page.getByRole("link", { name: "vie-privee@chevronne.localhost" })).toHaveAttribute(
      "href",
      "mailto:vie-privee@chevronne.localhost",
    );
    await expect(page.getByRole("link", { name: /Commission d’accès à l’information du Québec/ })).toHaveAttribute(
      "href",
      "https://www.cai.gouv.qc.ca",
    );
    await expect(
      page.getByRole("link", { name: lang === "fr" ? "Télécharger mes données" : "Download my data" }),
    ).toHaveAttribute("href", "/account/data");
    await expect(
      page.getByRole("link", { name: lang === "fr" ? "Supprimer mon compte" : "Delete my account" }),
    ).toHaveAttribute("href", "/account/delete");
    await expect(
      page.getByText(
        lang === "fr"
          ? /supprimé 6 mois après la fin de sa candidature/
          : /deleted 6 months after its application ends/,
      ),
    ).toBeVisible();
    await expectNoAxeViolations(page);
    await context.close();
  });
}

test("the account page's privacy choices pass axe for a candidate and for an employer member", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUpCandidate(page, uniqueEmail("consents-axe"), [boxes.keepCv]);
  await page.goto("/account");
  await expect(page.getByRole("checkbox", { name: boxes.keepCv })).toBeChecked();
  await expectNoAxeViolations(page);
  await context.close();

  // an employer member has no profile to suggest and sends no CV: only news by email concerns them
  const employerContext = await browser.newContext();
  const employer = await employerContext.newPage();
  await signInWithPassword(employer, demo.recruiter);
  await employer.goto("/account");
  const section = employer.getByRole("region", { name: "Vos choix de vie privée" });
  await expect(section.getByRole("checkbox")).toHaveCount(1);
  await expect(section.getByRole("checkbox", { name: "Nouvelles de Chevronné par courriel" })).not.toBeChecked();
  await expectNoAxeViolations(employer);
  await employerContext.close();
});
