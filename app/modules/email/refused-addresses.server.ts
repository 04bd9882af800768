// Addresses that refuse mail. A hard bounce (the recipient's server answers RCPT TO with 5.1.x, no such mailbox or
// domain, or 5.2.1, mailbox disabled) marks the address; nothing more is sent to it but the sign-in emails its owner
// asks for, and signing in with one proves the address works again. A refusal on other grounds (5.7.x policy, spam)
// fails that one email and blames nobody's address. A refusal of an address without an account is forgotten after
// strangerRefusalDays.
import { db, type Tx } from "~/db.server";

/** A permanent reply whose enhanced status code (RFC 3463) says the address itself does not take mail. */
const badAddressReply = /^5\d\d[ -]5\.(1\.\d{1,3}|2\.1)\b/;

/** True when the error is a recipient's server refusing the address for good. */
export function isHardBounce(error: unknown): boolean {
  const { command, response } = (error ?? {}) as { command?: string; response?: string };
  return command === "RCPT TO" && badAddressReply.test(response ?? "");
}

/** Templates sent even to an address that refuses mail: the person asked for them, and using one clears the mark. */
export const sentDespiteRefusal: readonly string[] = ["signIn"];

export async function markRefused(email: string, reply: string, now: Date) {
  const address = email.toLowerCase();
  const data = { reply: reply.slice(0, 300), refusedAt: now };
  await db.refusedAddress.upsert({ where: { email: address }, create: { email: address, ...data }, update: data });
}

/** The refusals among these addresses, by lower-case address. */
export async function refusalsOf(emails: string[]): Promise<Map<string, { since: Date; reply: string }>> {
  const rows = await db.refusedAddress.findMany({
    where: { email: { in: [...new Set(emails.map((email) => email.toLowerCase()))] } },
  });
  return new Map(rows.map((row) => [row.email, { since: row.refusedAt, reply: row.reply }]));
}

export async function refusalOf(email: string) {
  return (await refusalsOf([email])).get(email.toLowerCase()) ?? null;
}

/** The address received a sign-in email and its owner used it: it takes mail again. */
export async function forgetRefusal(tx: Tx, email: string) {
  await tx.refusedAddress.deleteMany({ where: { email: email.toLowerCase() } });
}

/** How long a refusal is kept for an address that has no account: long enough not to bounce there again at once. */
export const strangerRefusalDays = 30;

/**
 * Forgets old refusals of addresses that have no account (someone typed a wrong address to sign in): a background
 * round, so that no address outlives its use. An account holder's refusal stays until they confirm their address.
 */
export async function pruneRefusalsWithoutAccount(now = new Date()): Promise<number> {
  const old = await db.refusedAddress.findMany({
    where: { refusedAt: { lt: new Date(now.getTime() - strangerRefusalDays * 86_400_000) } },
    select: { email: true },
  });
  const holders = new Set(
    (await db.user.findMany({ where: { email: { in: old.map((row) => row.email) } }, select: { email: true } })).map(
      (user) => user.email,
    ),
  );
  const { count } = await db.refusedAddress.deleteMany({
    where: { email: { in: old.map((row) => row.email).filter((email) => !holders.has(email)) } },
  });
  return count;
}
