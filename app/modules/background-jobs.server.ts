// Work the server process does on its own: delivering the outbox, and every few minutes the scheduled rounds
// (search alerts, missions past their end date, the 10-day "still reviewing" rule).
import { sendDueAlerts } from "~/modules/candidates/alerts.server";
import { startOutboxWorker } from "~/modules/email/worker.server";
import { closeExpiredMissions } from "~/modules/missions/editor.server";
import { remindIdleApplications } from "~/modules/pipeline/employer-pipeline.server";

const roundMs = 5 * 60_000;
const globalForJobs = globalThis as unknown as { chevronneJobsStarted?: boolean };

const rounds: [name: string, run: () => Promise<unknown>][] = [
  ["alerts", () => sendDueAlerts()],
  ["missions past their end date", () => closeExpiredMissions()],
  ["still reviewing", () => remindIdleApplications()],
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
  setInterval(runRounds, roundMs).unref();
  setTimeout(runRounds, 10_000).unref();
}
