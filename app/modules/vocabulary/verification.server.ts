// An organisation's verification status (administration/verification.server.ts decides it, decision 0020) and the
// one an organisation starts with when its owner signs up (auth/sign-in.server.ts).
import { env } from "~/env.server";

export type VerificationStatus = "pending" | "verified" | "refused";

/** The verification columns of an organisation created now. */
export function newOrganisationVerification(now: Date) {
  return env.employerVerification
    ? { verificationStatus: "pending" satisfies VerificationStatus }
    : { verificationStatus: "verified" satisfies VerificationStatus, verificationDecidedAt: now };
}
