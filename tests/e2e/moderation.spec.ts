// Reports and moderation end to end: a visitor without JavaScript reports a mission (axe on the form and on its
// error state), an administrator unpublishes it from the queue, it leaves the search, and its employer reads the
// reason on their missions and in their email. The organisation, its owner, its mission and the administrator are
// rows of their own, so no other spec sees the mission disappear.
import { randomUUID } from "node:crypto";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { expectNoAxeViolations, uniqueEmail } from "../support/e2e-helpers";
import { codeFrom, waitForEmail } from "../support/e2e-mail";

/** A verified organisation, its owner and one published mission, inserted directly. */
async function insertOrganisationWithMission(title: string, ownerEmail: string) {
  const [employerId, ownerId, missionId] = [randomUUID(), randomUUID(), randomUUID()];
  await e2eQuery(
    `WITH organisation AS (
       INSERT INTO "Employer" (id, slug, name, sector, purpose, town, "verificationStatus", "updatedAt")
       VALUES ($1, $2, 'Quincaillerie Lavoie', 'retail', 'Conseiller chaque client comme un voisin.', 'Québec', 'verified', now()) RETURNING id),
     owner AS (
       INSERT INTO "User" (id, email, name, kind, locale, "updatedAt") VALUES ($3, $4, 'Lucie Lavoie', 'employer', 'fr', now()) RETURNING id),
     membership AS (
       INSERT INTO "Membership" (id, "employerId", "userId", role) SELECT $5, organisation.id, owner.id, 'owner' FROM organisation, owner)
     INSERT INTO "Mission" (id, "employerId", title, summary, description, sector, "scheduleMask", "hoursPerWeekMin", "hoursPerWeekMax",
       town, latitude, longitude, status, "publishedAt", "closesAt", "updatedAt")
     SELECT $6, organisation.id, $7, 'Les clients trouvent la bonne vis du premier coup.', 'Votre mission : conseiller les clients au comptoir.',
       'retail', 7, 4, 8, 'Québec', 46.81, -71.21, 'published', now(), now() + interval '30 days', now() FROM organisation`,
    [employerId, `quincaillerie-${employerId.slice(0, 8)}`, ownerId, ownerEmail, randomUUID(), missionId, title],
  );
  return { employerId, ownerId, missionId };
}

async function insertAdministrator(email: string) {
  await e2eQuery(
    `INSERT INTO "User" (id, email, name, kind, locale, "isAdministrator", "updatedAt") VALUES ($1, $2, 'Alice Admin', 'candidate', 'fr', true, now())`,
    [randomUUID(), email],
  );
}

/** A context of its own with JavaScript: axe runs its script in the page, so it cannot inspect one without. */
async function pageWithJavaScript(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: true })).newPage();
}

async function signInByCode(browser: Browser, email: string): Promise<Page> {
  const page = await pageWithJavaScript(browser);
  await page.goto("/signin");
  await page.getByLabel("Adresse courriel").first().fill(email);
  const since = Date.now();
  await page.getByRole("button", { name: "Recevoir mon lien de connexion" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email, { since })));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await page.waitForURL((url) => url.pathname !== "/signin/code");
  return page;
}

test.describe("a reported mission, from the report to the employer", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor reports it without JavaScript, an administrator unpublishes it from the queue, it leaves the search and the employer reads why", async ({
    page,
    browser,
  }) => {
    test.setTimeout(150_000);
    const title = `Conseiller en quincaillerie ${randomUUID().slice(0, 6)}`;
    const ownerEmail = uniqueEmail("owner-moderated");
    const adminEmail = uniqueEmail("admin");
    const { employerId, ownerId, missionId } = await insertOrganisationWithMission(title, ownerEmail);
    await insertAdministrator(adminEmail);

    // axe on the form and its error state (the same HTML the server sends without JavaScript)
    const checker = await pageWithJavaScript(browser);
    await checker.goto(`/missions/${missionId}/report`);
    await expectNoAxeViolations(checker);
    await checker.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(checker.locator("#reason-error")).toContainText("Choisissez ce qui ne va pas.");
    await expectNoAxeViolations(checker);

    // the visitor's report without JavaScript: the mistake first, said next to the field, then sent
    await page.goto(`/missions/${missionId}`);
    await page.getByRole("link", { name: "Signaler cette mission" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Signaler une mission" })).toBeVisible();
    await page.getByLabel("Autre chose").check();
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(
      page.getByRole("link", { name: "Expliquez ce qui ne va pas : vous avez choisi « Autre chose »." }),
    ).toBeVisible();
    await expect(page.getByLabel("Autre chose")).toBeChecked();
    await page.getByLabel("Propos discriminatoires").check();
    await page.getByLabel("Expliquez en quelques mots").fill("L’annonce demande « une personne jeune et dynamique ».");
    await page.getByLabel("Votre adresse courriel (facultatif)").fill("temoin@exemple.ca");
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Merci. Votre signalement est envoyé : l’équipe de Chevronné le lira.",
    );

    // the administrator finds it in the queue and unpublishes it with a reason
    const admin = await signInByCode(browser, adminEmail);
    await admin.goto("/admin/reports");
    await expectNoAxeViolations(admin);
    await admin.getByRole("link", { name: title }).click();
    await expect(admin.getByText("L’annonce demande « une personne jeune et dynamique ».")).toBeVisible();
    await expect(
      admin.getByText("envoyé par un visiteur, qui accepte qu’on lui écrive à temoin@exemple.ca"),
    ).toBeVisible();
    await admin.getByRole("button", { name: "Retirer la mission" }).click();
    await expect(admin.locator("#reason-error")).toBeVisible();
    await expectNoAxeViolations(admin);
    const reason = "L’annonce écarte les personnes selon leur âge : retirez « jeune et dynamique ».";
    await admin.getByLabel("Raison", { exact: true }).fill(reason);
    await admin.getByRole("button", { name: "Retirer la mission" }).click();
    await expect(admin.getByRole("status")).toHaveText("La mission est retirée et l’employeur est prévenu.");
    await expectNoAxeViolations(admin);

    // it leaves the search and its page (for a visitor who had not seen it: the reporter's browser may keep the
    // public page up to a minute, decision 0027)
    const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await visitor.goto(`/missions?${new URLSearchParams({ q: title })}`);
    await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
    expect((await visitor.goto(`/missions/${missionId}`))?.status()).toBe(404);

    // the employer is told by email, and reads the reason on their missions and in the editor
    const email = await waitForEmail(ownerEmail, {
      match: (mail) => /est retirée de Chevronné/.test(mail.subject ?? ""),
    });
    expect(email.text).toContain(`La raison : ${reason}`);
    const owner = await signInByCode(browser, ownerEmail);
    await owner.goto("/employer/missions");
    await expect(owner.getByText("Retirée par l’équipe de Chevronné")).toBeVisible();
    await expect(owner.getByText(reason)).toBeVisible();
    await owner.goto(`/employer/missions/${missionId}/edit`);
    await expect(owner.getByRole("heading", { name: "Mission retirée par l’équipe de Chevronné" })).toBeVisible();
    await expect(owner.getByRole("button", { name: "Envoyer pour vérification" })).toBeVisible();
    await expectNoAxeViolations(owner);

    // the other administrators' pages, and a suspension: the owner, signing in again, is told why
    for (const path of ["/admin/accounts", `/admin/accounts/${ownerId}`, `/admin/organisations/${employerId}`]) {
      await admin.goto(path);
      await expectNoAxeViolations(admin);
    }
    await admin.getByLabel("Raison", { exact: true }).fill("Cet employeur demande de l’argent aux candidats.");
    await admin.getByRole("button", { name: "Suspendre l’employeur" }).click();
    await expect(admin.getByRole("status")).toHaveText(
      "La suspension est en place et les personnes concernées sont prévenues.",
    );
    await owner.goto("/employer/missions");
    await expect(owner).toHaveURL(/\/signin\?redirectTo=/);
    const refused = await signInByCode(browser, ownerEmail);
    await expect(refused).toHaveURL(/\/signin\/suspended$/);
    await expect(refused.getByText("Cet employeur demande de l’argent aux candidats.")).toBeVisible();
    await expectNoAxeViolations(refused);
  });
});
