// Delivers the outbox. Each row is claimed with one conditional UPDATE, so two ticks or two processes never send
// the same row; temporary failures come back later with growing delays, permanent ones (5xx) are marked failed.
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { OutboxEmail } from "~/generated/prisma/client";
import type { EmailAttachment } from "./outbox.server";
import { configuredTransport, type EmailTransport } from "./transport.server";

/** Delays before each retry; after the last one the email is marked failed. */
export const retryDelaysMs = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000];
/** A claimed row whose sender died is retried after this, with the same Message-ID. */
const claimMs = 5 * 60_000;

function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

async function claim(row: OutboxEmail, now: Date): Promise<boolean> {
  const { count } = await db.outboxEmail.updateMany({
    where: {
      id: row.id,
      OR: [{ status: "pending" }, { status: "sending", lockedUntil: { lt: now } }],
    },
    data: { status: "sending", lockedUntil: new Date(now.getTime() + claimMs), attempts: { increment: 1 } },
  });
  return count === 1;
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

async function deliverOne(row: OutboxEmail, transport: EmailTransport, now: Date) {
  const attempt = row.attempts + 1;
  try {
    await transport.deliver({ outboxId: row.id, toAddress: row.toAddress, subject: row.subject, message: toMessage(row) });
    await db.outboxEmail.update({ where: { id: row.id }, data: { status: "sent", sentAt: new Date(), lockedUntil: null, lastError: null } });
  } catch (error) {
    const message = error instanceof Error ? error.message.slice(0, 500) : String(error);
    const giveUp = isPermanent(error) || attempt > retryDelaysMs.length;
    await db.outboxEmail.update({
      where: { id: row.id },
      data: giveUp
        ? { status: "failed", lockedUntil: null, lastError: message }
        : { status: "pending", lockedUntil: null, lastError: message, nextAttemptAt: new Date(now.getTime() + retryDelaysMs[attempt - 1]) },
    });
  }
}

/** Sends what is due now. Returns how many rows it tried. */
export async function deliverDueEmails(transport: EmailTransport, now = new Date(), batchSize = 20): Promise<number> {
  const due = await db.outboxEmail.findMany({
    where: {
      OR: [
        { status: "pending", nextAttemptAt: { lte: now } },
        { status: "sending", lockedUntil: { lt: now } },
      ],
    },
    orderBy: { createdAt: "asc" },
    take: batchSize,
  });
  let tried = 0;
  for (const row of due) {
    if (!(await claim(row, now))) continue;
    await deliverOne(row, transport, now);
    tried += 1;
  }
  return tried;
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
