// The Content-Security-Policy as browsers meet it on the production server (scripts/server.mjs): the main pages,
// with JavaScript on and off, load without a single violation, and pages still hydrate (a link is followed
// without reloading the document). The headers of each kind of answer are read too.
import { expect, test, type Page, type Response } from "@playwright/test";
import { demo, signInWithPassword } from "../support/e2e-helpers";

/** Records every CSP violation the page reports in its console (JavaScript on or off), and uncaught errors. */
function watchViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    // a CSP refusal, or a Permissions-Policy feature the browser does not know (a typo in ours)
    if (
      /Content[ -]Security[ -]Policy|Refused to (load|execute|apply|connect|frame)|Permissions-Policy/i.test(
        message.text(),
      )
    )
      violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  return violations;
}

/** Listens for securitypolicyviolation in every document (Playwright's init scripts are not subject to the CSP). */
async function listenForViolationEvents(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

async function violationEvents(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
}

/** Opens each path and checks that the page loaded with no violation reported by event. */
async function visit(page: Page, paths: string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await page.waitForLoadState("networkidle");
    expect(await violationEvents(page), path).toEqual([]);
  }
}

/** The nonce a page's policy names. */
function nonceOf(response: { headers(): Record<string, string> }): string {
  const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce).toBeTruthy();
  return nonce!;
}

const publicPaths = [
  "/",
  "/missions",
  "/missions?q=musée&sort=newest",
  "/missions/seed-mission-001",
  "/missions/seed-mission-001/apply",
  "/signin",
  "/signup",
  "/nulle-part-404",
];
const candidatePaths = [
  "/dashboard",
  "/profile",
  "/profile/place",
  "/missions/for-you",
  "/applications",
  "/saved",
  "/alerts",
  "/account",
];
const employerPaths = [
  "/dashboard",
  "/employer/missions",
  "/employer/missions/new",
  "/employer/pipeline",
  "/employer/interviews",
  "/employer/profile",
  "/employer/team",
  "/employer/templates",
];

test.describe("with JavaScript", () => {
  test("public pages load with no CSP violation; a page with scripts follows a link without reloading the document", async ({
    page,
  }) => {
    const violations = watchViolations(page);
    await listenForViolationEvents(page);
    await visit(
      page,
      publicPaths.filter((path) => path !== "/nulle-part-404"),
    );
    await page.goto("/nulle-part-404");
    expect(await violationEvents(page)).toEqual([]);

    // hydration: a client-side navigation keeps this document (and what we left on its window); public pages have no
    // script (decision 0037), the sign-in page does
    await page.goto("/signin");
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const documents: Response[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "document") documents.push(response);
    });
    await page.getByRole("banner").getByRole("link", { name: "Créer un compte" }).click();
    await expect(page).toHaveURL(/\/signup$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(documents).toEqual([]);
    expect(await violationEvents(page)).toEqual([]);
    expect(violations).toEqual([]);
  });

  test("a candidate's and an employer's pages load with no CSP violation", async ({ browser }) => {
    for (const [email, paths] of [
      [demo.candidate, candidatePaths],
      [demo.employer, employerPaths],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const violations = watchViolations(page);
      await listenForViolationEvents(page);
      await signInWithPassword(page, email);
      await visit(page, paths);
      if (email === demo.employer) {
        const application = await page
          .goto("/employer/pipeline")
          .then(() => page.locator('a[href^="/employer/applications/"]').first().getAttribute("href"));
        if (application) await visit(page, [application]);
      }
      expect(violations).toEqual([]);
      await context.close();
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("pages load with no CSP violation and keep their styles", async ({ page }) => {
    const violations = watchViolations(page);
    for (const path of publicPaths) {
      await page.goto(path);
      // the stylesheet applied: the body is not the browser's default white with its 8 px margin
      expect(await page.locator("body").evaluate((body) => getComputedStyle(body).margin), path).toBe("0px");
    }
    await signInWithPassword(page, demo.candidate);
    for (const path of candidatePaths) await page.goto(path);
    expect(violations).toEqual([]);
  });
});

test("each kind of answer carries its headers, pages with a fresh nonce that their scripts bear", async ({
  request,
}) => {
  // a page no shared cache keeps (an anonymous public page has hashes instead: tests/integration/http-caching.test.ts)
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const nonce = nonceOf(first);
  expect(nonceOf(second)).not.toBe(nonce);
  const policy = first.headers()["content-security-policy"];
  for (const directive of [
    "'strict-dynamic'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ])
    expect(policy).toContain(directive);
  // the page's policy replaced the server's floor rather than joining it (both would be enforced)
  expect(policy).not.toContain("default-src 'none'");
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !attributes.includes("application/ld+json"));
  expect(scripts.length).toBeGreaterThan(0);
  for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);

  const stylesheet = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
  const module = html.match(/href="(\/assets\/[^"]+\.js)"/)?.[1];
  const answers = {
    page: first,
    data: await request.get("/missions.data"),
    stylesheet: await request.get(stylesheet!),
    script: await request.get(module!),
    icon: await request.get("/favicon.svg"),
    notFound: await request.get("/nulle-part"),
    redirect: await request.get("/account", { maxRedirects: 0 }),
  };
  expect(answers.notFound.status()).toBe(404);
  expect(answers.redirect.status()).toBe(302);
  for (const [kind, answer] of Object.entries(answers)) {
    const headers = answer.headers();
    expect(headers["content-security-policy"], kind).toBeTruthy();
    expect(headers["x-content-type-options"], kind).toBe("nosniff");
    expect(headers["referrer-policy"], kind).toBe("same-origin");
    expect(headers["cross-origin-opener-policy"], kind).toBe("same-origin");
    expect(headers["permissions-policy"], kind).toContain("camera=()");
    // the end-to-end server runs in demo mode, over http: no HSTS
    expect(headers["strict-transport-security"], kind).toBeUndefined();
  }
  for (const kind of ["data", "stylesheet", "script", "icon", "redirect"] as const) {
    expect(answers[kind].headers()["content-security-policy"], kind).toContain("default-src 'none'");
  }
  expect(answers.notFound.headers()["content-security-policy"]).toContain("'nonce-");
});
