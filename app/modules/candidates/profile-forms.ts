// One schema per step of the guided profile. Messages are translation keys.
import { z } from "zod";
import { listField, optionalWholeNumber } from "~/modules/forms/parse";
import { maskOfMonths, maskOfSlotValues } from "~/modules/schedule/masks";
import {
  experienceBands,
  languageLevels,
  physicalPreferences,
  seeks,
  sectors,
  spokenLanguages,
  travelModes,
  type ExperienceBand,
} from "./vocabulary";

const text = (max: number, message: "errors.textTooLong") => z.string().trim().max(max, message).default("");

export const experienceForm = z
  .object({
    headline: text(120, "errors.textTooLong"),
    story: text(2000, "errors.textTooLong"),
    skills: text(500, "errors.textTooLong"),
    pastField: listField(z.string().trim().max(80, "errors.textTooLong")),
    pastBand: listField(z.string().trim()),
  })
  .transform((form, context) => {
    const pastFields: { field: string; band: ExperienceBand }[] = [];
    form.pastField.forEach((field, index) => {
      if (!field) return;
      const band = experienceBands.find((choice) => choice === form.pastBand[index]);
      if (!band) {
        context.addIssue({ code: "custom", path: [`pastBand-${index}`], message: "privacy.bandRequired" });
        return;
      }
      pastFields.push({ field, band });
    });
    return {
      headline: form.headline,
      story: form.story,
      skills: form.skills
        .split(/[,;\n]/)
        .map((skill) => skill.trim())
        .filter(Boolean)
        .slice(0, 30),
      pastFields,
    };
  });

export const languagesForm = z
  .object(
    Object.fromEntries(spokenLanguages.map((code) => [`lang-${code}`, z.enum(["", ...languageLevels]).default("")])),
  )
  .transform((form) =>
    spokenLanguages.flatMap((code) => {
      const level = form[`lang-${code}`];
      return level ? [{ code, level: level as (typeof languageLevels)[number] }] : [];
    }),
  )
  .refine((languages) => languages.length > 0, { path: ["lang-fr"], message: "errors.languageRequired" });

export const availabilityForm = z
  .object({
    slot: listField(z.string()).transform(maskOfSlotValues),
    maxHoursPerWeek: optionalWholeNumber(1, 60, "errors.hoursInvalid"),
    monthAway: listField(z.coerce.number().int()).transform(maskOfMonths),
  })
  .refine((form) => form.slot !== 0, { path: ["slot"], message: "errors.availabilityRequired" });

export const placeForm = z.object({
  town: z.string({ error: "errors.townRequired" }).trim().min(1, "errors.townRequired").max(120, "errors.townUnknown"),
  /** the place ticked among those offered for the typed name (places/typed-town.server.ts), and the name they were offered for */
  townChoice: z.string().trim().max(200).optional(),
  townTyped: z.string().trim().max(120).optional(),
  travelMaxKm: optionalWholeNumber(1, 200, "errors.distanceInvalid"),
  travelMode: listField(z.enum(travelModes)),
});

export const preferencesForm = z.object({
  physicalPreference: z.enum(physicalPreferences).default("either"),
  maxLiftKg: optionalWholeNumber(0, 50, "errors.liftInvalid"),
  sector: listField(z.enum(sectors)),
  seek: listField(z.enum(seeks)),
});

/** A telephone number as people write it: 10 to 15 digits, spaces, dashes and brackets allowed. */
const phoneDigitsFit = (phone: string) => {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 10 && digits.length <= 15;
};

export const contactForm = z
  .object({
    contactPreference: z.enum(["email", "phone"], { error: "errors.contactRequired" }),
    phone: z
      .string()
      .trim()
      .max(30, "errors.phoneInvalid")
      .refine((phone) => !phone || phoneDigitsFit(phone), "errors.phoneInvalid")
      .default(""),
    visibleToEmployers: z.enum(["yes", "no"], { error: "errors.visibilityRequired" }),
  })
  .superRefine(
    (form, context) => {
      if (form.contactPreference === "phone" && !form.phone) {
        context.addIssue({ code: "custom", path: ["phone"], message: "errors.phoneRequired" });
      }
    },
    // runs even when another field failed, so every error shows in one round (issue 13); not when the phone itself did
    { when: (payload) => !payload.issues.some((issue) => issue.path?.[0] === "phone") },
  );

export const profileStepForms = {
  experience: experienceForm,
  languages: languagesForm,
  availability: availabilityForm,
  place: placeForm,
  preferences: preferencesForm,
  contact: contactForm,
} as const;
