// Small helpers for the browser tests.
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, type BrowserContext, type Page } from "@playwright/test";

export const demoPassword = "chevronne-demo";
export const demo = {
  candidate: "candidat.demo@chevronne.example",
  employer: "employeur.demo@chevronne.example",
  recruiter: "recruteur.demo@chevronne.example",
  administrator: "admin@chevronne.example",
};

/** A unique address per test, so parallel tests never read each other's emails. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@exemple.ca`;
}

/**
 * What a browser sends with a form from one of our pages. Posts made with Playwright's request API must say it too:
 * the server refuses writes that do not (app/modules/request-gate/cross-site.server.ts). `url` is any address of the site.
 */
export function fromOurPages(url: string | undefined): Record<string, string> {
  return { Origin: new URL(url ?? "http://localhost").origin, "Sec-Fetch-Site": "same-origin" };
}

/** A public page's address in a language: French at the plain path, English under /en (app/modules/i18n/public-pages.ts). */
export { inLanguage as addressIn, isPublicDocument } from "../../app/modules/i18n/public-pages";

/** The language cookie as the server writes it (Remix cookies hold base64 JSON). */
export async function useLanguage(context: BrowserContext, baseURL: string, lang: "fr" | "en") {
  const value = encodeURIComponent(Buffer.from(JSON.stringify(lang)).toString("base64"));
  await context.addCookies([{ name: "chevronne_lang", value, url: baseURL }]);
}

export async function signInWithPassword(page: Page, email: string) {
  await page.goto("/signin");
  const section = page.locator("section", { has: page.locator("#password-title") });
  await section.getByLabel(/courriel|email/i).fill(email);
  await section.getByLabel(/mot de passe|password/i).fill(demoPassword);
  await section.getByRole("button").click();
  await expect(page).toHaveURL(/\/dashboard/);
}

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
type AxeViolation = { id: string; impact: string | null; nodes: { target: string[] }[] };

/**
 * Whether the page runs scripts: Remix's inline script defines `__remixContext` when they do. (A timer that fires
 * was the test before; with JavaScript off it sometimes fired all the same, and a promise that never settles is
 * reported lost only when garbage collected, minutes later.) A page that is not ours is checked as a copy.
 */
async function scriptsRun(page: Page): Promise<boolean> {
  return page.evaluate(() => "__remixContext" in window).catch(() => false);
}

async function runAxe(page: Page, selector?: string) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(
    async ({ tags, selector }) => {
      const axe = (
        window as unknown as {
          axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const { violations } = await axe.run(selector ? { include: [[selector]] } : document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
      }));
    },
    { tags: wcagTags, selector },
  );
}

/**
 * The WCAG 2.0-2.2 A and AA violations axe finds on the page (or in the part `selector` names). axe-core is run in
 * the page directly: @axe-core/playwright opens an extra page for each check, which doubled the cost of every check
 * (half of the browser tests' time went to axe). Our pages have no frames, so nothing is lost. axe needs scripts:
 * a page shown with JavaScript off is checked as a copy of its document (its own scripts removed, its styles loaded
 * from the server) in a page that runs them.
 */
export async function axeViolations(page: Page, selector?: string) {
  if (await scriptsRun(page)) return runAxe(page, selector);
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  // JavaScript on said out loud: in a test that turned it off, Playwright applies that to every new context too
  const context = await page
    .context()
    .browser()!
    .newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(page.url(), (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    await copy.goto(page.url());
    return await runAxe(copy, selector);
  } finally {
    await context.close();
  }
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}
