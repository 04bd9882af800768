// Sensitive changes (a password, the email address, and for the privacy work that follows exporting data or
// deleting the account) need proof of who is there from the last 10 minutes: signing in gives it, and so does the
// current password or a code emailed to the account's address (docs/decisions/0015-sessions.md). The proof belongs to
// the session: another device signed in to the same account has to prove it for itself.
import { db } from "~/db.server";
import type { Session, User } from "~/generated/prisma/client";
import { sendEmail } from "~/modules/email/outbox.server";
import { FreshProofNeededError, NotSignedInError } from "~/modules/errors";
import { answering } from "~/modules/http/domain-errors.server";
import type { Locale } from "~/modules/i18n/locales";
import type { Refused } from "~/modules/security/limits.server";
import { signInWithPassword } from "./password-sign-in.server";
import { checkProofCode, createProofCode, proofCodeMinutes } from "./proof-codes.server";
import { getSession } from "./session.server";

export const freshProofMinutes = 10;

export function hasFreshProof(session: Pick<Session, "provedAt">, now = new Date()): boolean {
  return session.provedAt !== null && now.getTime() - session.provedAt.getTime() < freshProofMinutes * 60_000;
}

/** The page where the person proves who they are, then comes back to `returnTo`. */
export function proofPage(returnTo: string): string {
  return `/account/confirm?${new URLSearchParams({ returnTo })}`;
}

/**
 * The guard for a sensitive change: the signed-in person and their session when they proved who they are in the
 * last 10 minutes; otherwise a redirect to prove it (or to sign in), coming back to `returnTo` (a path of this site).
 * Call it in the loader that shows the form and again in the action that makes the change.
 */
export async function requireFreshProof(
  request: Request,
  returnTo: string,
  now = new Date(),
): Promise<{ user: User; session: Session }> {
  return answering(freshlyProvedSession(request, returnTo, now));
}

/** requireFreshProof's rule, with domain errors: NotSignedInError, FreshProofNeededError (both coming back to `returnTo`). */
export async function freshlyProvedSession(
  request: Request,
  returnTo: string,
  now = new Date(),
): Promise<{ user: User; session: Session }> {
  const signedIn = await getSession(request, now);
  if (!signedIn) throw new NotSignedInError(returnTo);
  if (!hasFreshProof(signedIn.session, now)) throw new FreshProofNeededError(proofPage(returnTo));
  return signedIn;
}

/** Until when this session may make sensitive changes without proving it again, or null if it must prove it now. */
export async function freshProofUntil(request: Request, now = new Date()): Promise<Date | null> {
  const signedIn = await getSession(request, now);
  if (!signedIn?.session.provedAt || !hasFreshProof(signedIn.session, now)) return null;
  return new Date(signedIn.session.provedAt.getTime() + freshProofMinutes * 60_000);
}

/** The signed-in session; NotSignedInError (to the plain sign-in page) when there is none. */
async function requireSession(request: Request, now: Date) {
  const signedIn = await getSession(request, now);
  if (!signedIn) throw new NotSignedInError(null);
  return signedIn;
}

export type PasswordProof = { outcome: "proved" } | { outcome: "wrong" } | { outcome: "paused"; retryAt: Date };

/** Proof by the current password, counted and paused exactly like password sign-in for the account's address. */
export async function proveWithPassword(request: Request, password: string, now = new Date()): Promise<PasswordProof> {
  const { user, session } = await requireSession(request, now);
  const check = await signInWithPassword(user.email, password, now);
  if (check.outcome === "paused") return { outcome: "paused", retryAt: check.retryAt };
  if (check.outcome !== "signed-in" || check.user.id !== user.id) return { outcome: "wrong" };
  await db.session.update({ where: { id: session.id }, data: { provedAt: now } });
  return { outcome: "proved" };
}

/** Emails a code to the account's address, in the person's language; returns its id for the page, or when to ask again. */
export async function sendProofCode(request: Request, now = new Date()): Promise<string | Refused> {
  const { user, session } = await requireSession(request, now);
  return db.$transaction(async (tx) => {
    const created = await createProofCode(tx, { sessionId: session.id, purpose: "identity", email: user.email, now });
    if (!("id" in created)) return created;
    await sendEmail(tx, {
      to: user.email,
      toName: user.name,
      locale: user.locale as Locale,
      template: "proofCode",
      params: { name: user.name, code: created.code, minutes: proofCodeMinutes },
    });
    return created.id;
  });
}

export type CodeProof = { outcome: "proved" } | { outcome: "wrong" } | { outcome: "expired" };

export async function proveWithCode(
  request: Request,
  proofId: string,
  code: string,
  now = new Date(),
): Promise<CodeProof> {
  const { session } = await requireSession(request, now);
  const check = await checkProofCode({ id: proofId, sessionId: session.id, purpose: "identity", code, now });
  if (check.outcome !== "right") return check;
  await db.session.update({ where: { id: session.id }, data: { provedAt: now } });
  return { outcome: "proved" };
}
