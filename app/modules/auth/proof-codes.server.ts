// Six-digit codes emailed to prove something from one session (that the account's owner is there, or that a new
// address is theirs): valid 10 minutes (ASVS 5.0 6.5.5 caps out-of-band codes there), single use, dead after five
// wrong tries, usable only from the session that asked, at most five sent per session an hour. Like sign-in codes,
// each try is counted before it is compared.
import { db, takeTurns, type Tx } from "~/db.server";
import type { ProofCode } from "~/generated/prisma/client";
import { refusedUntil, type Refused } from "~/modules/security/limits.server";
import { randomCode, safeEqual, sha256 } from "~/modules/security/tokens.server";

export const proofCodeMinutes = 10;
const maxTries = 5;
const maxCodesPerHour = 5;

export type ProofPurpose = "identity" | "address";

function codeHash(id: string, code: string) {
  return sha256(`proof:${id}:${code}`);
}

/**
 * Records a new code for the session (older ones of the same purpose die) and returns it with its id, for the caller
 * to email in the same transaction; or the moment the session may ask again.
 */
export async function createProofCode(
  tx: Tx,
  { sessionId, purpose, email, now }: { sessionId: string; purpose: ProofPurpose; email: string; now: Date },
): Promise<{ id: string; code: string } | Refused> {
  await takeTurns(tx, `proof:${sessionId}`);
  const lastHour = await tx.proofCode.findMany({
    where: { sessionId, createdAt: { gt: new Date(now.getTime() - 3_600_000) } },
    orderBy: { createdAt: "desc" },
    take: maxCodesPerHour,
    select: { createdAt: true },
  });
  if (lastHour.length >= maxCodesPerHour)
    return refusedUntil(new Date(lastHour[maxCodesPerHour - 1].createdAt.getTime() + 3_600_000), now);
  await tx.proofCode.updateMany({ where: { sessionId, purpose, usedAt: null }, data: { usedAt: now } });
  const code = randomCode();
  const row = await tx.proofCode.create({
    data: {
      sessionId,
      purpose,
      email,
      codeHash: "",
      expiresAt: new Date(now.getTime() + proofCodeMinutes * 60_000),
      createdAt: now,
    },
  });
  await tx.proofCode.update({ where: { id: row.id }, data: { codeHash: codeHash(row.id, code) } });
  return { id: row.id, code };
}

/** A code that cannot be typed (for an address that must not learn anything): the page answers as for any other. */
export async function createUnusableProofCode(
  tx: Tx,
  input: { sessionId: string; purpose: ProofPurpose; email: string; now: Date },
) {
  const created = await createProofCode(tx, input);
  if ("id" in created) await tx.proofCode.update({ where: { id: created.id }, data: { codeHash: "" } });
  return created;
}

export type CodeCheck = { outcome: "right"; proof: ProofCode } | { outcome: "wrong" } | { outcome: "expired" };

/** Checks a typed code against the session's code of that purpose; a right one is used up (by one request only). */
export async function checkProofCode({
  id,
  sessionId,
  purpose,
  code,
  now,
}: {
  id: string;
  sessionId: string;
  purpose: ProofPurpose;
  code: string;
  now: Date;
}): Promise<CodeCheck> {
  const live = { id, sessionId, purpose, usedAt: null, expiresAt: { gt: now }, failedTries: { lt: maxTries } };
  const { count } = await db.proofCode.updateMany({ where: live, data: { failedTries: { increment: 1 } } });
  if (count !== 1) return { outcome: "expired" };
  const proof = await db.proofCode.findUniqueOrThrow({ where: { id } });
  if (!proof.codeHash || !safeEqual(codeHash(id, code.replace(/\D/g, "")), proof.codeHash)) {
    return { outcome: proof.failedTries >= maxTries ? "expired" : "wrong" };
  }
  const used = await db.proofCode.updateMany({ where: { id, usedAt: null }, data: { usedAt: now } });
  return used.count === 1 ? { outcome: "right", proof } : { outcome: "expired" };
}

/** Forgets codes a day after they were sent (a background round): used, dead or never typed. */
export async function pruneProofCodes(now = new Date()): Promise<number> {
  const { count } = await db.proofCode.deleteMany({
    where: { createdAt: { lte: new Date(now.getTime() - 86_400_000) } },
  });
  return count;
}
