import { expect, test } from "@playwright/test";
import { completeProfile, pdfBytes, signUpCandidate } from "../support/e2e-candidate";
import { expectNoAxeViolations, uniqueEmail } from "../support/e2e-helpers";
import { linkFrom, waitForEmail } from "../support/e2e-mail";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the candidate's journey with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("sign up, complete the profile, find a mission by filters, see why it fits, apply with a CV, withdraw", async ({
      page,
    }) => {
      const email = uniqueEmail(javaScriptEnabled ? "journey-js" : "journey-nojs");
      await signUpCandidate(page, email, "Louise Bérubé");
      await completeProfile(page);

      // Find the bookshop's Saturday mission with keywords, a town and radius, and a weekly slot.
      await page.goto("/missions");
      await page.getByLabel("Mots-clés").fill("librairie");
      await page.getByLabel("Ville").fill("Montréal");
      await page.getByLabel("Distance").selectOption("20");
      await page.getByText("Plus de critères").click();
      await page.getByLabel("Samedi, Matin").check();
      await page.getByRole("button", { name: "Rechercher" }).click();
      await expect(page).toHaveURL(/q=librairie/);
      await expect(page).toHaveURL(/slot=5-0/);
      await expect(page.getByRole("heading", { name: /missions? trouvées?/ })).not.toHaveText(/^0 /);
      await page.getByRole("link", { name: "Conseil aux lecteurs, le samedi" }).click();

      // Why it fits, in plain words, and first what may not: the profile says January away, and the mission runs all year.
      await expect(page.getByRole("heading", { name: "Ce qu’il faut savoir" })).toBeVisible();
      const reasons = page.locator("section[aria-labelledby=match-title] li");
      const lines = await reasons.allTextContents();
      const january = lines.findIndex((line) =>
        line.includes("Contre : Vous avez indiqué être ailleurs en janvier, pendant cette mission"),
      );
      expect(january).toBeGreaterThanOrEqual(0);
      expect(january).toBeLessThan(lines.findIndex((line) => line.includes("Pour :")));
      await expect(
        page.getByText("Vous êtes libre le samedi matin et après-midi, quand cette mission a besoin de vous"),
      ).toBeVisible();
      await expect(page.getByText(/km de chez vous; vous avez indiqué jusqu’à 20 km/)).toBeVisible();

      // Apply with a message and a CV.
      const since = Date.now();
      await page.getByRole("link", { name: "Postuler à cette mission" }).click();
      await page.getByLabel("Un mot pour l’employeur (facultatif)").fill("J’ai tenu une librairie pendant trente ans.");
      await page
        .getByLabel("Votre CV (facultatif)")
        .setInputFiles({ name: "cv-louise.pdf", mimeType: "application/pdf", buffer: pdfBytes() });
      await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
      await expect(page).toHaveURL(/\/applications\?applied=1$/);
      await expect(page.getByRole("status")).toContainText("Votre candidature est envoyée");

      // The confirmation arrives over SMTP, in French, and its button leads to the applications.
      const mail = await waitForEmail(email, {
        since,
        match: (message) => message.subject?.startsWith("Candidature reçue") ?? false,
      });
      expect(mail.subject).toBe("Candidature reçue : Conseil aux lecteurs, le samedi");
      await page.goto(linkFrom(mail, "/applications"));
      const card = page.locator("li.card", { hasText: "Conseil aux lecteurs, le samedi" });
      await expect(card).toContainText("Reçue, pas encore lue");
      await expect(card).toContainText("Candidature envoyée");

      // The CV downloads for its owner.
      const download = await page.request.get(
        (await card.getByRole("link", { name: /Mon CV/ }).getAttribute("href")) ?? "",
      );
      expect(download.status()).toBe(200);
      expect(download.headers()["content-type"]).toBe("application/pdf");

      // Withdraw, after a page that says what will happen.
      await card.getByRole("link", { name: "Retirer ma candidature : Conseil aux lecteurs, le samedi" }).click();
      await expect(page.getByRole("heading", { name: "Retirer votre candidature?" })).toBeVisible();
      await expect(page.getByText("vous pourrez postuler de nouveau")).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page);
      await page.getByRole("button", { name: "Oui, retirer ma candidature" }).click();
      await expect(page.getByRole("status")).toHaveText("Votre candidature est retirée.");
      await expect(page.locator("li.card", { hasText: "Conseil aux lecteurs, le samedi" })).toContainText(
        "Nouvel état : Retirée",
      );
      await expect(
        page.getByRole("link", { name: "Retirer ma candidature : Conseil aux lecteurs, le samedi" }),
      ).toHaveCount(0);

      // The mission is still open: apply again, to the same application with its history.
      await page
        .locator("li.card", { hasText: "Conseil aux lecteurs, le samedi" })
        .getByRole("link", { name: "Conseil aux lecteurs, le samedi" })
        .click();
      await page.getByRole("link", { name: "Postuler de nouveau" }).click();
      await page.getByRole("button", { name: "Envoyer ma candidature" }).click();
      await expect(page).toHaveURL(/\/applications\?applied=1$/);
      await expect(page.locator("li.card", { hasText: "Conseil aux lecteurs, le samedi" })).toContainText(
        "Candidature envoyée de nouveau",
      );
    });
  });
}
