// The candidate's key to one interview: in every slot link, the manage link and the reply address. It is derived
// from the interview's id with the server secret, so any later email can carry it again; the database keeps only
// its hash. Lower-case hex, because some mail servers lower-case the local part of an address.
import { createHmac } from "node:crypto";
import { env } from "~/env.server";
import { replyAddress } from "~/modules/email/inbound.server";
import { sha256 } from "~/modules/security/tokens.server";

export function interviewToken(interviewId: string): string {
  return createHmac("sha256", env.sessionSecret).update(`interview:${interviewId}`).digest("hex").slice(0, 40);
}

export const interviewTokenHash = (token: string) => sha256(token);

/**
 * The recruiter's own key to the interview's mail: ORGANIZER of the recruiter's copy of the invitation, so that their
 * calendar's answer reaches us. It is a different HMAC, so the recruiter never holds the candidate's token.
 */
export function recruiterReplyToken(interviewId: string): string {
  return createHmac("sha256", env.sessionSecret)
    .update(`interview-recruiter:${interviewId}`)
    .digest("hex")
    .slice(0, 40);
}

export const recruiterReplyAddress = (interviewId: string) =>
  replyAddress(recruiterReplyToken(interviewId), env.replyDomain);

const pagePath = (token: string) => `/interviews/${token}`;

/** The candidate's page for the interview, as a path on this site (the emails carry it as a full address). */
export const interviewPagePath = (interviewId: string) => pagePath(interviewToken(interviewId));

export function interviewLinks(interviewId: string) {
  const token = interviewToken(interviewId);
  const base = `${env.appUrl}${pagePath(token)}`;
  return {
    manage: base,
    slot: (position: number) => `${base}/slots/${position}`,
    suggest: `${base}/suggest`,
    replyTo: replyAddress(token, env.replyDomain),
  };
}

/** The recruiter's page for an application, where the interview is managed. */
export const applicationLink = (applicationId: string) =>
  `${env.appUrl}/employer/applications/${applicationId}#interview`;
