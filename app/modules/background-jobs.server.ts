// Work the server process does on its own: delivering the outbox, and emailing search alerts when due.
import { sendDueAlerts } from "~/modules/candidates/alerts.server";
import { startOutboxWorker } from "~/modules/email/worker.server";

const alertCheckMs = 5 * 60_000;
const globalForJobs = globalThis as unknown as { chevronneJobsStarted?: boolean };

export function startBackgroundJobs() {
  if (globalForJobs.chevronneJobsStarted) return;
  globalForJobs.chevronneJobsStarted = true;
  startOutboxWorker();
  const checkAlerts = () =>
    sendDueAlerts().catch((error) => console.error("[alerts] round failed:", error instanceof Error ? error.message : error));
  setInterval(checkAlerts, alertCheckMs).unref();
  setTimeout(checkAlerts, 10_000).unref();
}
