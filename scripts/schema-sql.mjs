// `node scripts/schema-sql.mjs`: prints the complete SQL for prisma/schema.prisma, to copy the new statements into
// a hand-written migration. Why by hand: with a driver adapter, Prisma 6's `migrate dev` cannot replay earlier
// migrations on a shadow database (it fails with "External error"), but it can still write the first migration of an
// empty history, which is what this script asks it for, in a throw-away folder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { root } from "./lib.mjs";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "chevronne-schema-"));
fs.mkdirSync(path.join(work, "prisma", "migrations"), { recursive: true });
for (const file of ["prisma/schema.prisma", "prisma.config.ts", "package.json"]) fs.copyFileSync(path.join(root, file), path.join(work, file));
fs.symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"));
const prisma = path.join(root, "node_modules", ".bin", "prisma");
const env = { ...process.env, DATABASE_URL: `file:${path.join(work, "empty.db")}` };
execFileSync(prisma, ["migrate", "deploy"], { cwd: work, env, stdio: "ignore" });
try {
  execFileSync(prisma, ["migrate", "dev", "--create-only", "--skip-generate", "--name", "full"], { cwd: work, env, stdio: "ignore" });
} catch {
  // Prisma 6.19 writes the migration and then exits 1 ("null pointer passed to rust"): judge by the file.
}
const folder = fs.readdirSync(path.join(work, "prisma", "migrations")).find((name) => name.endsWith("_full"));
if (!folder) throw new Error("Prisma did not write the schema's SQL");
process.stdout.write(fs.readFileSync(path.join(work, "prisma", "migrations", folder, "migration.sql"), "utf8"));
fs.rmSync(work, { recursive: true, force: true });
