import { expect, test } from "@playwright/test";
import { pdfBytes, signUpCandidate } from "../support/e2e-candidate";
import { demo, signInWithPassword, uniqueEmail } from "../support/e2e-helpers";
import { zeroBombDocx } from "../support/zip";

const mission = "/missions/seed-mission-002";

test.describe("CV rules", () => {
  test("a file over 5 MB is refused with a clear message, and the message typed is kept", async ({ page }) => {
    await signUpCandidate(page, uniqueEmail("cv-big"), "Marcel Gauthier");
    await page.goto(`${mission}/apply`);
    await page.getByLabel("Un mot pour l’employeur (facultatif)").fill("Bonjour, je suis disponible le samedi.");
    await page
      .getByLabel("Votre CV (facultatif)")
      .setInputFiles({ name: "gros.pdf", mimeType: "application/pdf", buffer: pdfBytes(5 * 1024 * 1024) });
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
    await expect(page.locator("#cv-error")).toContainText("Ce fichier dépasse 5 Mo.");
    await expect(page.getByLabel("Un mot pour l’employeur (facultatif)")).toHaveValue(
      "Bonjour, je suis disponible le samedi.",
    );
    await page.goto("/applications");
    await expect(page.getByText("Vous n’avez pas encore de candidature.")).toBeVisible();
  });

  test("a file of another type renamed .pdf is refused: the type is read from the content", async ({ page }) => {
    await signUpCandidate(page, uniqueEmail("cv-fake"), "Ginette Paré");
    await page.goto(`${mission}/apply`);
    const png = Buffer.from(
      "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a6f80000000049454e44ae426082",
      "hex",
    );
    await page
      .getByLabel("Votre CV (facultatif)")
      .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: png });
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
    await expect(page.locator("#cv-error")).toContainText("ni un PDF ni un document Word");
  });

  test("a DOCX that would unpack to 1 GiB is refused beside the field and in the summary, the message kept", async ({
    page,
  }) => {
    await signUpCandidate(page, uniqueEmail("cv-bomb"), "Rolande Caron");
    await page.goto(`${mission}/apply`);
    await page.getByLabel("Un mot pour l’employeur (facultatif)").fill("Bonjour, le samedi me convient.");
    const docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    await page
      .getByLabel("Votre CV (facultatif)")
      .setInputFiles({ name: "cv.docx", mimeType: docx, buffer: zeroBombDocx(1024 * 1024 * 1024) });
    await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
    await expect(page.locator("#cv-error")).toContainText("beaucoup plus de données");
    await expect(page.locator("#error-summary-title + ul")).toContainText("beaucoup plus de données");
    await expect(page.getByLabel("Un mot pour l’employeur (facultatif)")).toHaveValue(
      "Bonjour, le samedi me convient.",
    );
  });

  test("a CV downloads for its owner and the mission's employer, and answers 404 to anyone else", async ({
    browser,
  }) => {
    const owner = await browser.newPage();
    await signUpCandidate(owner, uniqueEmail("cv-owner"), "Réal Thibodeau");
    await owner.goto(`${mission}/apply`);
    await owner
      .getByLabel("Votre CV (facultatif)")
      .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
    await owner.getByRole("button", { name: "Envoyer ma candidature" }).click();
    await expect(owner).toHaveURL(/applied=1/);
    const href = (await owner.getByRole("link", { name: /Mon CV/ }).getAttribute("href")) ?? "";
    expect((await owner.request.get(href)).status()).toBe(200);

    const otherCandidate = await browser.newPage();
    await signInWithPassword(otherCandidate, demo.candidate);
    expect((await otherCandidate.request.get(href)).status()).toBe(404);

    // The demo employer owns the bookshop that posted the mission.
    const employer = await browser.newPage();
    await signInWithPassword(employer, demo.employer);
    const forEmployer = await employer.request.get(href);
    expect(forEmployer.status()).toBe(200);
    expect(forEmployer.headers()["content-disposition"]).toContain("attachment");

    const anonymous = await browser.newContext();
    const response = await anonymous.request.get(href, { maxRedirects: 0 });
    expect(response.status()).toBe(302);
    await anonymous.close();
  });
});
