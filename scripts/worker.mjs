// `npm run worker`: the background work alone (outbox delivery, the scheduled rounds, the inbound reply listener),
// no web server. Every web server process does this work too; a worker adds hands, or takes it when the web servers
// run elsewhere. Any number of them share one database without doing anything twice (claims and leases).
// The app's modules are TypeScript: tsx (installed with the app) loads them, with the app's path aliases.
import { register } from "tsx/esm/api";
import { loadDotEnv } from "./lib.mjs";
import { refuseUnsafeProduction } from "./production-checks.mjs";

loadDotEnv();
if (!process.env.DATABASE_URL) {
  console.error(
    "The worker needs DATABASE_URL (postgres://user:password@host:port/database): the database the web servers use.",
  );
  process.exit(1);
}

await refuseUnsafeProduction();
register();
const { startBackgroundJobs } = await import("../app/modules/background-jobs.server.ts");
startBackgroundJobs();
console.log("[worker] delivering email and running the scheduled rounds");

// The jobs' own timers do not keep a process alive (in a web server, the server does): this one does, until a signal.
const keepAlive = setInterval(() => {}, 2 ** 30);
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    clearInterval(keepAlive);
    process.exit(0);
  });
}
