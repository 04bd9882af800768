import { z } from "zod";
import { candidateEmailKinds } from "./candidate-email-kinds";

/** Only our three merge fields may appear in braces; anything else would reach the candidate as typed. */
const onlyKnownFields = (text: string) =>
  [...text.matchAll(/\{([^}]*)\}/g)].every((match) => ["candidate", "mission", "employer"].includes(match[1]));

/** Going back to the default wording needs only which email and language; what was typed does not matter. */
export const templateResetForm = z.object({
  kind: z.enum(candidateEmailKinds),
  locale: z.enum(["fr", "en"]),
});

export const templateForm = templateResetForm.extend({
  subject: z
    .string()
    .trim()
    .min(1, "errors.subjectRequired")
    .max(200, "errors.textTooLong")
    .refine(onlyKnownFields, "errors.unknownMergeField"),
  body: z
    .string()
    .trim()
    .min(1, "errors.bodyRequired")
    .max(5000, "errors.textTooLong")
    .refine(onlyKnownFields, "errors.unknownMergeField"),
});
