import { expect, test, type Page } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { uniqueEmail } from "../support/e2e-helpers";
import { codeFrom, linkFrom, waitForEmail } from "../support/e2e-mail";

const onePixelPng = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a6f80000000049454e44ae426082",
  "hex",
);

async function signUpEmployer(page: Page, email: string) {
  await page.goto("/signup");
  await page.getByLabel("Un employeur").check();
  await page.getByLabel("Votre nom").fill("Sylvie Dumont");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Nom de votre organisation").fill("Épicerie fine Les Saveurs");
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByLabel("Code reçu par courriel").fill(codeFrom(await waitForEmail(email)));
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

async function fillMission(page: Page, description: string) {
  await page.getByLabel("Titre de la mission").fill("Conseils en fromages, le samedi");
  await page
    .getByLabel("Ce que la clientèle y gagne")
    .fill("Les clients repartent avec le fromage qui convient à leur table.");
  await page.getByLabel("Votre mission : ce que la personne fera").fill(description);
  await page.getByLabel("Samedi, Matin").check();
  await page.getByLabel("Samedi, Après-midi").check();
  await page.getByLabel("Taux horaire, à partir de ($)").fill("19,50");
}

test("an employer builds its profile and team, publishes after an age check, and its recruiter moves a candidate to an answer", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await browser.newPage();
  const ownerEmail = uniqueEmail("owner");
  await signUpEmployer(owner, ownerEmail);
  // an administrator has verified the new organisation (tests/e2e/administration.spec.ts goes through that queue)
  await e2eQuery(
    `UPDATE "Employer" SET "verificationStatus" = 'verified' WHERE id = (SELECT m."employerId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1)`,
    [ownerEmail],
  );

  // The organisation's profile, purpose first.
  await owner.goto("/employer/profile");
  await owner
    .getByLabel("Votre raison d’être")
    .fill("Faire découvrir les produits d’ici et conseiller chaque client comme un invité.");
  await owner.getByLabel("Secteur").selectOption("food");
  await owner.getByLabel("Ville").fill("Québec");
  await owner.getByLabel("Horaires flexibles, établis avec vous").check();
  await owner.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(owner.getByRole("status")).toHaveText("Le profil est enregistré.");

  // Images are checked by content: a text file named .png is refused, a real PNG is shown with its description.
  await owner
    .getByLabel("Ajouter une photo")
    .setInputFiles({ name: "faux.png", mimeType: "image/png", buffer: Buffer.from("pas une image") });
  await owner.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(owner.locator("#photo-error")).toContainText("n’est pas une image PNG, JPEG ou WebP");
  await expect(owner.getByLabel("Votre raison d’être")).toHaveValue(/Faire découvrir les produits d’ici/);
  await owner.getByLabel("Logo").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: onePixelPng });
  await owner
    .getByLabel("Ajouter une photo")
    .setInputFiles({ name: "comptoir.png", mimeType: "image/png", buffer: onePixelPng });
  await owner.getByLabel("Description de la photo").fill("Notre comptoir de fromages");
  await owner.getByRole("button", { name: "Enregistrer le profil" }).click();
  await expect(owner.getByRole("status")).toHaveText("Le profil est enregistré.");
  const photo = owner.getByRole("img", { name: "Notre comptoir de fromages" });
  const image = await owner.request.get((await photo.getAttribute("src")) ?? "");
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
  expect(image.headers()["content-security-policy"]).toContain("sandbox");
  await owner.getByRole("link", { name: "Voir la page publique" }).click();
  await expect(owner.getByRole("img", { name: "Logo de Épicerie fine Les Saveurs" })).toBeVisible();
  await expect(owner.getByRole("img", { name: "Notre comptoir de fromages" })).toBeVisible();

  // Invite a recruiter, who accepts from the email.
  const recruiterEmail = uniqueEmail("recruiter");
  await owner.goto("/employer/team");
  await owner.getByLabel("Adresse courriel").fill(recruiterEmail);
  await owner.getByRole("button", { name: "Envoyer l’invitation" }).click();
  await expect(owner.getByRole("status")).toHaveText("L’invitation est envoyée.");
  const invitation = await waitForEmail(recruiterEmail);
  expect(invitation.subject).toBe("Épicerie fine Les Saveurs vous invite à recruter sur Chevronné");
  const recruiterContext = await browser.newContext();
  const recruiter = await recruiterContext.newPage();
  await recruiter.goto(linkFrom(invitation, "/invitations/accept?token="));
  await recruiter.getByLabel("Votre nom").fill("Marc Bélanger");
  await recruiter.getByRole("button", { name: "Accepter l’invitation" }).click();
  await expect(recruiter.getByText("Épicerie fine Les Saveurs · votre rôle : recruteur ou recruteuse")).toBeVisible();

  // Publishing is stopped once by an ageist phrase, then succeeds.
  await owner.goto("/employer/missions/new");
  await fillMission(owner, "Votre mission : conseiller les clients. Nous cherchons une personne jeune et dynamique.");
  await owner.getByRole("button", { name: "Publier la mission" }).click();
  await expect(
    owner.getByRole("heading", { name: "Publication arrêtée : des mots écartent certains âges" }),
  ).toBeVisible();
  await expect(owner.locator("mark")).toHaveText("jeune et dynamique");
  await owner
    .getByLabel("Votre mission : ce que la personne fera")
    .fill("Votre mission : conseiller les clients et leur faire goûter les fromages d’ici.");
  await owner.getByRole("button", { name: "Publier la mission" }).click();
  await expect(owner.getByRole("status")).toHaveText("La mission est publiée.");
  const missionId = (
    (await owner.getByRole("link", { name: "Aperçu : Conseils en fromages, le samedi" }).getAttribute("href")) ?? ""
  ).split("/")[3];

  // An English-speaking candidate applies.
  const candidate = await browser.newPage();
  const candidateEmail = uniqueEmail("cheese-lover");
  await candidate.goto("/signup");
  await candidate.getByRole("button", { name: "English" }).click();
  await candidate.getByLabel("Someone looking for a mission").check();
  await candidate.getByLabel("Your name").fill("Margaret Kelly");
  await candidate.getByLabel("Email address").fill(candidateEmail);
  await candidate.getByRole("button", { name: "Create my account" }).click();
  await candidate.getByLabel("Code from the email").fill(codeFrom(await waitForEmail(candidateEmail)));
  await candidate.getByRole("button", { name: "Sign in" }).click();
  await expect(candidate).toHaveURL(/\/dashboard$/);
  await candidate.goto(`/missions/${missionId}/apply`);
  await candidate.getByRole("button", { name: "Send my application" }).click();
  await expect(candidate).toHaveURL(/applied=1/);

  // The recruiter moves the card without JavaScript, then with it.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await recruiterContext.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(`/employer/pipeline?mission=${missionId}`);
  const newColumn = plain.locator("section", { has: plain.getByRole("heading", { name: "Nouvelles (1)" }) });
  await newColumn.getByRole("link", { name: "Déplacer Margaret Kelly" }).click();
  await plain.getByRole("radio", { name: "En examen" }).check();
  await plain.getByRole("button", { name: "Continuer" }).click();
  await plain.getByRole("button", { name: "Déplacer", exact: true }).click();
  await expect(plain.getByRole("heading", { name: "En examen (1)" })).toBeVisible();

  await recruiter.goto(`/employer/pipeline?mission=${missionId}`);
  await recruiter.getByRole("link", { name: "Déplacer Margaret Kelly" }).click();
  await recruiter.getByRole("radio", { name: "Entrevue" }).check();
  await recruiter.getByRole("button", { name: "Continuer" }).click();
  await recruiter.getByRole("button", { name: "Déplacer", exact: true }).click();
  await expect(recruiter.getByRole("heading", { name: "Entrevue (1)" })).toBeVisible();

  // A note and ratings on the candidate's page.
  await recruiter.getByRole("link", { name: "Margaret Kelly", exact: true }).click();
  await recruiter.getByLabel("Ajouter une note").fill("Très bonne connaissance des fromages du Québec.");
  await recruiter.getByRole("button", { name: "Ajouter la note" }).click();
  await expect(recruiter.getByText("Note : Très bonne connaissance des fromages du Québec.")).toBeVisible();
  await recruiter.getByLabel("Accueil de la clientèle").selectOption("5");
  await recruiter.getByLabel("Recommandation d’ensemble").selectOption("yes");
  await recruiter.getByRole("button", { name: "Enregistrer mon évaluation" }).click();
  await expect(recruiter.getByLabel("Accueil de la clientèle")).toHaveValue("5");

  // "Not selected", received in the candidate's language.
  const since = Date.now();
  await recruiter.getByRole("link", { name: "Déplacer Margaret Kelly" }).click();
  await recruiter.getByRole("radio", { name: "Non retenue" }).check();
  await recruiter.getByRole("button", { name: "Continuer" }).click();
  // a rejection is never pre-ticked: the recruiter reads the email, then chooses to send it
  await recruiter.getByLabel("Envoyer ce courriel à Margaret Kelly").check();
  await recruiter.getByRole("button", { name: "Déplacer", exact: true }).click();
  await expect(recruiter.getByRole("heading", { name: "Courriels en attente d’envoi" })).toBeVisible();
  // the email waits 5 minutes for a change of mind (tests/e2e/pipeline-board.spec.ts withdraws one); here they pass
  await e2eQuery(`UPDATE "OutboxEmail" SET "nextAttemptAt" = now() WHERE "toAddress" = $1 AND status = 'pending'`, [
    candidateEmail,
  ]);
  const answer = await waitForEmail(candidateEmail, {
    since,
    match: (mail) => mail.subject?.startsWith("Your application") ?? false,
  });
  expect(answer.subject).toBe("Your application for the mission “Conseils en fromages, le samedi”");
  expect(answer.text).toContain("Hello Margaret Kelly,");
  expect(answer.text).toContain("The Épicerie fine Les Saveurs team");

  // The candidate's history never shows private notes.
  await candidate.goto("/applications");
  await expect(candidate.getByText("Not selected this time").first()).toBeVisible();
  await expect(candidate.getByText("Très bonne connaissance")).toHaveCount(0);
  await noScript.close();
  await recruiterContext.close();
});
