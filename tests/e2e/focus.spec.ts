// Keyboard focus is visible on every stop of the main pages (WCAG 2.4.7, 2.4.11, 2.4.13), which axe cannot see: the
// test tabs through each page and, at every stop, reads the computed outline (at least 3 px, a real style), works out
// its contrast against the background it is drawn on (the ring sits outside the element, on its parent's colour),
// and checks that the ring is inside the window and that nothing (a header, a banner) covers the element.
import { expect, test, type Page } from "@playwright/test";
import { demo, signInWithPassword } from "../support/e2e-helpers";

type FocusStop = {
  name: string;
  outlineWidth: number;
  outlineStyle: string;
  ring: [number, number, number];
  background: [number, number, number];
  insideWindow: boolean;
  covered: string | null;
};

/** What the focused element shows, measured in the page. */
function describeFocus(): FocusStop | null {
  const element = document.activeElement;
  if (!element || element === document.body || !(element instanceof HTMLElement)) return null;
  const rgba = (value: string): [number, number, number, number] => {
    const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
    return [parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : 1];
  };
  // the colour behind the ring: the first ancestor with a background, blended over what is behind it
  const layers: [number, number, number, number][] = [];
  for (let node = element.parentElement; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] === 1) break;
  }
  let background: [number, number, number] = [255, 255, 255];
  for (const [r, g, b, a] of layers.reverse())
    background = [r * a + background[0] * (1 - a), g * a + background[1] * (1 - a), b * a + background[2] * (1 - a)];
  const style = getComputedStyle(element);
  const [r, g, b] = rgba(style.outlineColor);
  const reach = parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
  const box = element.getBoundingClientRect();
  const insideWindow =
    box.left - reach >= 0 &&
    box.top - reach >= 0 &&
    box.right + reach <= innerWidth &&
    box.bottom + reach <= innerHeight;
  const centre = document.elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
  const covered =
    centre === null || element.contains(centre) || centre.contains(element)
      ? null
      : `${centre.tagName.toLowerCase()}.${centre.className}`;
  return {
    name: `${element.tagName.toLowerCase()} "${(element.innerText || element.getAttribute("aria-label") || (element as HTMLInputElement).name || "").trim().slice(0, 40)}"`,
    outlineWidth: parseFloat(style.outlineWidth),
    outlineStyle: style.outlineStyle,
    ring: [r, g, b],
    background,
    insideWindow,
    covered,
  };
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r, g, bl] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Tabs from the top of the page until focus leaves it or comes back to the first stop; every stop is checked. */
async function expectVisibleFocusOnEveryStop(page: Page, path: string) {
  await page.goto(path);
  const problems: string[] = [];
  const seen: string[] = [];
  for (let stop = 0; stop < 80; stop++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(describeFocus);
    if (!focus) break;
    if (seen.length > 0 && focus.name === seen[0] && stop > 3) break;
    seen.push(focus.name);
    const ratio = contrast(focus.ring, focus.background);
    if (focus.outlineStyle === "none" || focus.outlineWidth < 3)
      problems.push(`${focus.name}: outline ${focus.outlineWidth}px ${focus.outlineStyle}`);
    else if (ratio < 3)
      problems.push(
        `${focus.name}: ring rgb(${focus.ring}) on rgb(${focus.background.map(Math.round)}) is ${ratio.toFixed(2)}:1`,
      );
    if (!focus.insideWindow) problems.push(`${focus.name}: the ring runs past the window`);
    if (focus.covered) problems.push(`${focus.name}: covered by ${focus.covered}`);
  }
  expect(seen.length, `focus stops on ${path}`).toBeGreaterThan(3);
  expect(problems, `focus on ${path}`).toEqual([]);
}

test.describe("keyboard focus is visible", () => {
  for (const path of ["/", "/missions", "/missions/seed-mission-001", "/signin"]) {
    test(`on ${path}`, async ({ page }) => {
      await expectVisibleFocusOnEveryStop(page, path);
    });
  }

  test("on a signed-in page with a form of many kinds (the availability step)", async ({ page }) => {
    await signInWithPassword(page, demo.candidate);
    await expectVisibleFocusOnEveryStop(page, "/profile/availability");
  });
});
