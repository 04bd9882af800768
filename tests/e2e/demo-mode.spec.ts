// Demo mode as a visitor meets it (issue 11, item 3): every page says it is a demonstration, in French and English,
// and the server the browser tests run (demo mode, no HOST) listens on this computer only.
import net from "node:net";
import { expect, test } from "@playwright/test";
import { axeViolations } from "../support/e2e-helpers";

test("every page says plainly that it is a demonstration, in French and in English", async ({ page }) => {
  for (const path of ["/", "/missions", "/signin", "/page-qui-n-existe-pas"]) {
    await page.goto(path);
    await expect(page.getByRole("complementary", { name: "Démonstration" })).toHaveText(
      "Ceci est une démonstration : les comptes et les missions sont fictifs, n’y mettez pas de vraies données.",
    );
  }
  await page.goto("/signin");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("complementary", { name: "Demonstration" })).toHaveText(
    "This is a demonstration: the accounts and missions are made up, so do not enter real information.",
  );
  expect(await axeViolations(page, "aside")).toEqual([]);
  await page.getByRole("button", { name: "Français" }).click();
});

test("demo mode listens on 127.0.0.1 only", async ({ baseURL }) => {
  const port = Number(new URL(baseURL!).port);
  const reachable = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port, timeout: 2000 }, () => (socket.destroy(), resolve(true)));
      socket.once("error", () => resolve(false));
      socket.once("timeout", () => (socket.destroy(), resolve(false)));
    });
  expect(await reachable("127.0.0.1")).toBe(true);
  // Linux routes all of 127.0.0.0/8 to this computer: a server listening on every address answers 127.0.0.2 too,
  // one bound to 127.0.0.1 alone refuses it (this works on a machine with no network address besides loopback)
  expect(await reachable("127.0.0.2")).toBe(false);
});
