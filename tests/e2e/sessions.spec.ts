import { expect, test } from "@playwright/test";
import { codeFrom, waitForEmail } from "../support/e2e-mail";
import { uniqueEmail } from "../support/e2e-helpers";

test("signing out everywhere ends the session on every other device at once", async ({ browser }) => {
  const email = uniqueEmail("everywhere");
  const laptop = await browser.newPage();
  await laptop.goto("/signup");
  await laptop.getByLabel("Une personne qui cherche une mission").check();
  await laptop.getByLabel("Votre nom").fill("Pierrette Caron");
  await laptop.getByLabel("Adresse courriel").fill(email);
  await laptop.getByRole("button", { name: "Créer mon compte" }).click();
  await laptop.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await laptop.getByRole("button", { name: "Me connecter" }).click();
  await expect(laptop).toHaveURL(/\/dashboard$/);

  const tablet = await browser.newPage();
  const since = Date.now();
  await tablet.goto("/signin");
  await tablet.getByLabel("Adresse courriel").first().fill(email);
  await tablet.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await tablet.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email, { since })));
  await tablet.getByRole("button", { name: "Me connecter" }).click();
  await expect(tablet).toHaveURL(/\/dashboard$/);

  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Me déconnecter de tous les appareils" }).click();
  await expect(laptop).toHaveURL(/\/signin$/);

  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
});
