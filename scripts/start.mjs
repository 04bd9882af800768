// `npm start`: install, generate, migrate, seed when empty, build when stale, then serve. A second run skips
// everything already done. Demo mode unless CHEVRONNE_MODE=production.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  buildIfStale,
  defaultDatabaseUrl,
  ensureDependencies,
  ensurePrismaClient,
  migrate,
  root,
  seedIfEmpty,
  serverScript,
  step,
} from "./lib.mjs";

loadDotEnv();
const port = process.env.PORT ?? "3000";
const databaseUrl = process.env.DATABASE_URL ?? defaultDatabaseUrl();
const production = process.env.CHEVRONNE_MODE === "production";

try {
  ensureDependencies();
  ensurePrismaClient();
  migrate(databaseUrl);
  if (!production) seedIfEmpty(databaseUrl);
  buildIfStale();
} catch (error) {
  console.error(`\nChevronné could not start: ${error.message}`);
  process.exit(1);
}

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
server.on("exit", (code) => process.exit(code ?? 1));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));

function announce() {
  const address = process.env.APP_URL ?? `http://localhost:${port}`;
  const mail = process.env.SMTP_URL
    ? `Emails are delivered through ${new URL(process.env.SMTP_URL).host}.`
    : `Emails are not sent: read them at ${address}/dev/mail`;
  console.log(`
  Chevronné is ready: ${address}
${production ? "" : `
  Demo sign-ins (password "chevronne-demo", or ask for a sign-in link):
    candidate:  candidat.demo@chevronne.example
    employer:   employeur.demo@chevronne.example
    recruiter:  recruteur.demo@chevronne.example
`}
  ${mail}
  Stop with Ctrl+C.
`);
}

/** The server does not read .env: a local .env file (never committed) is read here. */
function loadDotEnv() {
  const file = path.join(root, ".env");
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const match = line.match(/^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2");
  }
}
