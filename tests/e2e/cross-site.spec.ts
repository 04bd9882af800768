// Writes from another site, against the production server (scripts/server.mjs): refused with 403 before any route
// runs, in plain words, changing nothing (app/modules/request-gate/cross-site.server.ts). First with a real browser on a
// page of another site (http://127.0.0.1:<port>, served here: another site than http://localhost), then with each
// header combination the issue names.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, demoPassword, fromOurPages } from "../support/e2e-helpers";

/** A page on another site with a form that signs its visitor in to our site as the demo candidate (login CSRF). */
function forgedSignInPage(target: string) {
  return `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Gagnez un voyage</title></head><body>
    <form method="post" action="${target}/signin?index">
      <input type="hidden" name="intent" value="password">
      <input type="hidden" name="email" value="${demo.candidate}">
      <input type="hidden" name="password" value="${demoPassword}">
      <button type="submit">Participer</button>
    </form></body></html>`;
}

for (const javaScriptEnabled of [true, false]) {
  test(`a form on another site cannot sign the visitor in (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({
    browser,
    baseURL,
  }) => {
    // the refusal speaks the browser's language: no cookie of ours comes with another site's form
    const context = await browser.newContext({ javaScriptEnabled, locale: "fr-CA" });
    const page = await context.newPage();
    const otherSite = http.createServer((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(forgedSignInPage(baseURL!));
    });
    await new Promise<void>((resolve) => otherSite.listen(0, "127.0.0.1", resolve));
    await page.goto(`http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/concours`);
    await page.getByRole("button", { name: "Participer" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demande refusée");
    expect(new URL(page.url()).pathname).toBe("/signin");
    const cookies = await context.cookies(baseURL);
    expect(cookies.filter((cookie) => cookie.name.includes("chevronne_session"))).toEqual([]);
    await context.close();
    otherSite.close();
  });
}

const doors: [string, Record<string, string>][] = [
  ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
  ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site", Origin: "http://blog.localhost" }],
  [
    "Origin: https://evil.example with Sec-Fetch-Site: cross-site",
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  ],
  ["Origin: null", { Origin: "null" }],
  ["neither header", {}],
];

test("each door the issue names answers 403 on pages and .data requests (405 for PUT and DELETE), and changes nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  // the demo candidate's saved missions, as the record that must not change
  await page.goto("/signin");
  const section = page.locator("section", { has: page.locator("#password-title") });
  await section.getByLabel("Adresse courriel").fill(demo.candidate);
  await section.getByLabel("Mot de passe").fill(demoPassword);
  await section.getByRole("button").click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const [mission] = await e2eQuery<{ id: string }>(
    `SELECT m.id FROM "Mission" m WHERE m.status = 'published' AND m.id NOT IN
       (SELECT s."missionId" FROM "SavedMission" s JOIN "CandidateProfile" c ON c.id = s."candidateId" JOIN "User" u ON u.id = c."userId" WHERE u.email = $1)
     ORDER BY m.id LIMIT 1`,
    [demo.candidate],
  );
  const saved = () =>
    e2eQuery<{ count: number }>(
      `SELECT COUNT(*)::int AS count FROM "SavedMission" s JOIN "CandidateProfile" c ON c.id = s."candidateId" JOIN "User" u ON u.id = c."userId" WHERE u.email = $1 AND s."missionId" = $2`,
      [demo.candidate, mission.id],
    );
  const storageState = await page.context().storageState();

  for (const [label, headers] of doors) {
    const request = await playwright.request.newContext({ baseURL, storageState, extraHTTPHeaders: headers });
    for (const [method, path, status, heading] of [
      ["POST", `/missions/${mission.id}?index`, 403, "Demande refusée"],
      ["POST", `/missions/${mission.id}.data?index`, 403, "Demande refusée"],
      ["PUT", `/missions/${mission.id}?index`, 405, "Action non prévue"],
      ["DELETE", `/missions/${mission.id}?index`, 405, "Action non prévue"],
    ] as const) {
      const answer = await request.fetch(path, { method, form: { intent: "save" }, maxRedirects: 0 });
      expect(answer.status(), `${label}: ${method} ${path}`).toBe(status);
      expect(await answer.text()).toContain(`<h1>${heading}</h1>`);
      // the security headers of every response (item 5) are there too
      expect(answer.headers()["x-content-type-options"]).toBe("nosniff");
    }
    const signIn = await request.post("/signin?index", {
      form: { intent: "password", email: demo.candidate, password: demoPassword },
      maxRedirects: 0,
    });
    expect(signIn.status(), `${label}: sign-in`).toBe(403);
    expect(signIn.headers()["set-cookie"]).toBeUndefined();
    await request.dispose();
  }
  expect(await saved()).toEqual([{ count: 0 }]);

  // the same post from our own page goes through
  const ours = await playwright.request.newContext({ baseURL, storageState, extraHTTPHeaders: fromOurPages(baseURL) });
  expect(
    (await ours.post(`/missions/${mission.id}?index`, { form: { intent: "save" }, maxRedirects: 0 })).status(),
  ).toBe(302);
  expect(await saved()).toEqual([{ count: 1 }]);
  await ours.post(`/missions/${mission.id}?index`, { form: { intent: "forget" }, maxRedirects: 0 });
  await ours.dispose();
});
