// Zero axe violations (WCAG 2.0, 2.1 and 2.2, A and AA) on every page, in French and in English.
import { test, type Page } from "@playwright/test";
import { insertDevMail, newestAlertToken } from "../support/e2e-database";
import {
  addressIn,
  demo,
  expectNoAxeViolations,
  signInWithPassword,
  uniqueEmail,
  useLanguage,
} from "../support/e2e-helpers";
import { linkFrom, waitForEmail } from "../support/e2e-mail";
import { insertNewOrganisation } from "../support/e2e-new-organisation";

async function openCodePage(page: Page, email = uniqueEmail("axe")) {
  await page.goto("/signin");
  await page
    .getByLabel(/Adresse courriel|Email address/)
    .first()
    .fill(email);
  await page.locator("button[value=link]").click();
  await page.waitForURL(/\/signin\/code/);
}

const publicPages = [
  "/",
  "/signin",
  "/signup",
  "/signin/link?token=not-a-token",
  "/dev/mail",
  "/no-such-page",
  "/missions",
  "/missions?q=librairie&town=Sherbrooke&radius=5",
  "/missions/seed-mission-001",
  "/missions/seed-mission-007",
  "/employers/librairie-la-page-cornee",
  "/alerts/unsubscribe?token=not-a-token",
  "/invitations/accept?token=not-a-token",
  "/privacy",
  "/missions/seed-mission-001/report",
  "/employers/librairie-la-page-cornee/report",
];

/** Time allowed per page in the tests that visit many: loading it and running axe on it. */
const pageTimeout = 15_000;

const employerPages = [
  "/dashboard",
  "/employer/pipeline",
  "/employer/pipeline?view=list",
  "/employer/missions",
  "/employer/missions/new",
  "/employer/missions/seed-mission-001/edit",
  "/employer/missions/seed-mission-001/preview",
  "/employer/missions/seed-mission-001/suggested",
  "/employer/applications/seed-application-0001",
  "/employer/interviews",
  "/employer/profile",
  "/employer/team",
  "/employer/templates",
];

const candidatePages = [
  "/missions/for-you",
  "/missions?slot=5-0&sort=fit",
  "/missions/seed-mission-010",
  "/missions/seed-mission-010/apply",
  "/applications",
  "/saved",
  "/alerts",
  "/profile",
  "/profile/experience",
  "/profile/languages",
  "/profile/availability",
  "/profile/place",
  "/profile/preferences",
  "/profile/contact",
  // sign-in is fresh proof of who is there, so these open at once
  "/account/data",
  "/account/delete",
];

const administratorPages = [
  "/admin",
  "/admin/organisations",
  "/admin/reports",
  "/admin/accounts",
  "/admin/incidents",
  "/admin/incidents/new",
  "/admin/journal",
];

for (const lang of ["fr", "en"] as const) {
  test.describe(`pages in ${lang}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await useLanguage(context, baseURL!, lang);
    });

    for (const path of publicPages) {
      test(`public page ${path}`, async ({ page }) => {
        // a public page at its address in the language (the cookie covers the others)
        await page.goto(addressIn(path, lang));
        await expectNoAxeViolations(page);
      });
    }

    test("sign-up form showing its errors", async ({ page }) => {
      await page.goto("/signup");
      await page.locator("button[type=submit]").last().click();
      await page.waitForSelector("#error-summary-title");
      await expectNoAxeViolations(page);
    });

    test("code page", async ({ page }) => {
      await openCodePage(page);
      await expectNoAxeViolations(page);
    });

    test("sign-in confirmation page from an emailed link", async ({ page }) => {
      const email = uniqueEmail("axe-link");
      await page.goto("/signup");
      await page.locator("input[name=kind][value=candidate]").check();
      await page.locator("input[name=name]").fill("Axe");
      await page.locator("input[name=email]").fill(email);
      await page.locator("form button[type=submit]").last().click();
      await page.waitForURL(/\/signin\/code/);
      await page.goto(linkFrom(await waitForEmail(email), "/signin/link?token="));
      await page.locator("form button[type=submit]").last().waitFor();
      await expectNoAxeViolations(page);
    });

    test("a message in the development mailbox", async ({ page }) => {
      const id = await insertDevMail(`Message ${lang}`);
      await page.goto(`/dev/mail/${id}`);
      await page.getByRole("heading", { name: `Message ${lang}` }).waitFor();
      await expectNoAxeViolations(page);
    });

    test("candidate's space and account", async ({ page }) => {
      await signInWithPassword(page, demo.candidate);
      await expectNoAxeViolations(page);
      await page.goto("/account");
      await expectNoAxeViolations(page);
    });

    test("every page of the candidate's side", async ({ page }) => {
      // a dozen pages, each checked by axe in a few seconds: more than one ordinary test's minute on a busy machine
      test.setTimeout(pageTimeout * candidatePages.length);
      await signInWithPassword(page, demo.candidate);
      for (const path of candidatePages) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });

    test("a profile step and the apply form showing their errors", async ({ page }) => {
      await signInWithPassword(page, demo.candidate);
      await page.goto("/profile/place");
      await page.locator("input[name=town]").fill("Nulle-Part-sur-Mer");
      await page.locator("button[value=later]").click();
      await page.waitForSelector("#error-summary-title");
      await expectNoAxeViolations(page);
      await page.goto("/missions/seed-mission-010/apply");
      await page
        .locator("input[name=cv]")
        .setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("not a pdf") });
      await page.locator("form button[type=submit]").last().click();
      await page.waitForSelector("#error-summary-title");
      await expectNoAxeViolations(page);
    });

    test("every page of the employer's side", async ({ page }) => {
      // a dozen pages, each checked by axe in a few seconds: more than one ordinary test's minute on a busy machine
      test.setTimeout(pageTimeout * employerPages.length);
      await signInWithPassword(page, demo.employer);
      for (const path of employerPages) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });

    test("every page of the administrators' area", async ({ page }) => {
      test.setTimeout(pageTimeout * administratorPages.length);
      await signInWithPassword(page, demo.administrator);
      for (const path of administratorPages) {
        await page.goto(path);
        await expectNoAxeViolations(page);
      }
    });

    test("an invitation to join a team, opened from its email", async ({ page, browser }) => {
      const invited = uniqueEmail("axe-invited");
      await signInWithPassword(page, demo.employer);
      await page.goto("/employer/team");
      await page.locator("input[name=email]").fill(invited);
      await page.locator("button[value=invite]").click();
      await page.waitForURL(/done=invited/);
      const guest = await browser.newContext();
      await useLanguage(guest, test.info().project.use.baseURL!, lang);
      const invitationPage = await guest.newPage();
      await invitationPage.goto(linkFrom(await waitForEmail(invited), "/invitations/accept?token="));
      await invitationPage.locator("main form button[type=submit]").waitFor();
      await expectNoAxeViolations(invitationPage);
      await guest.close();
    });

    test("an alert's unsubscribe page opened from a valid link", async ({ page }) => {
      await signInWithPassword(page, demo.candidate);
      await page.goto("/missions?q=jardin&sort=newest");
      await page.locator("main form[action='/alerts'] button[type=submit]").click();
      await page.waitForURL(/created=1/);
      await page.goto(`/alerts/unsubscribe?token=${await newestAlertToken()}`);
      await page.locator("main form button[type=submit]").waitFor();
      await expectNoAxeViolations(page);
      // once stopped, the page names the alert it ended
      await page.locator("main form button[type=submit]").click();
      await page
        .locator("#alert-title")
        .getByText(lang === "fr" ? "L’alerte arrêtée" : "The alert you stopped")
        .waitFor();
      await expectNoAxeViolations(page);
    });

    // issue 13's new states: the first steps and what is new since the last visit on the dashboard, the header's
    // organisation switch (on every page of a person in two organisations), the account's choice of notices, the
    // pipeline of a new organisation and the confirmation pages
    test("a new organisation's owner: first steps, news, organisation switch, notices, confirmations", async ({
      page,
    }) => {
      test.setTimeout(pageTimeout * 7);
      const organisation = await insertNewOrganisation(lang);
      await signInWithPassword(page, organisation.ownerEmail);
      await page.goto("/dashboard");
      await page.locator("#new-since-title").waitFor();
      await page.locator("main a[href='/employer/profile']").first().waitFor();
      await page.locator(`form[action="/employer/switch"] select`).waitFor();
      await expectNoAxeViolations(page);
      await page.goto("/account");
      await page.locator("#notices-title").waitFor();
      await expectNoAxeViolations(page);
      for (const path of [
        "/employer/pipeline?view=list",
        `/employer/applications/${organisation.applicationId}/interview/cancel`,
        `/employer/team/${organisation.recruiterMembershipId}/remove`,
        `/interviews/${organisation.interviewToken}/cancel`,
      ]) {
        await page.goto(path);
        await page.locator("h1").waitFor();
        await expectNoAxeViolations(page);
      }
    });

    test("the mission editor showing errors and the age check", async ({ page }) => {
      await signInWithPassword(page, demo.employer);
      await page.goto("/employer/missions/new");
      await page.locator("button[value=save]").click();
      await page.waitForSelector("#error-summary-title");
      await expectNoAxeViolations(page);
      await page.goto("/employer/missions/seed-mission-008/edit");
      await page.locator("textarea[name=description]").fill("Nous cherchons une personne jeune et dynamique.");
      await page.locator("button[value=publish]").click();
      await page.waitForSelector("#age-terms-title");
      await expectNoAxeViolations(page);
    });
  });
}
