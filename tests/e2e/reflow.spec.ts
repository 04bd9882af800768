// At 320 CSS px no page scrolls sideways (WCAG 1.4.10), also with the WCAG 1.4.12 text spacing applied (line height
// 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em): the week grid, the open search filters, long words and
// addresses reflow. Each page is measured as served, then again with the spacing stylesheet added (no second load),
// and nothing may be cut off by a box that hides what overflows it.
import { expect, test, type Page } from "@playwright/test";
import { demo, signInWithPassword, useLanguage } from "../support/e2e-helpers";
import { insertNewOrganisation } from "../support/e2e-new-organisation";

// the spacing stylesheet stands for a reader's own (an extension's), which the site's CSP does not govern
test.use({ viewport: { width: 320, height: 800 }, bypassCSP: true });

const textSpacing = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** How wide the page is, and what pokes out of the window or is cut by its own box. */
function measure() {
  const width = document.documentElement.clientWidth;
  const name = (element: Element) =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.textContent ?? "").trim().slice(0, 30)}"`;
  const elements = [...document.querySelectorAll("body *")];
  const outside = (element: Element) => element.getBoundingClientRect().right > width + 1;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    // the innermost elements past the right edge: the ones to fix
    outside: elements
      .filter((element) => outside(element) && ![...element.children].some(outside))
      .slice(0, 5)
      .map(name),
    cut: elements
      .filter((element) => {
        if (element.matches("select, input, textarea, svg, svg *") || element.clientWidth <= 1) return false;
        return getComputedStyle(element).overflowX !== "visible" && element.scrollWidth > element.clientWidth + 1;
      })
      .slice(0, 5)
      .map(name),
  };
}

async function expectNoSidewaysScroll(page: Page, path: string, prepare?: (page: Page) => Promise<void>) {
  await page.goto(path);
  await prepare?.(page);
  for (const spacing of ["as served", "with text spacing"]) {
    if (spacing === "with text spacing") await page.addStyleTag({ content: textSpacing });
    const found = await page.evaluate(measure);
    expect(
      { scrollWidth: found.scrollWidth <= 320 ? "fits" : found.scrollWidth, outside: found.outside, cut: found.cut },
      `${path} ${spacing}`,
    ).toEqual({
      scrollWidth: "fits",
      outside: [],
      cut: [],
    });
  }
}

const openFilters = async (page: Page) => {
  await page.locator("details summary").first().click();
  await expect(page.locator("fieldset#slot")).toBeVisible();
};

test("public pages reflow at 320 px, the search with its filters open", async ({ page }) => {
  await expectNoSidewaysScroll(page, "/");
  await expectNoSidewaysScroll(page, "/missions", openFilters);
  await expectNoSidewaysScroll(page, "/missions/seed-mission-001");
  await expectNoSidewaysScroll(page, "/employers/librairie-la-page-cornee");
  await expectNoSidewaysScroll(page, "/signin");
  await expectNoSidewaysScroll(page, "/signup");
});

test("a candidate's pages reflow at 320 px in English (the longest words), the availability step included", async ({
  page,
  context,
  baseURL,
}) => {
  await useLanguage(context, baseURL!, "en");
  await signInWithPassword(page, demo.candidate);
  for (const path of [
    "/dashboard",
    "/profile",
    "/profile/availability",
    "/missions/for-you",
    "/missions/seed-mission-010/apply",
    "/account",
  ]) {
    await expectNoSidewaysScroll(page, path);
  }
});

test("an employer's everyday pages reflow at 320 px, the mission editor's week included", async ({ page }) => {
  await signInWithPassword(page, demo.employer);
  for (const path of [
    "/dashboard",
    "/employer/missions/new",
    "/employer/applications/seed-application-0001",
    "/employer/team",
  ]) {
    await expectNoSidewaysScroll(page, path);
  }
});

test("the recruiter's pipeline as a list reflows at 320 px", async ({ page }) => {
  await signInWithPassword(page, demo.employer);
  await expectNoSidewaysScroll(page, "/employer/pipeline?view=list");
});

// issue 13's new states: the first steps and what is new on the dashboard, the organisation switch in the header, the
// account's choice of notices, and the confirmation pages, in English (the longest words) and in French
for (const lang of ["en", "fr"] as const) {
  test(`a new organisation's owner's pages reflow at 320 px: first steps, news, organisation switch, notices, confirmations (${lang})`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const organisation = await insertNewOrganisation(lang);
    await useLanguage(context, baseURL!, lang);
    await signInWithPassword(page, organisation.ownerEmail);
    // the first visit since the owner joined: the two applications are new
    await expectNoSidewaysScroll(page, "/dashboard", async () => {
      await expect(page.locator("#new-since-title")).toBeVisible();
      await expect(page.locator("main a[href='/employer/profile']").first()).toBeVisible();
      await expect(page.locator(`form[action="/employer/switch"] select`).first()).toBeAttached();
    });
    for (const path of [
      "/account",
      "/employer/pipeline?view=list",
      `/employer/applications/${organisation.applicationId}/interview/cancel`,
      `/employer/team/${organisation.recruiterMembershipId}/remove`,
      `/interviews/${organisation.interviewToken}/cancel`,
    ]) {
      await expectNoSidewaysScroll(page, path, async () => {
        await expect(page.locator("h1")).toBeVisible();
      });
    }
  });
}
