import { expect, test, type Browser } from "@playwright/test";
import { codeFrom, waitForEmail } from "../support/e2e-mail";
import { uniqueEmail } from "../support/e2e-helpers";

/** Someone new, signed in with emailed codes on two devices: their laptop and their tablet. */
async function signedInOnTwoDevices(browser: Browser, prefix: string) {
  const email = uniqueEmail(prefix);
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
  return { laptop, tablet };
}

test("signing out everywhere ends the session on every other device at once", async ({ browser }) => {
  const { laptop, tablet } = await signedInOnTwoDevices(browser, "everywhere");
  await laptop.goto("/account");
  await laptop.getByRole("button", { name: "Me déconnecter de tous les appareils" }).click();
  await expect(laptop).toHaveURL(/\/signin$/);

  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
});

test("a new password signs every other device out, and keeps this one signed in", async ({ browser }) => {
  const { laptop, tablet } = await signedInOnTwoDevices(browser, "new-password");
  await laptop.goto("/account");
  await laptop.getByLabel("Nouveau mot de passe").fill("une phrase facile à retenir");
  await laptop.getByLabel("Confirmez le mot de passe").fill("une phrase facile à retenir");
  await laptop.getByRole("button", { name: "Enregistrer le mot de passe" }).click();
  await expect(laptop.getByText("Votre mot de passe est enregistré. Vos autres appareils sont déconnectés.")).toBeVisible();
  await expect(laptop).toHaveURL(/\/account\?saved=password$/);

  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
});
