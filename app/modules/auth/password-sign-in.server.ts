import { db, takeTurns } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { hashPassword, verifyPassword } from "./password.server";

// Compared against when the address is unknown, so the answer takes as long as for a real account.
const decoyHash = hashPassword("chevronne-decoy-password");

/**
 * Wrong passwords allowed for one address in a pause's length: enough for a person who mistypes, far too few to
 * guess a password. Past it, password sign-in for that address waits; the emailed link keeps working.
 */
export const maxPasswordFailures = 10;
export const passwordPauseMinutes = 15;

export type PasswordSignIn = { outcome: "signed-in"; user: User } | { outcome: "wrong" } | { outcome: "paused" };

/**
 * Known and unknown addresses are answered alike (the same pause, the same time spent), so the answer reveals
 * nothing about accounts. Each try is counted as a failure before the password is checked (and forgotten when it
 * is right), with the tries for one address taking turns: tries fired together still check at most
 * maxPasswordFailures passwords in a pause's length.
 */
export async function signInWithPassword(email: string, password: string, now = new Date()): Promise<PasswordSignIn> {
  const counted = await db.$transaction(async (tx) => {
    await takeTurns(tx, `password:${email}`);
    const recentFailures = await tx.passwordFailure.count({ where: { email, createdAt: { gt: pauseStart(now) } } });
    if (recentFailures >= maxPasswordFailures) return false;
    await tx.passwordFailure.create({ data: { email, createdAt: now } });
    return true;
  });
  if (!counted) return { outcome: "paused" };
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
 * password, or borrowed a signed-in device, is out. The session the change was made from (its token hash) stays.
 */
export async function changePassword(userId: string, password: string, keepSessionTokenHash: string | null) {
  const passwordHash = await hashPassword(password);
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { passwordHash } }),
    db.session.deleteMany({ where: { userId, ...(keepSessionTokenHash ? { tokenHash: { not: keepSessionTokenHash } } : {}) } }),
  ]);
}
