// The word list lives in terms.json so that it can be reviewed and extended without touching code; its shape is
// checked once, when this module loads, so a bad edit fails every test instead of silently matching nothing.
import { z } from "zod";
import rawTerms from "./terms.json";

export const ageTermLocales = ["fr", "en"] as const;
export const ageTermKinds = ["age", "proxy", "experience-cap"] as const;

const localized = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });
const phrases = z.array(z.string().trim().min(1)).min(1);

const ageTermEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case words joined by hyphens"),
  lang: z.enum(ageTermLocales),
  pattern: z.string().trim().min(1),
  kind: z.enum(ageTermKinds),
  suggestion: localized,
  why: localized,
  examples: phrases,
  notFlagged: phrases,
});

export const ageTermsSchema = z
  .array(ageTermEntry)
  .min(1)
  .refine((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, "ids must be unique");

export type AgeTermLocale = (typeof ageTermLocales)[number];
export type AgeTermKind = (typeof ageTermKinds)[number];
export type Localized = z.infer<typeof localized>;
export type AgeTermEntry = z.infer<typeof ageTermEntry>;

export const ageTerms: readonly AgeTermEntry[] = ageTermsSchema.parse(rawTerms);
