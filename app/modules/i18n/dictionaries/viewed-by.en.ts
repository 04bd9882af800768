// English mirror of viewed-by.fr.ts.
import type { viewedByFr } from "./viewed-by.fr";

export const viewedByEn: typeof viewedByFr = {
  title: "Who looked at your information",
  intro:
    "Each time an employer opens your application, downloads your CV or sees your profile among suggested people, we note it. Here are the organisations that did so in the last 12 months.",
  none: "No employer has looked at your information in the last 12 months.",
  caption: "Organisations that looked at your information, most recent first",
  organisation: "Organisation",
  what: "What they looked at",
  last: "Last time",
  whatLabels: {
    application: "your application",
    cv: "your CV",
    profile: "your profile (suggested people)",
  },
  kept: "These records are kept for 12 months, then erased.",
};
