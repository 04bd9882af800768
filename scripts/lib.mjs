// Steps shared by `npm start`, `npm test` and the end-to-end server. Each step skips itself when already done.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, ensureDatabase, runningEmbeddedPostgres, startEmbeddedPostgres } from "./postgres.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

export function step(message) {
  console.log(`\n> ${message}`);
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    ...options,
    env: { ...process.env, ...options.env },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}

/** The patches `npm install` applies to dependencies (package.json's postinstall, decision 0038). */
const patchesDir = path.join(root, "scripts", "patches");

/** The patch files, none when the folder is gone. */
function patchFiles() {
  return fs.existsSync(patchesDir) ? fs.readdirSync(patchesDir).sort() : [];
}

/** The package a patch-package file is for: `@remix-run+router+1.23.3.patch` is `@remix-run/router`. */
function patchedPackage(file) {
  return file.split("+").slice(0, -1).join("/");
}

/** What node_modules is installed from: the lock file and the patches applied after it. */
function installInputsHash() {
  const hash = createHash("sha256").update(fs.readFileSync(path.join(root, "package-lock.json")));
  for (const patch of patchFiles()) hash.update(patch).update(fs.readFileSync(path.join(patchesDir, patch)));
  return hash.digest("hex");
}

/**
 * npm install when node_modules is missing, or package-lock.json or a patch changed since the last install. A
 * package patched before or now is removed first: npm then installs it as published, and the postinstall applies
 * today's patch to it (an unchanged lock file would leave the old patch in place, which the new one cannot follow).
 */
export function ensureDependencies() {
  const stamp = path.join(root, "node_modules", ".chevronne-lock-hash");
  const patchedBefore = path.join(root, "node_modules", ".chevronne-patched");
  const wanted = installInputsHash();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === wanted) return;
  step("Installing dependencies (npm install; the first time takes a few minutes)");
  const patched = patchFiles().map(patchedPackage);
  const before = fs.existsSync(patchedBefore) ? fs.readFileSync(patchedBefore, "utf8").split("\n").filter(Boolean) : [];
  for (const name of new Set([...before, ...patched]))
    fs.rmSync(path.join(root, "node_modules", name), { recursive: true, force: true });
  run("npm", ["install", "--no-audit", "--no-fund"]);
  fs.writeFileSync(patchedBefore, patched.join("\n"));
  fs.writeFileSync(stamp, wanted);
}

/** prisma generate when the generated client is missing or older than the schema. */
export function ensurePrismaClient() {
  const generated = path.join(root, "app", "generated", "prisma", "client.ts");
  const schema = path.join(root, "prisma", "schema.prisma");
  if (fs.existsSync(generated) && fs.statSync(generated).mtimeMs >= fs.statSync(schema).mtimeMs) return;
  step("Generating the database client");
  run(bin("prisma"), ["generate"]);
}

/** Where the embedded PostgreSQL server of `npm start` keeps its data. */
export const localDataDir = path.join(root, "data", "postgres");

/**
 * The database of `npm start`, `npm run dev` and `npm run admin`: DATABASE_URL when set (no server is started),
 * otherwise the embedded PostgreSQL server with its data in data/postgres: the one already running if another
 * command started it (then `stop` leaves it to that command), else a server started here. `stop` ends what was
 * started.
 */
export async function localDatabase() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const running = await runningEmbeddedPostgres(localDataDir);
  if (running) {
    step(`Using the embedded PostgreSQL server already running on port ${running.port} (data in data/postgres)`);
    return { url: running.url("chevronne"), stop: async () => {} };
  }
  step("Starting the embedded PostgreSQL server (data in data/postgres)");
  const server = await startEmbeddedPostgres({ dataDir: localDataDir });
  return { url: server.url("chevronne"), stop: server.stop };
}

/** Creates the database when missing and applies the committed migrations it has not seen. */
export async function migrate(databaseUrl) {
  step("Applying database migrations");
  await ensureDatabase(databaseUrl);
  applyMigrations(databaseUrl);
}

/** Loads the demo data when the database has no users yet. */
/** `env` must carry the server's DATA_DIR: demo interviews derive their links' tokens from the secret kept there. */
export function seedIfEmpty(databaseUrl, env = {}) {
  run(bin("tsx"), ["prisma/seed.ts"], { env: { ...env, DATABASE_URL: databaseUrl } });
}

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .reduce((newest, entry) => Math.max(newest, newestMtime(path.join(target, entry))), stat.mtimeMs);
}

/** Builds when the build is missing or any source is newer than it. */
/** Whether the build is missing or older than one of its sources. */
export function buildIsStale() {
  const output = path.join(root, "build", "server", "index.js");
  const sources = ["app", "public", "vite.config.ts", "tailwind.config.ts", "package-lock.json"];
  const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  return built <= Math.max(...sources.map(newestMtime));
}

export function buildIfStale() {
  if (!buildIsStale()) return;
  step("Building the application");
  run(bin("remix"), ["vite:build"]);
}

/** The production server (scripts/server.mjs), started with this Node.js: `node <serverScript>`. */
export const serverScript = path.join(root, "scripts", "server.mjs");

/** The servers do not read .env: a local .env file (never committed) is read here, under the variables already set. */
export function loadDotEnv() {
  const file = path.join(root, ".env");
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const match = line.match(/^\s*([A-Z_][A-Z0-9_]*)\s*=\s*(.*?)\s*$/);
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^(['"])(.*)\1$/, "$2");
  }
}
