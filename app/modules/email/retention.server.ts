// Secrets do not outlive their use. An email's body (its text, its formatted version, attachments, reply address
// and a subject holding a code) is what carries sign-in links, codes and interview links; it is kept only while the
// email may still be sent. Once delivered it stays for bodyKeptMs, for the demo mailbox (/dev/mail) to show it; then
// only what the application timeline and the mailbox's list need remain: recipient, template, subject without its
// secret, status and dates. An email that will never be sent (failed, withdrawn, undeliverable) is trimmed at once.
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { Prisma } from "~/generated/prisma/client";

/** An hour in demo mode, for the demo mailbox; nothing in production, where no mailbox shows it. */
export const bodyKeptMs = env.isProduction ? 0 : 60 * 60_000;

/** The columns an outcome sets to erase an email's body, in the same write. */
export function trimmedBody(now: Date) {
  return {
    text: "",
    html: "",
    attachments: "[]",
    replyTo: null,
    fullSubject: null,
    listUnsubscribeUrl: null,
    trimmedAt: now,
  } satisfies Prisma.OutboxEmailUpdateManyMutationInput;
}

/**
 * Trims every email delivered more than bodyKeptMs ago, and any other finished one left whole, with its demo mailbox
 * copy. A background round; returns how many emails it trimmed.
 */
export async function trimFinishedEmails(now = new Date()): Promise<number> {
  const deliveredBefore = new Date(now.getTime() - bodyKeptMs);
  const [trimmed] = await db.$transaction([
    db.outboxEmail.updateMany({
      where: {
        trimmedAt: null,
        OR: [
          { status: "sent", sentAt: { lte: deliveredBefore } },
          { status: { in: ["failed", "withdrawn", "undeliverable"] } },
        ],
      },
      data: trimmedBody(now),
    }),
    db.devMailMessage.updateMany({
      where: { raw: { not: "" }, outbox: { trimmedAt: { not: null } } },
      data: { raw: "" },
    }),
  ]);
  return trimmed.count;
}
