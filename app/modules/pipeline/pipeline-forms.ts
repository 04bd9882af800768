// Schemas of the recruiter's pipeline forms (one per form).
import { z } from "zod";
import { checkbox, listField, optionalWholeNumber } from "~/modules/forms/parse";
import { recruiterStages, stages } from "./stages";


export const moveForm = z.object({
  application: z.string().min(1),
  /** the stage the recruiter saw: the move is made only from it */
  from: z.enum(stages),
  to: z.enum(recruiterStages, { error: "errors.stageRequired" }),
  notify: checkbox,
});

export const bulkForm = z.object({
  ids: listField(z.string().min(1)).refine((ids) => ids.length > 0, "errors.selectionRequired"),
  to: z.enum(recruiterStages, { error: "errors.stageRequired" }),
  notify: checkbox,
});

export const noteForm = z.object({
  text: z.string({ error: "errors.noteRequired" }).trim().min(1, "errors.noteRequired").max(4000, "errors.textTooLong"),
});

const rating = optionalWholeNumber(1, 5, "errors.ratingInvalid");

export const reviewForm = z.object({
  customerCare: rating,
  reliability: rating,
  languages: rating,
  teamwork: rating,
  recommendation: z.enum(["strong-yes", "yes", "no", "strong-no", ""]).default("").transform((value) => value || null),
});

export const pipelineFilters = z.object({
  mission: z.string().optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  minScore: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
  waiting: z.literal("1").optional().catch(undefined),
  sort: z.enum(["activity", "score", "applied"]).default("activity").catch("activity"),
  view: z.enum(["board", "list"]).default("board").catch("board"),
});
