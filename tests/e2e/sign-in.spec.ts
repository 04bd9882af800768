import { expect, test } from "@playwright/test";
import { codeFrom, linkFrom, waitForEmail } from "../support/e2e-mail";
import { fromOurPages, uniqueEmail } from "../support/e2e-helpers";

test.describe("sign-up and sign-in by email", () => {
  test("a candidate signs up, follows the emailed link and lands signed in", async ({ page }) => {
    const email = uniqueEmail("candidate");
    await page.goto("/signup");
    await page.getByLabel("Une personne qui cherche une mission").check();
    await page.getByLabel("Votre nom").fill("Gaétan Bouchard");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(page.getByRole("heading", { name: "Vérifiez vos courriels" })).toBeVisible();

    const mail = await waitForEmail(email);
    expect(mail.subject).toMatch(/^Votre code de connexion Chevronné : \d{6}$/);
    expect(mail.html).toBeTruthy();
    expect(mail.text).toBeTruthy();
    const link = linkFrom(mail, "/signin/link?token=");

    // Opening the link (as a mail scanner would) changes nothing; only the button signs in.
    await page.request.get(link);
    await page.goto(link);
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Gaétan Bouchard");

    // The same link cannot be used again.
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Ce lien n’est plus valide" })).toBeVisible();
  });

  test("an employer signs up with the pasted code and owns the new organisation", async ({ page }) => {
    const email = uniqueEmail("employer");
    await page.goto("/signup?kind=employer");
    await page.getByLabel("Un employeur").check();
    await page.getByLabel("Votre nom").fill("Hélène Roy");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByLabel("Nom de votre organisation").fill("Quincaillerie Roy et fils");
    await page.getByRole("button", { name: "Créer mon compte" }).click();

    const code = codeFrom(await waitForEmail(email));
    // people paste codes with spaces
    await page.getByLabel("Code reçu par courriel").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    await expect(page.getByText("Quincaillerie Roy et fils · votre rôle : responsable")).toBeVisible();
  });

  test("mistakes are explained next to each field and in a summary, and nothing typed is lost", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Un employeur").check();
    await page.getByLabel("Adresse courriel").fill("pas-une-adresse");
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    const summary = page.locator("[aria-labelledby=error-summary-title]");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveText([
      "Entrez votre nom.",
      "Entrez une adresse courriel complète, par exemple nom@exemple.ca.",
      "Entrez le nom de votre organisation.",
    ]);
    await expect(page.getByLabel("Adresse courriel")).toHaveValue("pas-une-adresse");
    await expect(page.getByLabel("Adresse courriel")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Un employeur")).toBeChecked();
  });

  test("a wrong code says so, and asking for a sign-in link answers the same for unknown addresses", async ({
    page,
  }) => {
    const unknown = uniqueEmail("unknown");
    await page.goto("/signin");
    await page.getByLabel("Adresse courriel").first().fill(unknown);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await expect(page.getByRole("status")).toHaveText(
      `Si un compte peut être ouvert avec ${unknown}, un courriel vient d’y être envoyé.`,
    );
    const mail = await waitForEmail(unknown);
    expect(mail.subject).toBe("Aucun compte Chevronné à cette adresse");
    await page.getByLabel("Code reçu par courriel").fill("123456");
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page.locator("#code-error")).toContainText("Ce code ne correspond pas.");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("someone signs up and signs in with the emailed code, then signs out", async ({ page }) => {
    const email = uniqueEmail("nojs");
    await page.goto("/signup");
    await page.getByLabel("Une personne qui cherche une mission").check();
    await page.getByLabel("Votre nom").fill("Jacqueline Fortin");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByRole("button", { name: "Créer mon compte" }).click();
    await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bonjour Jacqueline Fortin");

    await page.getByRole("button", { name: "Me déconnecter" }).click();
    await expect(page.getByRole("link", { name: "Me connecter" })).toBeVisible();

    const since = Date.now();
    await page.goto("/signin?redirectTo=/account");
    await page.getByLabel("Adresse courriel").first().fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await page.goto(linkFrom(await waitForEmail(email, { since }), "/signin/link?token="));
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL(/\/account$/);
  });
});

test("after ten wrong passwords an address is paused: the form says until when and what to do instead, and keeps the address", async ({
  page,
  request,
  baseURL,
}) => {
  const email = uniqueEmail("guessing");
  for (let attempt = 0; attempt < 10; attempt++) {
    const answer = await request.post("/signin?index", {
      form: { intent: "password", email, password: `essai-${attempt}` },
      headers: fromOurPages(baseURL),
    });
    expect(answer.status()).toBe(200);
  }
  const paused = await request.post("/signin?index", {
    form: { intent: "password", email, password: "encore" },
    headers: fromOurPages(baseURL),
  });
  expect(paused.status()).toBe(429);
  expect(Number(paused.headers()["retry-after"])).toBeGreaterThan(60);
  await page.goto("/signin");
  const section = page.locator("section", { has: page.locator("#password-title") });
  await section.getByLabel(/courriel/i).fill(email);
  await section.getByLabel(/mot de passe/i).fill("encore-un-essai");
  await section.getByRole("button").click();
  await expect(section.locator('[aria-labelledby="limit-summary-title"]')).toBeFocused();
  await expect(
    section.getByText(
      /Trop d’essais de mot de passe pour cette adresse\. Réessayez à .+ \(dans 1[45] minutes\), ou recevez un lien/,
    ),
  ).toBeVisible();
  await expect(section.getByLabel(/courriel/i)).toHaveValue(email);
});
