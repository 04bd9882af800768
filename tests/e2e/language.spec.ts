import { expect, test } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, signInWithPassword } from "../support/e2e-helpers";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`language switch with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("French by default, English on request, remembered from page to page", async ({ page }) => {
      await page.goto("/signin");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Me connecter");

      await page.getByRole("button", { name: "English" }).click();
      await expect(page).toHaveURL(/\/signin$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");

      await page.goto("/signup");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create an account");

      await page.getByRole("button", { name: "Français" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    });

    test("a public page has an address per language: the switch leads to the other one, links stay in the language, and the home's plain address follows the choice", async ({
      page,
    }) => {
      await page.goto("/missions?q=librairie");
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await page.getByRole("button", { name: "English" }).click();
      await expect(page).toHaveURL(/\/en\/missions\?q=librairie$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute("href", /\/en\/missions\?q=librairie$/);

      // a mission found from the English search opens at its English address, and so do the header's links
      await page.locator('main a[href^="/en/missions/seed-mission-"]').first().click();
      await expect(page).toHaveURL(/\/en\/missions\/[^/?]+$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      const english = new URL(page.url()).pathname;
      await page.getByRole("banner").getByRole("link", { name: "Chevronné" }).click();
      await expect(page).toHaveURL(/\/en$/);

      // the choice is remembered: the plain address sends this browser to the English home
      await page.goto("/");
      await expect(page).toHaveURL(/\/en$/);
      await page.goto(english);
      await page.getByRole("button", { name: "Français" }).click();
      await expect(page).toHaveURL(new RegExp(`${english.replace(/^\/en/, "")}$`));
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await page.goto("/");
      await expect(page).toHaveURL(/\/$/);
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    });
  });
}

test("a signed-in person's choice is kept on the account, so emails follow it", async ({ page }) => {
  await signInWithPassword(page, demo.recruiter);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Hello /);
  const [row] = await e2eQuery<{ locale: string }>(`SELECT locale FROM "User" WHERE email = $1`, [demo.recruiter]);
  expect(row.locale).toBe("en");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Bonjour /);
});
