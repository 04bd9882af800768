// The schemas of the moderation forms: the public report form, and the administrators' actions. Messages are
// translation keys (moderation.fr.ts), said next to the field and in the error summary.
import { z } from "zod";

export const reportReasons = ["discriminatory", "doubtful", "wrong-information", "other"] as const;
export type ReportReason = (typeof reportReasons)[number];

export const maxReportDetails = 2000;
export const maxModerationReason = 1000;

const optionalEmail = z.preprocess(
  (value) =>
    typeof value === "string" && value.trim() === ""
      ? undefined
      : typeof value === "string"
        ? value.trim().toLowerCase()
        : value,
  z.email({ error: "moderation.errors.emailInvalid" }).max(254, "moderation.errors.emailInvalid").optional(),
);

export const reportForm = z
  .object({
    reason: z.enum(reportReasons, { error: "moderation.errors.reasonRequired" }),
    details: z.string().trim().max(maxReportDetails, "moderation.errors.detailsTooLong").default(""),
    /** only asked of visitors: a signed-in person is reached through their account */
    contactEmail: optionalEmail,
  })
  .superRefine((report, context) => {
    // "other" says nothing by itself: the words are what an administrator acts on
    if (report.reason === "other" && report.details === "")
      context.addIssue({ code: "custom", path: ["details"], message: "moderation.errors.detailsRequired" });
  });

/** The reason an administrator gives: emailed to the employer or shown to the people suspended, so never empty. */
const reasonField = z
  .string({ error: "moderation.errors.reasonMissing" })
  .trim()
  .min(10, "moderation.errors.reasonMissing")
  .max(maxModerationReason, "moderation.errors.reasonTooLong");

export const unpublishForm = z.object({ reason: reasonField });
export const suspendForm = z.object({ reason: reasonField });
/** Reinstating needs no words for the person, but the audit trail keeps a note when there is one. */
export const reinstateForm = z.object({
  note: z.string().trim().max(maxModerationReason, "moderation.errors.reasonTooLong").default(""),
});
export const findAccountForm = z.object({ email: z.email({ error: "moderation.errors.emailInvalid" }) });
