// Downloading one's data and deleting one's account (issue 12, points 3 and 4), in a real browser: the ZIP is
// downloaded and opened (JSON and CSV parsed, CV compared byte for byte); the account is deleted with JavaScript off,
// through the confirmation page and its error state (axe on both), and the employer then finds the application
// anonymised, without name, contact or CV.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { pdfBytes, signUpCandidate } from "../support/e2e-candidate";
import { e2eQuery } from "../support/e2e-database";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";
import { readZip } from "../support/read-zip";

/** An application of the signed-up candidate to the demo employer's bookshop mission, with a CV. */
async function applyWithCv(email: string, cv: Buffer): Promise<string> {
  const [applicationId, fileId] = [randomUUID(), randomUUID()];
  await e2eQuery(
    `WITH person AS (SELECT u.id AS "userId", p.id AS "profileId" FROM "User" u JOIN "CandidateProfile" p ON p."userId" = u.id WHERE u.email = $1),
     cv AS (INSERT INTO "StoredFile" (id, "ownerId", content, "originalName", "contentType", size) SELECT $2, "userId", $3, 'Mon CV =2+2.pdf', 'application/pdf', $4 FROM person RETURNING id)
     INSERT INTO "Application" (id, "missionId", "candidateId", stage, message, "cvFileId", "updatedAt")
     SELECT $5, 'seed-mission-001', "profileId", 'new', '=SOMME(A1:A9) j’aime conseiller', cv.id, now() FROM person, cv`,
    [email, fileId, cv, cv.length, applicationId],
  );
  return applicationId;
}

async function newCandidate(page: Page, name: string) {
  const email = uniqueEmail("donnees");
  await signUpCandidate(page, email, name);
  return email;
}

test("the candidate downloads their data and opens the ZIP: JSON, CSV and their CV as sent", async ({ page }) => {
  const email = await newCandidate(page, "Hélène Vachon");
  const cv = pdfBytes(4096);
  await applyWithCv(email, cv);

  await page.goto("/account");
  await page.getByRole("link", { name: "Télécharger mes données" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Télécharger mes données" })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Télécharger mon fichier ZIP" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^chevronne-donnees-\d{4}-\d{2}-\d{2}\.zip$/);
  const files = await readZip(fs.readFileSync((await download.path())!));

  const json = JSON.parse(files.get("chevronne-donnees.json")!.toString("utf8"));
  expect(json.account).toMatchObject({ email, name: "Hélène Vachon", kind: "candidate" });
  expect(json.applications).toHaveLength(1);
  expect(json.applications[0].message).toBe("=SOMME(A1:A9) j’aime conseiller");
  const rows = parse(files.get("candidatures.csv")!.toString("utf8"), { bom: true }) as string[][];
  expect(rows[1][6]).toBe("'=SOMME(A1:A9) j’aime conseiller");
  expect(rows[1][7]).toBe("cv/Mon CV =2+2.pdf");
  expect(Buffer.compare(files.get("cv/Mon CV =2+2.pdf")!, cv)).toBe(0);
  // the page keeps its place: the download did not navigate away
  await expect(page.getByRole("heading", { level: 1, name: "Télécharger mes données" })).toBeVisible();
});

test("deleting the account: the confirmation page and its error state pass axe; with JavaScript off it refuses an unticked box, deletes, and the employer sees the application anonymised", async ({
  browser,
}) => {
  // axe needs JavaScript in the page: it inspects the page and its error state in a context of its own
  const withScript = await browser.newContext();
  const page = await withScript.newPage();
  const email = await newCandidate(page, "Gaston Lévesque");
  const applicationId = await applyWithCv(email, pdfBytes());
  await page.goto("/account");
  await page.getByRole("link", { name: "Supprimer mon compte" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Supprimer mon compte" })).toBeVisible();
  await expect(page.getByText("Votre candidature restera chez l’employeur, mais sans votre nom")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(page.locator("#confirm-error")).toContainText("Cochez la case pour confirmer");
  await expectNoAxeViolations(page);

  // the same person, same session, in a browser without JavaScript
  const withoutScript = await browser.newContext({ javaScriptEnabled: false });
  await withoutScript.addCookies(await withScript.cookies());
  const plain = await withoutScript.newPage();
  await plain.goto("/account/delete");
  // the box left unticked: the mistake is said in the summary and next to the box, nothing is deleted
  await plain.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(plain.getByRole("heading", { name: "Il y a un problème" })).toBeVisible();
  await expect(
    plain.getByRole("link", {
      name: "Cochez la case pour confirmer que vous comprenez que la suppression est définitive.",
    }),
  ).toHaveAttribute("href", "#confirm");
  await expect(plain.locator("#confirm-error")).toContainText("Cochez la case pour confirmer");
  await expect(plain.getByLabel("Je comprends que la suppression de mon compte est définitive.")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toHaveLength(1);

  await plain.getByLabel("Je comprends que la suppression de mon compte est définitive.").check();
  await plain.getByRole("button", { name: "Supprimer mon compte" }).click();
  await expect(plain).toHaveURL(/\/account\/deleted$/);
  await expect(plain.getByRole("heading", { level: 1, name: "Votre compte est supprimé" })).toBeVisible();
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toHaveLength(0);
  // signed out: the account page now asks to sign in
  await plain.goto("/account");
  await expect(plain).toHaveURL(/\/signin/);

  const employer = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signInWithPassword(employer, demo.employer);
  await employer.goto(`/employer/applications/${applicationId}`);
  await expect(employer.getByRole("heading", { level: 1, name: "Personne ayant supprimé son compte" })).toBeVisible();
  const content = employer.locator("main");
  await expect(content).not.toContainText("Gaston");
  await expect(content).not.toContainText(email);
  await expect(content).not.toContainText("j’aime conseiller");
  await expect(employer.locator(`a[href*="/applications/${applicationId}/cv"]`)).toHaveCount(0);
});
