// Valid HTML (issue 15, item 6; docs/decisions/0031-share-cards-and-valid-html.md): every kind of page, as the built
// server sends it, passes html-validate with the repository's configuration (.htmlvalidate.json), the scripts that
// stream the page's data included: they now come before `</body></html>` (app/entry.server.tsx, closingTagsLast).
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { FileSystemConfigLoader, HtmlValidate } from "html-validate";
import { addressIn, demo, isPublicDocument, signInWithPassword, useLanguage } from "../support/e2e-helpers";

const validator = new HtmlValidate(new FileSystemConfigLoader());
/** The configuration is looked up from the file's folder upwards: a name at the repository's root finds ours. */
const asFile = path.resolve(import.meta.dirname, "../../page.html");

async function expectValid(request: APIRequestContext, pagePath: string, status = 200) {
  const response = await request.get(pagePath, { maxRedirects: 0 });
  expect(response.status(), pagePath).toBe(status);
  expect(response.headers()["content-type"], pagePath).toMatch(/^text\/html/);
  const html = await response.text();
  // nothing after the document's end, and the data scripts inside it
  expect(html.trimEnd().endsWith("</body></html>"), `${pagePath} ends with </body></html>`).toBe(true);
  expect(html.match(/<\/html>/g), pagePath).toHaveLength(1);
  // a page with scripts streams its data inside the document; a public page has none (decision 0037)
  const runsScripts = !isPublicDocument(new URL(pagePath, "http://localhost").pathname);
  if (status === 200 && runsScripts) expect(html, pagePath).toContain("streamController");
  const report = await validator.validateString(html, asFile);
  const problems = report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${message.ruleId} line ${message.line}:${message.column} ${message.message} [${message.selector ?? ""}]`,
    ),
  );
  expect.soft(problems, pagePath).toEqual([]);
}

const publicPages = [
  "/",
  "/missions",
  "/missions?q=librairie&town=Sherbrooke&radius=5",
  "/missions/seed-mission-001",
  "/employers/librairie-la-page-cornee",
  "/signin",
  "/signup",
  "/privacy",
  "/missions/seed-mission-001/report",
];

for (const lang of ["fr", "en"] as const) {
  test(`public pages are valid HTML (${lang})`, async ({ request, context, baseURL }) => {
    await useLanguage(context, baseURL!, lang);
    const headers = { Cookie: (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ") };
    for (const pagePath of publicPages.map((path) => addressIn(path, lang))) {
      const response = await request.get(pagePath, { headers });
      expect(response.status(), pagePath).toBe(200);
    }
    // the context's own request carries the language cookie
    for (const pagePath of publicPages) await expectValid(context.request, addressIn(pagePath, lang));
    await expectValid(context.request, "/no-such-page", 404);
    await expectValid(context.request, "/missions/no-such-mission", 404);
  });
}

test("a candidate's pages are valid HTML", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithPassword(page, demo.candidate);
  for (const pagePath of [
    "/dashboard",
    "/profile",
    "/profile/experience",
    "/profile/availability",
    "/profile/place",
    "/missions/for-you",
    "/missions/seed-mission-010",
    "/missions/seed-mission-010/apply",
    "/applications",
    "/saved",
    "/alerts",
    "/account",
  ]) {
    await expectValid(page.request, pagePath);
  }
  // the interview page the demo data proposes to the demo candidate
  await page.goto("/applications");
  const interview = await page.getByRole("link", { name: "Choisir l’heure de votre entrevue" }).getAttribute("href");
  expect(interview).toMatch(/^\/interviews\/[0-9a-f]{40}$/);
  await expectValid(page.request, interview!);
});

test("an employer's pages are valid HTML", async ({ page }) => {
  test.setTimeout(90_000);
  await signInWithPassword(page, demo.employer);
  for (const pagePath of [
    "/dashboard",
    "/employer/pipeline",
    "/employer/pipeline?view=list",
    "/employer/missions",
    "/employer/missions/new",
    "/employer/missions/seed-mission-001/edit",
    "/employer/missions/seed-mission-001/preview",
    "/employer/applications/seed-application-0001",
    "/employer/interviews",
    "/employer/profile",
    "/employer/team",
  ]) {
    await expectValid(page.request, pagePath);
  }
});

test("an administrator's pages are valid HTML", async ({ page }) => {
  await signInWithPassword(page, demo.administrator);
  for (const pagePath of ["/admin", "/admin/organisations", "/admin/reports", "/admin/accounts", "/admin/incidents"])
    await expectValid(page.request, pagePath);
});
