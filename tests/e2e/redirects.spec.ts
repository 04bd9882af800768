// The open redirect, in a real browser: /signin?redirectTo=%2F%09%2Fexample.org%2Fphish, then a password
// sign-in, used to land on http://example.org/phish (the server answered "Location: /\t/example.org/phish" and
// Chromium dropped the tab). It must end on this site, with JavaScript on and off (app/modules/security/redirects.server.ts).
import { expect, test } from "@playwright/test";
import { demo, demoPassword } from "../support/e2e-helpers";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`sign-in with a hostile redirectTo, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("ends on this site's dashboard, and the browser never asks another site for anything", async ({
      page,
      baseURL,
    }) => {
      const otherHosts: string[] = [];
      page.on("request", (request) => {
        const host = new URL(request.url()).host;
        if (host !== new URL(baseURL!).host) otherHosts.push(request.url());
      });

      await page.goto("/signin?redirectTo=%2F%09%2Fexample.org%2Fphish");
      const section = page.locator("section", { has: page.locator("#password-title") });
      await section.getByLabel("Adresse courriel").fill(demo.candidate);
      await section.getByLabel("Mot de passe").fill(demoPassword);
      await section.getByRole("button").click();

      await expect(page).toHaveURL(`${baseURL}/dashboard`);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(otherHosts).toEqual([]);
    });
  });
}
