// What the benchmark fills and who it signs in as, shared by the orchestrator and the TypeScript helpers.
// run.mjs decides the size (`--missions N`) and starts the PostgreSQL server; it hands both to the helpers it starts
// through BENCH_MISSIONS and BENCH_DATABASE_URL.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const defaultMissionCount = 100_000;
export const missionCount = Number(process.env.BENCH_MISSIONS ?? defaultMissionCount);
export const employerCount = 2_000;

/** One database per size on the benchmark's own server: a filled size is kept for the next run. */
export const benchDatabaseName = `bench_${missionCount}`;

/** The benchmark database's address: only known once run.mjs has started the server. */
export function benchDatabaseUrl() {
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) throw new Error("BENCH_DATABASE_URL is not set: start the benchmark with `npm run bench`");
  return url;
}

export const benchUser = {
  email: "banc.essai@chevronne.example",
  password: "banc-essai-mot-de-passe",
};

/** Member of the first employer: the scale run publishes a mission with it. */
export const benchRecruiter = {
  email: "recrutement.banc@chevronne.example",
  password: "banc-recrutement-mot-de-passe",
};

/**
 * The benchmark server's data folder: bench/.data/postgres (git-ignored; never the demo database). As root the
 * server runs as the `postgres` system user, which must be able to traverse every folder above it; when one of them
 * is closed to others, the data goes to the system's temporary folder instead (kept there between runs too).
 */
export function benchDataDir() {
  const inClone = path.join(root, "bench", ".data", "postgres");
  if (process.getuid?.() !== 0 || reachableByOthers(path.dirname(inClone))) return inClone;
  const parent = path.join(os.tmpdir(), "chevronne-bench");
  fs.mkdirSync(parent, { recursive: true });
  fs.chmodSync(parent, 0o755);
  return path.join(parent, "postgres");
}

function reachableByOthers(dir) {
  for (let current = dir; current !== path.dirname(current); current = path.dirname(current)) {
    if (fs.existsSync(current) && (fs.statSync(current).mode & 0o001) === 0) return false;
  }
  return true;
}
