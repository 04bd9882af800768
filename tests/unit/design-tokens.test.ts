import tailwindcss from "@tailwindcss/vite";
import { build, type Rollup } from "vite";
import { describe, expect, it } from "vitest";
import { colors } from "../../tailwind.config";
import { repoRoot } from "../support/paths";

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe("design tokens for older eyes", () => {
  const textOnBackgrounds: [keyof typeof colors, keyof typeof colors][] = [
    ["ink", "paper"],
    ["ink", "white"],
    ["muted", "white"],
    ["muted", "paper"],
    ["brand", "white"],
    ["brand", "paper"],
    ["brand", "brand-soft"],
    ["white", "brand"],
    ["danger", "danger-soft"],
    ["danger", "white"],
    ["success", "success-soft"],
    ["accent", "white"],
    ["ink", "brand-soft"],
  ];
  for (const [text, background] of textOnBackgrounds) {
    it(`${text} on ${background} reaches 7:1`, () => {
      expect(contrast(colors[text], colors[background])).toBeGreaterThanOrEqual(7);
    });
  }

  // the ring sits on the page, a card, a notice or a summary; its light halo sits between it and the element, dark or light
  const focusPairs: [keyof typeof colors, keyof typeof colors, string][] = [
    ["focus", "paper", "the ring on the page"],
    ["focus", "white", "the ring on a card"],
    ["focus", "brand-soft", "the ring on a notice"],
    ["focus", "danger-soft", "the ring on an error summary"],
    ["focus", "success-soft", "the ring on a success notice"],
    ["white", "focus", "the halo beside the ring"],
    ["white", "brand", "the halo beside a button"],
  ];
  for (const [ring, background, where] of focusPairs) {
    it(`${where} reaches 3:1`, () => {
      expect(contrast(colors[ring], colors[background])).toBeGreaterThanOrEqual(3);
    });
  }
});

/** The stylesheet as the app's build makes it: app/styles/app.css through the same Tailwind plugin. */
async function builtStylesheet(): Promise<string> {
  const result = (await build({
    configFile: false,
    root: repoRoot,
    logLevel: "silent",
    plugins: [tailwindcss()],
    build: { write: false, cssMinify: false, rollupOptions: { input: `${repoRoot}/app/styles/app.css` } },
  })) as Rollup.RollupOutput;
  const css = result.output.find((file) => file.fileName.endsWith(".css"));
  if (!css || css.type !== "asset") throw new Error("the build made no stylesheet");
  return String(css.source);
}

describe("the built stylesheet", () => {
  it(
    "defines every custom property it uses without a fallback, the focus ring's colours among them",
    { timeout: 60_000 },
    async () => {
      const css = await builtStylesheet();
      const defined = new Set(
        [...css.matchAll(/(--[\w-]+)\s*:/g), ...css.matchAll(/@property\s+(--[\w-]+)/g)].map((match) => match[1]),
      );
      const usedBare = new Set([...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((match) => match[1]));
      expect([...usedBare].filter((name) => !defined.has(name))).toEqual([]);
      // the minifier may shorten a colour (#ffffff to #fff)
      const valueOf = (name: string) =>
        css
          .match(new RegExp(`${name}:\\s*([^;]+);`))?.[1]
          .trim()
          .toLowerCase()
          .replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, "#$1$1$2$2$3$3");
      expect([valueOf("--color-focus"), valueOf("--color-focus-halo")]).toEqual([colors.focus, colors.white]);
    },
  );
});
