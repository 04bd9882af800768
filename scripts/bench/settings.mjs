// What the benchmark fills and who it signs in as, shared by the orchestrator and the TypeScript helpers.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
/** Git-ignored (/bench/.data/ in .gitignore); never the demo database. */
export const benchDbFile = path.join(root, "bench", ".data", "bench.db");
export const benchDatabaseUrl = `file:${benchDbFile}`;

export const missionCount = 100_000;
export const employerCount = 2_000;

export const benchUser = {
  email: "banc.essai@chevronne.example",
  password: "banc-essai-mot-de-passe",
};
