// Design tokens for older eyes and hands. Text colours keep at least 7:1 against the page (tests/unit/design-tokens
// checks it); the root font size is 112.5 %, so 1rem is 18 px and every size below scales with the browser's setting.
import type { Config } from "tailwindcss";

export const colors = {
  ink: "#1a1a1a",
  muted: "#3b3b3b",
  paper: "#fffdf8",
  white: "#ffffff",
  brand: "#0b4f5c",
  "brand-dark": "#073640",
  "brand-soft": "#e3f1f3",
  accent: "#7a3300",
  rule: "#8a857a",
  danger: "#8a1414",
  "danger-soft": "#fdeeee",
  success: "#13502b",
  "success-soft": "#e8f5ec",
  focus: "#1d4ed8",
} as const;

export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors,
      fontFamily: {
        sans: ["Atkinson Hyperlegible", "Verdana", "Segoe UI", "Arial", "sans-serif"],
      },
      fontSize: {
        base: ["1rem", { lineHeight: "1.65" }],
        lg: ["1.15rem", { lineHeight: "1.6" }],
      },
      spacing: {
        target: "2.75rem",
      },
      maxWidth: {
        prose: "42rem",
      },
    },
  },
} satisfies Config;
