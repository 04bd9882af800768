// Zero axe violations (WCAG 2.0, 2.1 and 2.2, A and AA) on every page, in French and in English.
import { test, type Page } from "@playwright/test";
import { demo, expectNoAxeViolations, signInWithPassword, uniqueEmail, useLanguage } from "../support/e2e-helpers";

async function openCodePage(page: Page) {
  await page.goto("/signin");
  await page.getByLabel(/Adresse courriel|Email address/).first().fill(uniqueEmail("axe"));
  await page.locator("button[value=link]").click();
  await page.waitForURL(/\/signin\/code/);
}

const publicPages = ["/", "/signin", "/signup", "/signin/link?token=not-a-token", "/dev/mail", "/no-such-page"];

for (const lang of ["fr", "en"] as const) {
  test.describe(`pages in ${lang}`, () => {
    test.beforeEach(async ({ context, baseURL }) => {
      await useLanguage(context, baseURL!, lang);
    });

    for (const path of publicPages) {
      test(`public page ${path}`, async ({ page }) => {
        await page.goto(path);
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

    test("candidate's space and account", async ({ page }) => {
      await signInWithPassword(page, demo.candidate);
      await expectNoAxeViolations(page);
      await page.goto("/account");
      await expectNoAxeViolations(page);
    });

    test("employer's space", async ({ page }) => {
      await signInWithPassword(page, demo.employer);
      await expectNoAxeViolations(page);
    });
  });
}
