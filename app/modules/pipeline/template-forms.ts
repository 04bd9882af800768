import { z } from "zod";
import { candidateEmailKinds } from "./candidate-email-kinds";

/** Only our three merge fields may appear in braces; anything else would reach the candidate as typed. */
const onlyKnownFields = (text: string) => [...text.matchAll(/\{([^}]*)\}/g)].every((match) => ["candidate", "mission", "employer"].includes(match[1]));

export const templateForm = z.object({
  kind: z.enum(candidateEmailKinds),
  locale: z.enum(["fr", "en"]),
  subject: z.string().trim().min(1, "errors.subjectRequired").max(200, "errors.textTooLong").refine(onlyKnownFields, "errors.unknownMergeField"),
  body: z.string().trim().min(1, "errors.bodyRequired").max(5000, "errors.textTooLong").refine(onlyKnownFields, "errors.unknownMergeField"),
});
