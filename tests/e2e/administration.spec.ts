// The administrators' pages (issue 12, items 8, 9, 11, 12): "page not found" for everyone else, the verification
// queue end to end (a new organisation's mission stays out of the search until an administrator verifies it), the
// incident register's form with its errors, axe on each new page and state, and the forms with JavaScript off.
import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, fromOurPages, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";
import { codeFrom, waitForEmail } from "../support/e2e-mail";

const administrator = "admin@chevronne.example";

const adminPages = [
  "/admin",
  "/admin/organisations",
  "/admin/reports",
  "/admin/incidents",
  "/admin/incidents/new",
  "/admin/incidents/export",
  "/admin/journal",
];

/** An organisation waiting for verification, inserted for one test so that no other test's decision touches it. */
async function insertPendingOrganisation(): Promise<string> {
  const id = randomUUID();
  await e2eQuery(
    `INSERT INTO "Employer" (id, slug, name, sector, purpose, town, "updatedAt") VALUES ($1, $2, 'Atelier en attente', 'retail', '', 'Laval', now())`,
    [id, `attente-${id}`],
  );
  return id;
}

async function expectNotFound(request: APIRequestContext, organisationId: string) {
  for (const path of adminPages) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const decision = await request.post("/admin/organisations", {
    form: { intent: "verify", organisation: organisationId },
    maxRedirects: 0,
  });
  expect(decision.status()).toBe(404);
}

test("the administrators' pages answer 404 to a visitor, a candidate, an employer owner and a recruiter, and change nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  const organisationId = await insertPendingOrganisation();
  const visitor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: fromOurPages(baseURL) });
  await expectNotFound(visitor, organisationId);
  for (const email of [demo.candidate, demo.employer, demo.recruiter]) {
    await page.context().clearCookies();
    await signInWithPassword(page, email);
    await expect(page.getByRole("link", { name: "Administration" })).toHaveCount(0);
    const signedIn = await playwright.request.newContext({
      baseURL,
      extraHTTPHeaders: fromOurPages(baseURL),
      storageState: await page.context().storageState(),
    });
    await expectNotFound(signedIn, organisationId);
  }
  const [organisation] = await e2eQuery<{ verificationStatus: string }>(
    `SELECT "verificationStatus" FROM "Employer" WHERE id = $1`,
    [organisationId],
  );
  expect(organisation.verificationStatus).toBe("pending");
  expect(await e2eQuery(`SELECT 1 FROM "AuditEntry" WHERE "subjectId" = $1`, [organisationId])).toHaveLength(0);
});

async function signUpEmployer(page: Page, email: string, organisation: string) {
  await page.goto("/signup");
  await page.getByLabel("Un employeur").check();
  await page.getByLabel("Votre nom").fill("Renée Caron");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Nom de votre organisation").fill(organisation);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

const missionLink = (page: Page, missionId: string) => page.locator(`main a[href="/missions/${missionId}"]`);

test("the verification queue: a new organisation's mission waits out of the search until an administrator verifies it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const word = `zqverif${Date.now().toString(36)}`;
  const organisation = `Cordonnerie ${word}`;
  const ownerEmail = uniqueEmail("cordonnerie");
  const owner = await (await browser.newContext()).newPage();
  await signUpEmployer(owner, ownerEmail, organisation);
  await expect(owner.getByRole("heading", { name: "Votre organisation est en cours de vérification" })).toBeVisible();

  await owner.goto("/employer/missions/new");
  await owner.getByLabel("Titre de la mission").fill(`Accueil à la cordonnerie ${word}`);
  await owner.getByLabel("Ce que la clientèle y gagne").fill("Les souliers repartent réparés, et les gens conseillés.");
  await owner
    .getByLabel("Votre mission : ce que la personne fera")
    .fill("Votre mission : accueillir la clientèle et prendre les commandes de réparation.");
  // a new organisation has no sector yet: its first mission's is chosen, never assumed
  await owner.getByLabel("Secteur").selectOption("retail");
  await owner.getByLabel("Ville").fill("Laval");
  await owner.getByLabel("Samedi, Matin").check();
  await owner.getByRole("button", { name: "Publier la mission" }).click();
  await expect(owner.getByRole("status")).toHaveText(
    "La mission est enregistrée. Les personnes candidates la verront dès que notre équipe aura vérifié votre organisation.",
  );
  await expect(owner.getByText("En attente de la vérification de votre organisation")).toBeVisible();
  await expectNoAxeViolations(owner);
  const missionId = (
    (await owner.getByRole("link", { name: `Aperçu : Accueil à la cordonnerie ${word}` }).getAttribute("href")) ?? ""
  ).split("/")[3];

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/missions?q=${word}`);
  await expect(visitor.getByRole("heading", { name: "0 mission trouvée" })).toBeVisible();
  expect((await visitor.goto(`/missions/${missionId}`))?.status()).toBe(404);

  const admin = await (await browser.newContext()).newPage();
  await signInWithPassword(admin, administrator);
  await admin.getByRole("link", { name: "Administration" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Administration" })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin
    .getByRole("navigation", { name: "Pages d’administration" })
    .getByRole("link", { name: "Organisations à vérifier" })
    .click();
  const card = admin.locator("li", { has: admin.getByRole("heading", { level: 2, name: organisation }) });
  await expect(card.getByText(ownerEmail)).toBeVisible();
  await expect(card.getByText(`Accueil à la cordonnerie ${word} · Laval`)).toBeVisible();
  await expectNoAxeViolations(admin);
  // a refusal without its reason is answered next to the field and in the card's summary
  await card.getByRole("button", { name: `Refuser ${organisation}` }).click();
  await expect(card.getByRole("heading", { name: "Il y a un problème" })).toBeVisible();
  await expect(
    card.getByText("Erreur : Écrivez la raison du refus, en au moins 10 caractères : le propriétaire la lira."),
  ).toBeVisible();
  await expectNoAxeViolations(admin);
  await card.getByRole("button", { name: `Vérifier ${organisation}` }).click();
  await expect(admin.getByRole("status")).toHaveText(
    `${organisation} est vérifiée. Ses missions en attente sont publiées et son propriétaire est prévenu par courriel.`,
  );
  await expect(admin.getByRole("heading", { level: 2, name: organisation })).toHaveCount(0);

  // another visitor: the first one's browser may keep the public search page up to a minute (decision 0027)
  const nextVisitor = await (await browser.newContext()).newPage();
  await nextVisitor.goto(`/missions?q=${word}`);
  await expect(missionLink(nextVisitor, missionId)).toBeVisible();
  const told = await waitForEmail(ownerEmail, {
    match: (mail) => mail.subject === `${organisation} est vérifiée sur Chevronné`,
  });
  expect(told.text).toContain("1 mission qui attendait est maintenant publiée.");

  await admin.getByRole("link", { name: "Journal" }).click();
  const entry = admin.locator("li", { hasText: `Organisation : ${organisation}` }).first();
  await expect(entry.getByText("Organisation vérifiée")).toBeVisible();
  await expect(entry.getByText("Sophie Lachance (administration)")).toBeVisible();
  await expectNoAxeViolations(admin);
});

test("the incident register: the form says each mistake next to its field and in a summary, then records, shows and changes the incident", async ({
  page,
}) => {
  await signInWithPassword(page, administrator);
  await page.goto("/admin/incidents");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Consigner un incident" }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Titre").fill("Liste de candidatures imprimée et égarée");
  await page.getByRole("button", { name: "Enregistrer l’incident" }).click();
  const summary = page.getByRole("heading", { name: "Il y a un problème" });
  await expect(summary).toBeVisible();
  await expect(page.getByText("Erreur : Cochez au moins une sorte de renseignements.")).toBeVisible();
  await expect(page.getByLabel("Titre")).toHaveValue("Liste de candidatures imprimée et égarée");
  await expectNoAxeViolations(page);

  await fillIncident(page);
  await page.getByRole("button", { name: "Enregistrer l’incident" }).click();
  await expect(page.getByRole("status")).toHaveText("L’incident est consigné au registre.");
  await expect(
    page.getByRole("heading", { level: 1, name: "Incident : Liste de candidatures imprimée et égarée" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Modifier cet incident" }).click();
  await page.getByLabel("Date de l’avis à la Commission d’accès à l’information").fill("2026-11-20");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Enregistrer l’incident" }).click();
  await expect(page.getByRole("status")).toHaveText("L’incident est enregistré.");
  await expect(page.getByText("Avisée le 20 novembre 2026")).toBeVisible();
});

async function fillIncident(page: Page) {
  await page.getByLabel("Circonstances").fill("Une liste imprimée de candidatures a été oubliée dans un café.");
  await page.getByLabel("Date de l’incident").fill("2026-11-14");
  await page.getByLabel("Date où il a été découvert").fill("2026-11-15");
  await page.getByLabel("Identité (nom)").check();
  await page.getByLabel("Coordonnées (courriel, téléphone)").check();
  await page.getByLabel("Nombre de personnes concernées").fill("12");
  await page.getByLabel("Qui sont ces personnes").fill("Des personnes candidates d’une même mission.");
  await page.getByLabel("Oui").check();
  await page.getByLabel("Pourquoi").fill("Noms et téléphones lisibles par quiconque trouve la feuille.");
  await page.getByLabel("Mesures prises").fill("Plus aucune liste imprimée; les personnes ont été prévenues.");
}

// axe runs in the tests above: it needs the page's JavaScript
test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("refusing needs a reason, said next to the field; the incident form posts and answers its mistakes", async ({
    page,
  }) => {
    await signInWithPassword(page, administrator);
    await page.goto("/admin/organisations");
    const card = page.locator("li", {
      has: page.getByRole("heading", { level: 2, name: "Pelote & Cie, boutique de laine" }),
    });
    await card.getByRole("button", { name: "Refuser Pelote & Cie, boutique de laine" }).click();
    const refused = page.locator("li", {
      has: page.getByRole("heading", { level: 2, name: "Pelote & Cie, boutique de laine" }),
    });
    await expect(refused.getByRole("heading", { name: "Il y a un problème" })).toBeVisible();
    await expect(
      refused.getByText("Erreur : Écrivez la raison du refus, en au moins 10 caractères : le propriétaire la lira."),
    ).toBeVisible();

    await page.goto("/admin/incidents/new");
    await page.getByRole("button", { name: "Enregistrer l’incident" }).click();
    await expect(page.getByRole("heading", { name: "Il y a un problème" })).toBeVisible();
    await expect(page.getByText("Erreur : Donnez un titre de 3 à 200 caractères.")).toBeVisible();
    await page.getByLabel("Titre").fill("Courriel au mauvais destinataire");
    await fillIncident(page);
    await page.getByRole("button", { name: "Enregistrer l’incident" }).click();
    await expect(page.getByRole("status")).toHaveText("L’incident est consigné au registre.");
  });
});
