// The relay's bad days. When the mail relay refuses us rather than one email (a wrong password, nothing listening,
// TLS that cannot be set up), every process stops sending: one row (MailRelayPause) says so in the database. Every
// email waits, none is marked failed. When the pause ends, one worker probes with one email; a refusal pauses
// longer, an acceptance deletes the row and sending resumes everywhere. The alert is logged once per pause.
import { db } from "~/db.server";

/** How long each pause lasts: the first after the refusal, then after each refused probe (the last one repeats). */
export const pauseDelaysMs = [30_000, 60_000, 2 * 60_000, 5 * 60_000, 10 * 60_000, 15 * 60_000];
/** While a probe is out, the pause is held this long, so no other process probes; a dead prober frees it after. */
const probeHoldMs = 5 * 60_000;
const relay = "relay";

type SmtpError = { code?: string; responseCode?: number; command?: string };

/** Commands during which a refusal is about our connection or login, never about an email. */
const sessionCommands = /^(CONN|EHLO|HELO|STARTTLS|AUTH\b)/;
/** nodemailer's codes for a relay we cannot reach, talk TLS with, or sign in to. */
const relayCodes = new Set(["EAUTH", "ECONNECTION", "ESOCKET", "ETIMEDOUT", "ETLS", "EDNS", "EREQUIRETLS"]);
/** 454 temporary authentication failure, 530 authentication required, 534 mechanism too weak, 535 credentials
 * invalid, 538 encryption required. */
const authReplies = new Set([454, 530, 534, 535, 538]);

/**
 * True when the error says the relay refuses us (anything else sent now would be refused the same way): a refused
 * sign-in, or a relay we cannot reach, greet or set up TLS with. A relay that answers "later" (421 and other 4xx
 * replies, even when it then hangs up) is only busy: that email is retried with the usual growing delays.
 */
export function isRelayRefusal(error: unknown): boolean {
  const { code, responseCode, command } = (error ?? {}) as SmtpError;
  if (responseCode !== undefined && authReplies.has(responseCode)) return true;
  if (responseCode !== undefined && responseCode >= 400 && responseCode < 500) return false;
  return (code !== undefined && relayCodes.has(code)) || (command !== undefined && sessionCommands.test(command));
}

/**
 * What this worker may do now: "send" as usual, "probe" with one email (this worker took the probe), or "wait".
 * Of several workers finding a pause over, one takes the probe: the others see pausedUntil moved.
 */
export async function relayState(now: Date): Promise<"send" | "probe" | "wait"> {
  const pause = await db.mailRelayPause.findUnique({ where: { id: relay } });
  if (!pause) return "send";
  if (pause.pausedUntil > now) return "wait";
  const { count } = await db.mailRelayPause.updateMany({
    where: { id: relay, pausedUntil: pause.pausedUntil },
    data: { pausedUntil: new Date(now.getTime() + probeHoldMs) },
  });
  return count === 1 ? "probe" : "wait";
}

/** This worker took the probe but found nothing to send: the next worker with an email probes at once. */
export async function probeNotTaken(now: Date) {
  await db.mailRelayPause.updateMany({ where: { id: relay }, data: { pausedUntil: now } });
}

/** The relay refused us while sending: pauses every process. The worker that starts the pause logs the one alert. */
export async function pauseSending(reason: string, now: Date) {
  const { count } = await db.mailRelayPause.createMany({
    data: [{ id: relay, since: now, pausedUntil: new Date(now.getTime() + pauseDelaysMs[0]), reason }],
    skipDuplicates: true,
  });
  if (count === 1) {
    console.error(
      `[outbox] ALERT: the mail relay refuses us, so sending is paused and every email waits (none is lost). ` +
        `Check SMTP_URL (address, port, TLS, user name and password). The relay said: ${reason}`,
    );
  }
}

/** The probe was refused: the next pause is longer. */
export async function probeRefused(reason: string, now: Date) {
  const pause = await db.mailRelayPause.findUnique({ where: { id: relay } });
  if (!pause) return pauseSending(reason, now);
  const failedProbes = pause.failedProbes + 1;
  const delay = pauseDelaysMs[Math.min(failedProbes, pauseDelaysMs.length - 1)];
  await db.mailRelayPause.update({
    where: { id: relay },
    data: { failedProbes, reason, pausedUntil: new Date(now.getTime() + delay) },
  });
}

/** The probe went through: every process sends again. */
export async function probeAccepted() {
  const { count } = await db.mailRelayPause.deleteMany({ where: { id: relay } });
  if (count === 1) console.log("[outbox] the mail relay accepts again: sending resumed");
}

/** An SMTP error on one line fit for a log and the outbox: the relay's reply, never credentials from a URL. */
export function describeSmtpError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as SmtpError | null)?.code;
  return `${code ? `${code}: ` : ""}${message}`
    .replace(/\/\/[^@\s/]*@/g, "//")
    .replace(/[\r\n]+/g, " ")
    .slice(0, 500);
}
