// Delivers the outbox. A batch of due rows is claimed in one statement (FOR UPDATE SKIP LOCKED), so any number of
// workers in any number of processes share the queue without sending a row twice; temporary failures come back
// later with growing delays, permanent ones (5xx) are marked failed.
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { OutboxEmail, Prisma } from "~/generated/prisma/client";
import type { EmailAttachment } from "./outbox.server";
import { configuredTransport, type EmailTransport } from "./transport.server";

/** Delays before each retry; after the last one the email is marked failed. */
export const retryDelaysMs = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** A claimed row whose sender died is retried after this, with the same Message-ID. */
export const claimMs = 5 * 60_000;

function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/**
 * Claims up to batchSize due rows for this worker until now + claimMs: pending rows whose time has come, and rows
 * whose previous claimant died before finishing. Rows another worker is claiming at this instant are skipped, not
 * waited for. Each returned row carries its claim (lockedUntil) and its new attempt count.
 */
async function claimDueEmails(now: Date, batchSize: number): Promise<OutboxEmail[]> {
  const lockedUntil = new Date(now.getTime() + claimMs);
  // RETURNING gives the rows in no particular order: they are sent oldest first, as they were written
  return db.$queryRaw<OutboxEmail[]>`
    WITH claimed AS (
      UPDATE "OutboxEmail" SET status = 'sending', "lockedUntil" = ${lockedUntil}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM "OutboxEmail"
        WHERE (status = 'pending' AND "nextAttemptAt" <= ${now}) OR (status = 'sending' AND "lockedUntil" < ${now})
        ORDER BY "createdAt", id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING *
    )
    SELECT * FROM claimed ORDER BY "createdAt", id`;
}

function toMessage(row: OutboxEmail) {
  const files = JSON.parse(row.attachments) as EmailAttachment[];
  const attachments = files.map((file) => ({
    filename: file.filename,
    contentType: file.method ? `${file.contentType}; method=${file.method}` : file.contentType,
    content: Buffer.from(file.content, "base64"),
  }));
  // A calendar invitation also goes as the message's text/calendar alternative, with the same METHOD as the file:
  // that is the part Gmail and Outlook act on; the attachment is for the clients that only read attachments.
  const calendar = files.find((file) => file.method);
  return {
    ...(calendar ? { icalEvent: { method: calendar.method, filename: calendar.filename, content: Buffer.from(calendar.content, "base64").toString("utf8") } } : {}),
    ...(row.replyTo ? { replyTo: row.replyTo } : {}),
    messageId: row.messageId,
    from: { name: env.mailFrom.name, address: env.mailFrom.address },
    to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
    subject: row.subject,
    text: row.text,
    html: row.html,
    attachments,
    headers: { "Content-Language": row.locale },
  };
}

/**
 * Records how a delivery ended, only while this worker still holds its claim: a worker that outlived its claim
 * (the row was claimed again by another) must not overwrite what that other worker recorded.
 */
async function recordOutcome(row: OutboxEmail, data: Prisma.OutboxEmailUpdateManyMutationInput) {
  const { count } = await db.outboxEmail.updateMany({ where: { id: row.id, status: "sending", lockedUntil: row.lockedUntil }, data });
  if (count === 0) console.warn(`[outbox] the claim on ${row.id} expired before its delivery ended; the other claimant's outcome stands`);
}

async function deliverOne(row: OutboxEmail, transport: EmailTransport, now: Date) {
  try {
    await transport.deliver({ outboxId: row.id, toAddress: row.toAddress, subject: row.subject, message: toMessage(row) });
    await recordOutcome(row, { status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    const giveUp = isPermanent(error) || row.attempts > retryDelaysMs.length;
    await recordOutcome(
      row,
      giveUp
        ? { status: "failed", lockedUntil: null, lastError: message }
        : { status: "pending", lockedUntil: null, lastError: message, nextAttemptAt: new Date(now.getTime() + retryDelaysMs[row.attempts - 1]) },
    );
  }
}

/** Claims what is due now and sends it. Returns how many rows it tried. */
export async function deliverDueEmails(transport: EmailTransport, now = new Date(), batchSize = 20): Promise<number> {
  const claimed = await claimDueEmails(now, batchSize);
  for (const row of claimed) await deliverOne(row, transport, now);
  return claimed.length;
}

const globalForWorker = globalThis as unknown as { chevronneOutboxWorker?: NodeJS.Timeout };

/** Starts the in-process worker once per process. */
export function startOutboxWorker() {
  if (globalForWorker.chevronneOutboxWorker) return;
  const transport = configuredTransport();
  let running = false;
  globalForWorker.chevronneOutboxWorker = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      while ((await deliverDueEmails(transport)) > 0) {
        // keep going while there is work
      }
    } catch (error) {
      console.error("[outbox] delivery round failed:", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  }, env.outboxPollMs);
  globalForWorker.chevronneOutboxWorker.unref();
}
