// The account page's form choosing how a member hears of new applications, for one of their organisations.
import { z } from "zod";

export const applicationNoticeChoices = ["each", "daily", "none"] as const;
export type ApplicationNotice = (typeof applicationNoticeChoices)[number];

/** The role's default when the member never chose: a digest for the owner, nothing for a recruiter. */
export function noticeOf(membership: { applicationNotice: string | null; role: string }): ApplicationNotice {
  const chosen = applicationNoticeChoices.find((choice) => choice === membership.applicationNotice);
  return chosen ?? (membership.role === "owner" ? "daily" : "none");
}

export const applicationNoticeForm = z.object({
  membershipId: z.string().min(1).max(64),
  // the radios offer only these: anything else is hostile, refused with a 400 and nothing changed
  notice: z.enum(applicationNoticeChoices),
});
