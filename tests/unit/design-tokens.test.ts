import { describe, expect, it } from "vitest";
import { colors } from "../../tailwind.config";

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

  it("the focus ring stands out from the page (3:1)", () => {
    expect(contrast(colors.focus, colors.paper)).toBeGreaterThanOrEqual(3);
  });
});
