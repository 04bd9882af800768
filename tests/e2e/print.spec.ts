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

test("the printed sheet says where the mission is online and how to apply, which the screen does not repeat", async ({
  page,
  baseURL,
}) => {
  await page.goto("/missions/seed-mission-001");
  const address = page.getByText(`Cette mission en ligne : ${baseURL}/missions/seed-mission-001`);
  const howToApply = page.getByText(
    "Pour postuler : ouvrez cette adresse, puis « Postuler à cette mission » (un compte gratuit vous sera demandé).",
  );
  await expect(address).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(address).toBeVisible();
  await expect(howToApply).toBeVisible();

  await page.goto("/missions/seed-mission-007");
  await expect(page.getByText("Cette mission ne reçoit plus de candidatures.")).toBeVisible();
});
