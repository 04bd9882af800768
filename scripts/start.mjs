// `npm start`: install, generate, migrate, seed when empty, build when stale, then serve. A second run skips
// everything already done. Demo mode unless CHEVRONNE_MODE=production.
import { spawn } from "node:child_process";
import {
  buildIfStale,
  ensureDependencies,
  ensurePrismaClient,
  loadDotEnv,
  localDatabase,
  migrate,
  root,
  seedIfEmpty,
  serverScript,
  step,
} from "./lib.mjs";

loadDotEnv();
const port = process.env.PORT ?? "3000";
const production = process.env.CHEVRONNE_MODE === "production";
if (production && !process.env.DATABASE_URL) {
  console.error(
    "\nChevronné could not start: production needs DATABASE_URL (postgres://user:password@host:port/database).",
  );
  process.exit(1);
}

let database = { url: "", stop: async () => {} };
try {
  ensureDependencies();
  ensurePrismaClient();
  database = await localDatabase();
  // In production, migrations are their own step (`npm run db:migrate`), never run by each app server at start.
  if (!production) {
    await migrate(database.url);
    seedIfEmpty(database.url);
  }
  buildIfStale();
} catch (error) {
  console.error(`\nChevronné could not start: ${error.message}`);
  await database.stop();
  process.exit(1);
}
const databaseUrl = database.url;

step(`Starting Chevronné on port ${port}`);
const server = spawn(process.execPath, [serverScript], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, PORT: port, DATABASE_URL: databaseUrl, NODE_ENV: "production" },
});
let announced = false;
server.stdout.on("data", (chunk) => {
  const text = chunk.toString();
  if (!announced && text.includes("[chevronne] listening")) {
    announced = true;
    announce();
  } else {
    process.stdout.write(text);
  }
});
// The server stops first, then the embedded database (after the server's last write).
server.on("exit", async (code) => {
  await database.stop();
  process.exit(code ?? 1);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

function announce() {
  const address = process.env.APP_URL ?? `http://localhost:${port}`;
  const mail = process.env.SMTP_URL
    ? `Emails are delivered through ${new URL(process.env.SMTP_URL).host}.`
    : `Emails are not sent: read them at ${address}/dev/mail`;
  console.log(`
  Chevronné is ready: ${address}
${
  production
    ? ""
    : `
  Demo sign-ins (password "chevronne-demo", or ask for a sign-in link):
    candidate:  candidat.demo@chevronne.example
    employer:   employeur.demo@chevronne.example
    recruiter:  recruteur.demo@chevronne.example
    administrator (pages at /admin):  admin@chevronne.example
`
}
  ${mail}
  Stop with Ctrl+C.
`);
}
