// Background rounds that forget what no longer serves: sign-in requests (they hold the address of whoever asked,
// account or not) and sessions, once expired. A pruned session's last activity is kept on its account first
// (User.lastActiveAt): the 3-year rule for unused accounts counts from it (privacy/retention.server.ts).
import { db } from "~/db.server";
import { addressLimits } from "~/modules/security/limits.server";

/** A request counts towards its address's hourly sign-in emails (sign-in.server.ts) for this long after it is made. */
const countedMs = addressLimits.signInEmails.seconds * 1000;

/** Deletes sign-in requests that have expired and no longer count towards the hour's limit. Returns how many. */
export async function pruneExpiredSignInRequests(now = new Date()): Promise<number> {
  const { count } = await db.signInChallenge.deleteMany({
    where: { expiresAt: { lte: now }, createdAt: { lte: new Date(now.getTime() - countedMs) } },
  });
  return count;
}

/** Deletes sessions past their end (their cookie no longer signs anyone in). Returns how many. */
export async function pruneExpiredSessions(now = new Date()): Promise<number> {
  const [, { count }] = await db.$transaction([
    db.$executeRaw`
      UPDATE "User" u SET "lastActiveAt" = s.last
      FROM (SELECT "userId", max("lastSeenAt") AS last FROM "Session" WHERE "expiresAt" <= ${now}::timestamp GROUP BY "userId") s
      WHERE u.id = s."userId" AND s.last > u."lastActiveAt"`,
    db.session.deleteMany({ where: { expiresAt: { lte: now } } }),
  ]);
  return count;
}
