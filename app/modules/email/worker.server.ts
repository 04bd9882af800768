// Delivers the outbox. A batch of due rows is claimed in one statement (FOR UPDATE SKIP LOCKED), so any number of
// workers in any number of processes share the queue without sending a row twice; what someone is waiting for is
// claimed first (priority). Temporary failures come back later with growing delays, permanent ones (5xx) are marked
// failed; a relay that refuses us pauses every worker and keeps every email (relay-pause.server.ts); an address
// that bounced for good gets nothing more (refused-addresses.server.ts). A finished email's body is erased when no
// demo mailbox needs it (retention.server.ts).
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { OutboxEmail, Prisma } from "~/generated/prisma/client";
import type { EmailAttachment } from "./outbox.server";
import { isHardBounce, markRefused, refusalsOf, sentDespiteRefusal } from "./refused-addresses.server";
import {
  describeSmtpError,
  isRelayRefusal,
  pauseSending,
  probeAccepted,
  probeNotTaken,
  probeRefused,
  relayState,
} from "./relay-pause.server";
import { bodyKeptMs, trimmedBody } from "./retention.server";
import { configuredTransport, smtpConnections, type EmailTransport } from "./transport.server";

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
  // RETURNING gives the rows in no particular order: they are sent by priority, then oldest first
  return db.$queryRaw<OutboxEmail[]>`
    WITH claimed AS (
      UPDATE "OutboxEmail" SET status = 'sending', "lockedUntil" = ${lockedUntil}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM "OutboxEmail"
        WHERE (status = 'pending' AND "nextAttemptAt" <= ${now}) OR (status = 'sending' AND "lockedUntil" < ${now})
        ORDER BY priority, "createdAt", id
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      RETURNING *
    )
    SELECT * FROM claimed ORDER BY priority, "createdAt", id`;
}

function toMessage(row: OutboxEmail) {
  const files = JSON.parse(row.attachments) as EmailAttachment[];
  // A calendar invitation (a file with a METHOD) goes once, as the message's text/calendar alternative with that
  // METHOD, as Outlook and Exchange send theirs: the part every calendar-aware mail program acts on. Not also as an
  // attachment (nor through nodemailer's icalEvent, which adds an application/ics copy), so no program shows two files.
  const calendar = files.find((file) => file.method);
  const attachments = files
    .filter((file) => file !== calendar)
    .map((file) => ({
      filename: file.filename,
      contentType: file.contentType,
      content: Buffer.from(file.content, "base64"),
    }));
  return {
    ...(calendar
      ? {
          alternatives: [
            {
              contentType: `text/calendar; charset=utf-8; method=${calendar.method}`,
              content: Buffer.from(calendar.content, "base64").toString("utf8"),
            },
          ],
        }
      : {}),
    ...(row.replyTo ? { replyTo: row.replyTo } : {}),
    messageId: row.messageId,
    from: { name: env.mailFrom.name, address: env.mailFrom.address },
    to: row.toName ? { name: row.toName, address: row.toAddress } : row.toAddress,
    subject: row.fullSubject ?? row.subject,
    text: row.text,
    html: row.html,
    attachments,
    headers: { "Content-Language": row.locale, ...listUnsubscribeHeaders(row.listUnsubscribeUrl) },
  };
}

/**
 * A mail program's "unsubscribe" button: List-Unsubscribe names the page (RFC 2369), and List-Unsubscribe-Post says
 * that a POST to it stops the email in one click (RFC 8058), which only an https address may promise.
 */
function listUnsubscribeHeaders(url: string | null): Record<string, string> {
  if (!url) return {};
  return {
    "List-Unsubscribe": `<${url}>`,
    ...(url.startsWith("https://") ? { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
  };
}

/**
 * Records how a delivery ended, only while this worker still holds its claim: a worker that outlived its claim
 * (the row was claimed again by another) must not overwrite what that other worker recorded.
 */
async function recordOutcome(row: OutboxEmail, data: Prisma.OutboxEmailUpdateManyMutationInput) {
  const { count } = await db.outboxEmail.updateMany({
    where: { id: row.id, status: "sending", lockedUntil: row.lockedUntil },
    data,
  });
  if (count === 0)
    console.warn(
      `[outbox] the claim on ${row.id} expired before its delivery ended; the other claimant's outcome stands`,
    );
}

/** The email will never be sent: its body goes now. */
function finished(status: "failed" | "undeliverable", lastError: string): Prisma.OutboxEmailUpdateManyMutationInput {
  return { status, lockedUntil: null, lastError, ...trimmedBody(new Date()) };
}

/** Back in the queue as it was, this attempt not counted: the relay, not the email, was refused. */
function keptWaiting(lastError: string | null): Prisma.OutboxEmailUpdateManyMutationInput {
  return { status: "pending", lockedUntil: null, attempts: { decrement: 1 }, ...(lastError ? { lastError } : {}) };
}

/** Sends one email and records how that ended. Returns the relay's refusal when the relay refused us, else null. */
async function deliverOne(
  row: OutboxEmail,
  transport: EmailTransport,
  now: Date,
  refusal: { since: Date; reply: string } | undefined,
) {
  if (refusal && !sentDespiteRefusal.includes(row.template)) {
    await recordOutcome(
      row,
      finished(
        "undeliverable",
        `not sent: the address refuses mail since ${refusal.since.toISOString()} (${refusal.reply})`,
      ),
    );
    return null;
  }
  try {
    await transport.deliver({
      outboxId: row.id,
      toAddress: row.toAddress,
      subject: row.subject,
      message: toMessage(row),
    });
    const sentAt = new Date();
    await recordOutcome(row, {
      status: "sent",
      sentAt,
      lockedUntil: null,
      lastError: null,
      ...(bodyKeptMs === 0 ? trimmedBody(sentAt) : {}),
    });
    return null;
  } catch (error) {
    const reason = describeSmtpError(error);
    if (isRelayRefusal(error)) {
      await recordOutcome(row, keptWaiting(reason));
      return reason;
    }
    if (isHardBounce(error)) {
      await markRefused(row.toAddress, (error as { response: string }).response, now);
      await recordOutcome(row, finished("undeliverable", reason));
    } else if (isPermanent(error) || row.attempts > retryDelaysMs.length) {
      await recordOutcome(row, finished("failed", reason));
    } else {
      await recordOutcome(row, {
        status: "pending",
        lockedUntil: null,
        lastError: reason,
        nextAttemptAt: new Date(now.getTime() + retryDelaysMs[row.attempts - 1]),
      });
    }
    return null;
  }
}

/**
 * Claims what is due now and sends it, a few at a time (one per pooled connection). While the relay is paused it
 * claims nothing; when the pause is over, this worker may be the one that probes with a single email. Returns how
 * many rows it tried.
 */
export async function deliverDueEmails(transport: EmailTransport, now = new Date(), batchSize = 20): Promise<number> {
  const state = await relayState(now);
  if (state === "wait") return 0;
  const claimed = await claimDueEmails(now, state === "probe" ? 1 : batchSize);
  if (state === "probe" && claimed.length === 0) {
    await probeNotTaken(now);
    return 0;
  }
  const refusals = await refusalsOf(claimed.map((row) => row.toAddress));
  let relayRefused = false;
  let next = 0;
  const lane = async () => {
    for (let row = claimed[next++]; row; row = claimed[next++]) {
      // once the relay has refused us, the rest of the batch waits untried
      if (relayRefused) {
        await recordOutcome(row, keptWaiting(null));
        continue;
      }
      const refusal = await deliverOne(row, transport, now, refusals.get(row.toAddress.toLowerCase()));
      if (refusal !== null && !relayRefused) {
        relayRefused = true;
        await (state === "probe" ? probeRefused(refusal, now) : pauseSending(refusal, now));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(smtpConnections, claimed.length) }, lane));
  if (state === "probe" && !relayRefused) await probeAccepted();
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
