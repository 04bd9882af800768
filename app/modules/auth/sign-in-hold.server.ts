// Whether a person may have a session at all: not while their account is suspended, nor while the organisation they
// belong to is. Asked by createSession (auth/session.server.ts), the one door every sign-in goes through (link,
// code, password, team invitation), inside the transaction that writes the session. The rows are held until commit: a
// suspension at the same moment (an UPDATE of the same rows, then its sessions deleted) waits for the new session to
// be written and then ends it too, or goes first and is seen here. Locks are taken person, then organisation. The
// person's row is held FOR NO KEY UPDATE, not FOR SHARE: the sign-in then updates it (lastActiveAt), and two sign-ins
// of one person that each held a shared lock and then asked to write would deadlock.
import type { Tx } from "~/db.server";

export type SignInSuspension =
  { kind: "account"; reason: string } | { kind: "organisation"; organisation: string; reason: string };

/** The suspension that keeps `userId` out, or null; holds the person's and their organisations' rows until commit. */
export async function holdSignInAllowed(tx: Tx, userId: string): Promise<SignInSuspension | null> {
  const [person] = await tx.$queryRaw<{ suspendedAt: Date | null; suspensionReason: string | null }[]>`
    SELECT "suspendedAt", "suspensionReason" FROM "User" WHERE id = ${userId} FOR NO KEY UPDATE`;
  if (person?.suspendedAt) return { kind: "account", reason: person.suspensionReason ?? "" };
  const organisations = await tx.$queryRaw<
    { name: string; suspendedAt: Date | null; suspensionReason: string | null }[]
  >`
    SELECT e.name, e."suspendedAt", e."suspensionReason" FROM "Employer" e JOIN "Membership" m ON m."employerId" = e.id
    WHERE m."userId" = ${userId} ORDER BY e.id FOR SHARE OF e`;
  const suspended = organisations.find((organisation) => organisation.suspendedAt);
  return suspended
    ? { kind: "organisation", organisation: suspended.name, reason: suspended.suspensionReason ?? "" }
    : null;
}

/** Thrown by createSession for a suspended person: finishSignIn answers with the page that says why. */
export class SignInSuspended extends Error {
  constructor(
    readonly userId: string,
    readonly suspension: SignInSuspension,
  ) {
    super("This account or its organisation is suspended");
  }
}
