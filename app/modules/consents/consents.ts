// The purposes a person may agree to, each its own unticked choice (issue 12; docs/decisions/0017): which ones concern
// which kind of account, the pages a change can come from, and the one schema of the choices' form. Pure: shared by
// the sign-up and account pages and the server module (consents.server.ts).
import { z } from "zod";
import { listField } from "~/modules/forms/parse";

/**
 * - "suggestions": employers may find my profile among the candidates suggested for their missions;
 * - "keep-cv": keep my CV after an application ends (otherwise it is deleted 6 months after);
 * - "email-news": search alerts and news by email.
 */
export const consentPurposes = ["suggestions", "keep-cv", "email-news"] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];

/** Where a change was made: the sign-up form, the account page, the profile's contact step, or creating an alert. */
export const consentSources = ["signup", "account", "profile", "alert"] as const;
export type ConsentSource = (typeof consentSources)[number];

/**
 * Candidates decide all three. An employer member has no profile to suggest and sends no CV, so only news by email
 * concerns them.
 */
export function purposesFor(kind: string): readonly ConsentPurpose[] {
  return kind === "candidate" ? consentPurposes : ["email-news"];
}

/** The ticked boxes of a consents form (sign-up or account): a box left unticked is a purpose not agreed to. */
export const consentField = listField(z.enum(consentPurposes, { error: "privacyPolicy.consents.invalidChoice" }));

export const consentsForm = z.object({ consent: consentField });
