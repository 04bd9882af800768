// A second server process for tests/integration/processes.test.ts, run with tsx: the outbox worker (DATABASE_URL,
// SMTP_URL and OUTBOX_POLL_MS come from the test) and two rounds that report on stdout each time they run here.
import { startOutboxWorker } from "~/modules/email/worker.server";
import { startRounds, type Round } from "~/modules/rounds.server";

const rounds: Round[] = ["first round", "second round"].map((name) => [
  name,
  async () => void console.log(`ran ${name}`),
]);

startOutboxWorker();
startRounds(rounds, 60_000, 0);
console.log("ready");
setInterval(() => {}, 2 ** 30); // the jobs' timers do not keep a process alive
