// Schemas of the recruiter's pipeline forms (one per form).
import { z } from "zod";
import { checkbox, listField, optionalWholeNumber } from "~/modules/forms/parse";
import { recruiterStages, stages } from "~/modules/vocabulary/pipeline-stages";

/** A subject is one line, whatever was pasted into it. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, " ");

/**
 * The move page's form. `subject` and `body` are the email as the recruiter read and perhaps edited it: sent as
 * written when `notify` is ticked (without them, the organisation's wording goes).
 */
export const moveForm = z
  .object({
    // hidden fields: a page that sends them wrong is one that no longer matches the application
    application: z.string({ error: "pipeline.changedMeanwhile" }).min(1, "pipeline.changedMeanwhile"),
    /** the stage the recruiter saw: the move is made only from it */
    from: z.enum(stages, { error: "pipeline.changedMeanwhile" }),
    to: z.enum(recruiterStages, { error: "errors.stageRequired" }),
    notify: checkbox,
    subject: z.string().trim().max(200, "errors.textTooLong").transform(oneLine).optional(),
    body: z.string().trim().max(5000, "errors.textTooLong").optional(),
  })
  .superRefine((move, context) => {
    if (!move.notify) return;
    if (move.subject === "") context.addIssue({ code: "custom", path: ["subject"], message: "errors.subjectRequired" });
    if (move.body === "") context.addIssue({ code: "custom", path: ["body"], message: "errors.bodyRequired" });
  });

/** The move page's first step (a GET): which stage. */
export const moveTarget = z.object({ to: z.enum(recruiterStages).optional().catch(undefined) });

/** A bulk move, first shown (intent "bulk-review": how many move, how many are emailed), then confirmed ("bulk"). */
export const bulkForm = z.object({
  ids: listField(z.string().min(1)).refine((ids) => ids.length > 0, "errors.selectionRequired"),
  to: z.enum(recruiterStages, { error: "errors.stageRequired" }),
  notify: checkbox,
});

/** An undo of a move's email ("Annuler l'envoi"). */
export const undoForm = z.object({ outbox: z.string().min(1).max(64) });

export const noteForm = z.object({
  text: z.string({ error: "errors.noteRequired" }).trim().min(1, "errors.noteRequired").max(4000, "errors.textTooLong"),
});

const rating = optionalWholeNumber(1, 5, "errors.ratingInvalid");

export const reviewForm = z.object({
  customerCare: rating,
  reliability: rating,
  languages: rating,
  teamwork: rating,
  recommendation: z
    .enum(["strong-yes", "yes", "no", "strong-no", ""])
    .default("")
    .transform((value) => value || null),
});

export const pipelineFilters = z.object({
  mission: z.string().optional().catch(undefined),
  stage: z.enum(stages).optional().catch(undefined),
  minScore: z.coerce.number().int().min(0).max(100).optional().catch(undefined),
  waiting: z.literal("1").optional().catch(undefined),
  sort: z.enum(["activity", "score", "applied"]).default("activity").catch("activity"),
  view: z.enum(["board", "list"]).default("board").catch("board"),
});
