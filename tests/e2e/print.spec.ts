import { expect, test } from "@playwright/test";

test("a mission prints as one clean page, without navigation or buttons", async ({ page }) => {
  await page.goto("/missions/seed-mission-001");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Postuler à cette mission" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Conseil aux lecteurs, le samedi" })).toBeVisible();
  const pdf = await page.pdf({ format: "Letter", preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
