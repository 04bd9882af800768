// The organisation profile's schema.
import { z } from "zod";
import { sectors } from "~/modules/vocabulary/choices";
import { listField } from "~/modules/forms/parse";

export const commitments = ["flexible-hours", "seated-options", "training", "mentoring", "benefits"] as const;

const text = (max: number) => z.string().trim().max(max, "errors.textTooLong").default("");

export const organisationForm = z.object({
  name: z
    .string({ error: "errors.orgNameRequired" })
    .trim()
    .min(1, "errors.orgNameRequired")
    .max(160, "errors.orgNameTooLong"),
  sector: z.enum(sectors, { error: "errors.sectorRequired" }),
  purpose: z
    .string({ error: "errors.purposeRequired" })
    .trim()
    .min(20, "errors.purposeRequired")
    .max(4000, "errors.textTooLong"),
  values: text(4000),
  customerExpectations: text(4000),
  whyExperience: text(4000),
  commitment: listField(z.enum(commitments)),
  website: z
    .string()
    .trim()
    .max(300)
    .refine((value) => value === "" || /^https:\/\/[^\s]+$/.test(value), "errors.websiteInvalid")
    .default(""),
  address: text(200),
  town: z.string({ error: "errors.townRequired" }).trim().min(1, "errors.townRequired").max(120, "errors.townUnknown"),
  // the place chosen when the typed name could mean several (decision 0023), and the name it was offered for
  townChoice: text(200),
  townTyped: text(120),
  postalCode: text(10),
  photoAlt: text(200),
  contentLocale: z.enum(["fr", "en"]).default("fr"),
});
