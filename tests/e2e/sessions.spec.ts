import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { codeFrom, waitForEmail } from "../support/e2e-mail";
import { expectNoAxeViolations, fromOurPages, uniqueEmail } from "../support/e2e-helpers";

/** Someone new, signed in with emailed codes on two devices: their laptop and their tablet. */
async function signedInOnTwoDevices(browser: Browser, prefix: string) {
  const email = uniqueEmail(prefix);
  // axe can only inspect pages of a context made by browser.newContext()
  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto("/signup");
  await laptop.getByLabel("Une personne qui cherche une mission").check();
  await laptop.getByLabel("Votre nom").fill("Pierrette Caron");
  await laptop.getByLabel("Adresse courriel").fill(email);
  await laptop.getByRole("button", { name: "Créer mon compte" }).click();
  await laptop.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await laptop.getByRole("button", { name: "Me connecter" }).click();
  await expect(laptop).toHaveURL(/\/dashboard$/);

  const tablet = await (await browser.newContext()).newPage();
  const since = Date.now();
  await tablet.goto("/signin");
  await tablet.getByLabel("Adresse courriel").first().fill(email);
  await tablet.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await tablet.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email, { since })));
  await tablet.getByRole("button", { name: "Me connecter" }).click();
  await expect(tablet).toHaveURL(/\/dashboard$/);
  return { laptop, tablet, email };
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
  await expect(
    laptop.getByText("Votre mot de passe est enregistré. Vos autres appareils sont déconnectés."),
  ).toBeVisible();
  await expect(laptop).toHaveURL(/\/account\?saved=password$/);

  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
});

test("the account page names each signed-in device, and signs another one out", async ({ browser }) => {
  const { laptop, tablet } = await signedInOnTwoDevices(browser, "devices");
  await laptop.goto("/account");
  const list = laptop.locator("section", { has: laptop.locator("#sessions-title") });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("Cet appareil", { exact: true })).toHaveCount(1);
  await expect(list.getByText(/Chrome sur Linux \(ordinateur\)/).first()).toBeVisible();
  await expectNoAxeViolations(laptop);
  await list.getByRole("button", { name: /^Déconnecter Chrome sur Linux/ }).click();
  await expect(laptop.getByText("Cet appareil est déconnecté.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin\?redirectTo=%2Faccount$/);
});

/** A new employer, signed in with an emailed code. */
async function signedInEmployer(page: Page, prefix: string): Promise<string> {
  const email = uniqueEmail(prefix);
  await page.goto("/signup");
  await page.getByLabel("Un employeur").check();
  await page.getByLabel("Votre nom").fill("Sylvie Dumont");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Nom de votre organisation").fill("Quincaillerie du Coin");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  return email;
}

/** Sets when the person's sessions end, as if they had been idle (times as stored: UTC without a zone). */
async function sessionsEndIn(email: string, milliseconds: number) {
  const stored = (date: Date) => date.toISOString().replace("T", " ").replace("Z", "");
  await e2eQuery(
    `UPDATE "Session" SET "expiresAt" = $2, "lastSeenAt" = $3 WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email, stored(new Date(Date.now() + milliseconds)), stored(new Date())],
  );
}

/** When the person's session ends, in milliseconds since 1970 (stored times are UTC). */
async function sessionEnd(email: string): Promise<number> {
  const [row] = await e2eQuery<{ ends: string }>(
    `SELECT (EXTRACT(EPOCH FROM "expiresAt") * 1000)::bigint AS ends FROM "Session" WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  return Number(row.ends);
}

test("an employer member is told the idle limit, warned before it ends, and stays signed in without leaving the page", async ({
  page,
}) => {
  const email = await signedInEmployer(page, "idle-warning");
  await page.goto("/employer/pipeline");
  await expect(page.getByText("Par sécurité, vous serez déconnecté après 2 heures sans activité.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Rester connecté" })).toBeHidden();

  // 2 minutes 30 seconds left: the banner appears at once, in a polite live region
  await sessionsEndIn(email, 150_000);
  await page.goto("/employer/missions");
  const banner = page.locator("[aria-live=polite]").filter({ hasText: "Vous serez bientôt déconnecté" });
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/vous serez déconnecté à \d{1,2} h \d{2}/);
  await expectNoAxeViolations(page);
  await banner.getByRole("button", { name: "Rester connecté" }).click();
  await expect(page.getByText("Vous serez bientôt déconnecté")).toBeHidden();
  await expect(page).toHaveURL(/\/employer\/missions$/);
  expect(await sessionEnd(email)).toBeGreaterThan(Date.now() + 115 * 60_000);
});

test("without JavaScript, 'stay signed in' is a plain form that comes back to the same page", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const email = await signedInEmployer(page, "idle-nojs");
  await page.goto("/employer/pipeline");
  await expect(page.getByText("Par sécurité, vous serez déconnecté après 2 heures sans activité.")).toBeVisible();
  // the banner waits, hidden, until 116 minutes after the page was served
  await expect(page.getByRole("button", { name: "Rester connecté" })).toBeHidden();
  await sessionsEndIn(email, 150_000);
  const answer = await page.request.post("/session/keep", {
    form: { returnTo: "/employer/pipeline?stage=new" },
    headers: fromOurPages(page.url()),
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(302);
  expect(answer.headers().location).toBe("/employer/pipeline?stage=new");
  expect(await sessionEnd(email)).toBeGreaterThan(Date.now() + 115 * 60_000);
  await context.close();
});

for (const javaScriptEnabled of [true, false]) {
  test(`a note written when the session had ended is given back after signing in again (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const email = await signedInEmployer(page, javaScriptEnabled ? "draft-js" : "draft-nojs");
    await page.goto("/employer/missions/new");
    await page.getByLabel("Titre de la mission").fill("Accueil au comptoir, le jeudi");
    await page
      .getByLabel("Votre mission : ce que la personne fera")
      .fill("Accueillir la clientèle et la conseiller avec patience.");
    await sessionsEndIn(email, -60_000);
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await expect(page).toHaveURL(/\/signin\?redirectTo=%2Femployer%2Fmissions%2Fnew$/);

    const since = Date.now();
    await page.getByLabel("Adresse courriel").first().fill(email);
    await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
    await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email, { since })));
    await page.getByRole("button", { name: "Me connecter" }).click();
    await expect(page).toHaveURL(/\/employer\/missions\/new$/);
    await expect(page.getByText("Nous avons gardé ce que vous aviez écrit")).toBeVisible();
    await expect(page.getByLabel("Titre de la mission")).toHaveValue("Accueil au comptoir, le jeudi");
    await expect(page.getByLabel("Votre mission : ce que la personne fera")).toHaveValue(
      "Accueillir la clientèle et la conseiller avec patience.",
    );
    await context.close();
  });
}

test("changing the address asks for fresh proof, confirms the new address by a code, and the old address can say 'this was not me'", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { laptop, tablet, email } = await signedInOnTwoDevices(browser, "address-change");
  // the sign-in was 20 minutes ago: it no longer counts as proof
  await e2eQuery(
    `UPDATE "Session" SET "provedAt" = "provedAt" - INTERVAL '20 minutes' WHERE "userId" = (SELECT id FROM "User" WHERE email = $1)`,
    [email],
  );
  await laptop.goto("/account");
  await expect(laptop.getByLabel("Nouveau mot de passe")).toHaveCount(0);
  await laptop.getByRole("link", { name: "Confirmer que c’est moi" }).click();
  await expect(laptop).toHaveURL(/\/account\/confirm\?returnTo=%2Faccount$/);
  await expectNoAxeViolations(laptop);
  let since = Date.now();
  await laptop.getByRole("button", { name: "M’envoyer un code" }).click();
  await laptop
    .getByRole("textbox", { name: "Code reçu par courriel" })
    .fill(codeFrom(await waitForEmail(email, { since })));
  await laptop.getByRole("button", { name: "Confirmer avec ce code" }).click();
  await expect(laptop).toHaveURL(/\/account$/);
  await expect(laptop.getByText(/vous pouvez faire ces changements jusqu’à/)).toBeVisible();

  const newEmail = uniqueEmail("address-new");
  await laptop.getByRole("link", { name: "Changer mon adresse courriel" }).click();
  await laptop.getByLabel("Nouvelle adresse courriel").fill(newEmail);
  since = Date.now();
  await laptop.getByRole("button", { name: "Recevoir un code à cette adresse" }).click();
  await laptop.getByLabel("Code reçu à la nouvelle adresse").fill(codeFrom(await waitForEmail(newEmail, { since })));
  await laptop.getByRole("button", { name: "Changer mon adresse" }).click();
  await expect(laptop.getByText("Votre adresse courriel est changée.", { exact: false })).toBeVisible();
  await tablet.goto("/account");
  await expect(tablet).toHaveURL(/\/signin/);

  // the old address is told, with a link that only shows a page; its button ends every session
  const notice = await waitForEmail(email, {
    since,
    match: (mail) => /adresse courriel de votre compte/.test(mail.subject ?? ""),
  });
  const link = (notice.text ?? "").match(/https?:\/\/\S+\/account\/not-me\?token=[\w-]+/)?.[0] ?? "";
  const reader = await browser.newPage();
  await reader.goto(link);
  await expect(reader.getByRole("heading", { name: "Ce n’était pas moi" })).toBeVisible();
  await laptop.goto("/account");
  await expect(laptop).toHaveURL(/\/account$/);
  await reader.getByRole("button", { name: "Déconnecter mon compte partout" }).click();
  await expect(
    reader.getByText("Votre ancienne adresse courriel est remise sur votre compte.", { exact: false }),
  ).toBeVisible();
  await laptop.goto("/account");
  await expect(laptop).toHaveURL(/\/signin/);
});
