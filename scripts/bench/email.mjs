// The outbox's throughput (issue 11, item 8: at least 1 000 emails a minute to a local SMTP server). In a fresh
// database of its own, queues N emails of a real email's size, starts `npm run worker` (the background work alone,
// with the app's pooled SMTP transport) pointed at a local smtp-server, and counts each message by its Message-ID.
// Prints emails per minute from the first delivery to the last, and fails when one is missing or came twice.
//   node scripts/bench/email.mjs [count]        (default 1000)
// `npm run bench` calls measureEmailThroughput().
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { applyMigrations, ensureDatabase, startDisposablePostgres, withClient } from "../postgres.mjs";
import { startCountingSmtpServer } from "./counting-smtp.mjs";
import { startProcess, stopAll, whenInterrupted } from "./processes.mjs";

export const requiredPerMinute = 1000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Delivers `count` emails through the real worker; resolves to what was measured. */
export async function measureEmailThroughput({ count = 1000, timeoutMs = 5 * 60_000 } = {}) {
  const postgres = await startDisposablePostgres("bench-email");
  whenInterrupted(postgres.stop);
  const smtp = await startCountingSmtpServer();
  try {
    const databaseUrl = postgres.url("bench_email");
    await ensureDatabase(databaseUrl);
    applyMigrations(databaseUrl);
    await queueEmails(databaseUrl, count);
    startProcess("outbox worker", process.execPath, ["scripts/worker.mjs"], {
      ...process.env,
      CHEVRONNE_MODE: "demo",
      DATABASE_URL: databaseUrl,
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      SESSION_SECRET: randomBytes(32).toString("hex"),
      DATA_DIR: path.join(os.tmpdir(), "chevronne-bench-email"),
      OUTBOX_POLL_MS: "200",
    });
    const deadline = performance.now() + timeoutMs;
    while (smtp.received.size < count && performance.now() < deadline) await sleep(100);
    await sleep(1000); // a few more polls, in which a duplicate would show
    const seconds = (smtp.lastAt - smtp.firstAt) / 1000;
    const delivered = [...smtp.received.values()].reduce((sum, times) => sum + times, 0);
    return {
      count,
      distinct: smtp.received.size,
      duplicates: delivered - smtp.received.size,
      seconds,
      perMinute: smtp.received.size > 1 ? Math.round(((smtp.received.size - 1) / seconds) * 60) : 0,
      connections: smtp.connections,
    };
  } finally {
    await stopAll();
    await new Promise((resolve) => smtp.server.close(resolve));
    await postgres.stop();
  }
}

/** `count` pending emails the size of a sign-in email (about 1 KB of text, 4 KB of HTML), all due now. */
async function queueEmails(databaseUrl, count) {
  const text = `Bonjour,\n\n${"Voici votre lien de connexion à Chevronné. ".repeat(24)}\n`;
  const html = `<!doctype html><html lang="fr"><body><p style="font-size:20px">${"Voici votre lien de connexion à Chevronné. ".repeat(90)}</p></body></html>`;
  await withClient(databaseUrl, (client) =>
    client.query(
      `INSERT INTO "OutboxEmail" (id, "messageId", "toAddress", locale, template, subject, text, html, priority, status, "nextAttemptAt", "createdAt")
       SELECT 'bench-email-' || i, '<bench-email-' || i || '@chevronne.localhost>', 'personne' || i || '@exemple.ca', 'fr', 'noAccount',
         'Courriel d''essai n° ' || i, $1, $2, 0, 'pending', now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
       FROM generate_series(1, ${Number(count)}) AS i`,
      [text, html],
    ),
  );
}

/** One line for the benchmark's report, and whether the run met the requirement. */
export function describeEmailThroughput(result) {
  const exact = result.distinct === result.count && result.duplicates === 0;
  const line =
    `emails: ${result.distinct} of ${result.count} delivered in ${result.seconds.toFixed(1)} s, ${result.perMinute.toLocaleString("en")} a minute ` +
    `over ${result.connections} SMTP connections; ${exact ? "each exactly once" : `${result.count - result.distinct} missing, ${result.duplicates} twice`} ` +
    `(required: ${requiredPerMinute.toLocaleString("en")} a minute)`;
  return { line, ok: exact && result.perMinute >= requiredPerMinute };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const count = Number(process.argv[2] ?? 1000);
  if (!Number.isInteger(count) || count < 2) {
    console.error("Usage: node scripts/bench/email.mjs [count of emails, 2 or more]");
    process.exit(2);
  }
  const { line, ok } = describeEmailThroughput(await measureEmailThroughput({ count }));
  console.log(line);
  process.exit(ok ? 0 : 1);
}
