// The mission statuses moderation adds to the employer's own ("draft", "published", "closed"). The search and every
// public page show only what they always showed ("published", and "closed" on its own page), so changing a mission's
// status is how moderation takes it off the site: no query needs a new join or condition (decision 0021).
export const moderationStatus = {
  /** taken off the site by an administrator, with a reason the employer reads; they may fix it and send it back */
  unpublished: "unpublished",
  /** fixed by the employer and sent back: waits for an administrator to publish it again */
  resubmitted: "resubmitted",
  /** was published when its organisation was suspended; exactly these are published again on reinstatement */
  suspended: "suspended",
} as const;

/**
 * What the employer may publish, close, reopen or copy themselves ("awaiting-verification": published before their
 * organisation was verified, app/modules/administration/); a mission in any other status waits for an administrator.
 */
export const employerStatuses = ["draft", "published", "closed", "awaiting-verification"];

/** Unpublished by an administrator, or sent back and waiting: the employer's editor says so and offers no "publish". */
export function isUnderModeration(status: string): boolean {
  return status === moderationStatus.unpublished || status === moderationStatus.resubmitted;
}

/** What an administrator may unpublish: a public mission, one waiting for review, or one held by a suspension. */
export const unpublishableStatuses = ["published", "closed", moderationStatus.resubmitted, moderationStatus.suspended];
