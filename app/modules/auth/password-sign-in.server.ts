import { db, takeTurns } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { addressLimits } from "~/modules/security/limits.server";
import { hashPassword, verifyPassword } from "./password.server";
import { recordSecurityNotice } from "./security-notices.server";

// Compared against when the address is unknown, so the answer takes as long as for a real account.
const decoyHash = hashPassword("chevronne-decoy-password");

/** Past maxPasswordFailures in a pause's length, password sign-in for that address waits; the emailed link works. */
export const maxPasswordFailures = addressLimits.passwordFailures.points;
export const passwordPauseMinutes = addressLimits.passwordFailures.seconds / 60;

/** When paused, retryAt is when the oldest failure of the pause's length stops counting. */
export type PasswordSignIn =
  { outcome: "signed-in"; user: User } | { outcome: "wrong" } | { outcome: "paused"; retryAt: Date };

/**
 * Known and unknown addresses are answered alike (the same pause, the same time spent), so the answer reveals
 * nothing about accounts. Each try is counted as a failure before the password is checked (and forgotten when it
 * is right), with the tries for one address taking turns: tries fired together still check at most
 * maxPasswordFailures passwords in a pause's length.
 */
export async function signInWithPassword(email: string, password: string, now = new Date()): Promise<PasswordSignIn> {
  const pausedUntil = await db.$transaction(async (tx) => {
    await takeTurns(tx, `password:${email}`);
    const recentFailures = await tx.passwordFailure.findMany({
      where: { email, createdAt: { gt: pauseStart(now) } },
      orderBy: { createdAt: "desc" },
      take: maxPasswordFailures,
      select: { createdAt: true },
    });
    if (recentFailures.length >= maxPasswordFailures)
      return new Date(recentFailures[maxPasswordFailures - 1].createdAt.getTime() + passwordPauseMinutes * 60_000);
    await tx.passwordFailure.create({ data: { email, createdAt: now } });
    return null;
  });
  if (pausedUntil) return { outcome: "paused", retryAt: pausedUntil };
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
  if (user?.passwordHash && valid) {
    await db.passwordFailure.deleteMany({ where: { email } });
    return { outcome: "signed-in", user };
  }
  return { outcome: "wrong" };
}

/** Forgets wrong passwords too old to pause anything (a background round). */
export async function prunePasswordFailures(now = new Date()): Promise<number> {
  const { count } = await db.passwordFailure.deleteMany({ where: { createdAt: { lte: pauseStart(now) } } });
  return count;
}

/** Failures since this moment count towards a pause. */
function pauseStart(now: Date): Date {
  return new Date(now.getTime() - passwordPauseMinutes * 60_000);
}

/**
 * A person's new password, with every other session of theirs ended in the same transaction: whoever knew the old
 * password, or borrowed a signed-in device, is out. The session the change was made from (its token hash) stays. The
 * account's address is told, with a "this was not me" link (security-notices.server.ts). Routes ask for fresh proof
 * first (fresh-proof.server.ts).
 */
export async function changePassword(
  userId: string,
  password: string,
  keepSessionTokenHash: string | null,
  now = new Date(),
) {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await tx.session.deleteMany({
      where: { userId, ...(keepSessionTokenHash ? { tokenHash: { not: keepSessionTokenHash } } : {}) },
    });
    await recordSecurityNotice(tx, { user, kind: "password", now });
  });
}
