// Before each test file: its own copy of the migrated database, so files never see each other's rows.
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { templateDatabase, tmpDir } from "./paths";

const file = path.join(tmpDir, `vitest-${randomUUID()}.db`);
fs.copyFileSync(templateDatabase, file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = tmpDir;
process.env.APP_URL = "http://chevronne.test";
delete (globalThis as { chevronneDb?: unknown }).chevronneDb;
