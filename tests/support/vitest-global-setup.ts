// Once per Vitest run: a migrated, empty template database that each test file copies.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot, templateDatabase, tmpDir } from "./paths";

export default function setup() {
  fs.mkdirSync(tmpDir, { recursive: true });
  for (const file of fs.readdirSync(tmpDir)) {
    if (file.startsWith("vitest-") || file.startsWith("template")) fs.rmSync(path.join(tmpDir, file), { force: true });
  }
  const result = spawnSync(path.join(repoRoot, "node_modules", ".bin", "prisma"), ["migrate", "deploy"], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: `file:${templateDatabase}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`Could not prepare the test database:\n${result.stdout}\n${result.stderr}`);
}
