// Work the server process does on its own: delivering the outbox, listening for emailed replies to interview
// proposals (when INBOUND_SMTP_PORT is set), and every few minutes the scheduled rounds (search alerts, missions
// past their end date, the 10-day "still reviewing" rule). Interview reminders need no round: they wait in the outbox.
import { sendDueAlerts } from "~/modules/candidates/alerts.server";
import { env } from "~/env.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { startOutboxWorker } from "~/modules/email/worker.server";
import { handleInterviewReply } from "~/modules/interviews/replies.server";
import { closeExpiredMissions } from "~/modules/missions/editor.server";
import { prunePasswordFailures } from "~/modules/auth/password-sign-in.server";
import { remindIdleApplications } from "~/modules/pipeline/employer-pipeline.server";

const roundMs = 5 * 60_000;
const globalForJobs = globalThis as unknown as { chevronneJobsStarted?: boolean };

const rounds: [name: string, run: () => Promise<unknown>][] = [
  ["alerts", () => sendDueAlerts()],
  ["missions past their end date", () => closeExpiredMissions()],
  ["still reviewing", () => remindIdleApplications()],
  ["old wrong passwords", () => prunePasswordFailures()],
];

async function runRounds() {
  for (const [name, run] of rounds) {
    await run().catch((error) => console.error(`[jobs] ${name} failed:`, error instanceof Error ? error.message : error));
  }
}

export function startBackgroundJobs() {
  if (globalForJobs.chevronneJobsStarted) return;
  globalForJobs.chevronneJobsStarted = true;
  startOutboxWorker();
  if (env.inboundSmtp) {
    const { port, host } = env.inboundSmtp;
    startInboundMailListener({ port, host, domain: env.replyDomain, onReply: async (reply) => void (await handleInterviewReply(reply)) })
      .then(() => console.log(`[inbound] listening for interview replies on ${host}:${port} (${env.replyDomain})`))
      .catch((error) => console.error("[inbound] could not start:", error instanceof Error ? error.message : error));
  }
  setInterval(runRounds, roundMs).unref();
  setTimeout(runRounds, 10_000).unref();
}
