// Steps of the candidate's journey, shared by the browser tests.
import { expect, type Page } from "@playwright/test";
import { codeFrom, waitForEmail } from "./e2e-mail";

/** Signs up a new candidate through the real form and the emailed code; lands on their space. */
export async function signUpCandidate(page: Page, email: string, name: string) {
  await page.goto("/signup");
  await page.getByLabel("Une personne qui cherche une mission").check();
  await page.getByLabel("Votre nom").fill(name);
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

/** Fills the six steps of the guided profile as a retired bookseller from Montréal, free on Saturdays. */
export async function completeProfile(page: Page) {
  const next = () => page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await page.goto("/profile");
  await expect(page.getByText("0 étape remplie sur 6")).toBeVisible();
  await page.getByRole("link", { name: "Commencer mon profil" }).click();

  await page.getByLabel("En une phrase, qui êtes-vous?").fill("Ancienne libraire, j’aime conseiller les lecteurs");
  await page
    .getByLabel("Votre parcours en quelques lignes")
    .fill("Trente ans en librairie de quartier, à conseiller petits et grands lecteurs.");
  await page.getByLabel("Domaine 1").fill("Librairie");
  await page.locator("#pastBand-0").selectOption("15-plus");
  await page.getByLabel("Vos savoir-faire").fill("conseil à la clientèle, caisse, littérature");
  await next();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos langues");
  await page.getByLabel("Français").selectOption("native");
  await page.getByLabel("Anglais").selectOption("working");
  await next();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos disponibilités");
  await page.getByLabel("Samedi, Matin").check();
  await page.getByLabel("Samedi, Après-midi").check();
  await page.getByLabel("Au plus, combien d’heures par semaine?").fill("12");
  await page.getByLabel("Janvier").check();
  await next();

  await page.getByLabel("Votre ville").fill("Montreal");
  await page.getByLabel("Jusqu’à combien de kilomètres êtes-vous prêt à vous déplacer?").fill("20");
  await page.getByLabel("En transport en commun").check();
  await next();

  await page.getByLabel("L’un ou l’autre").check();
  await page.getByLabel("Culture et patrimoine").check();
  await page.getByLabel("Transmettre mon savoir-faire").check();
  await next();

  await page.getByLabel("Par courriel").check();
  await page.getByLabel("Oui, rendre mon profil visible").check();
  await page.getByRole("button", { name: "Enregistrer et revenir plus tard" }).click();
  await expect(page.getByText("6 étapes remplies sur 6")).toBeVisible();
}

/** A tiny but real PDF (the type is read from its first bytes). */
export function pdfBytes(extra = 0): Buffer {
  const body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
  return Buffer.concat([Buffer.from(body), Buffer.alloc(extra, 0x20)]);
}
