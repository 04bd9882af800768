// Before each test file: its own database cloned from the run's migrated template, so files never see each
// other's rows.
import { randomUUID } from "node:crypto";
import { databaseUrlFor, ensureDatabase } from "../../scripts/postgres.mjs";
import { tmpDir } from "./paths";

const serverUrl = process.env.CHEVRONNE_TEST_SERVER_URL;
const template = process.env.CHEVRONNE_TEST_TEMPLATE;
if (!serverUrl || !template) throw new Error("The Vitest global setup did not start a database server");
const url = databaseUrlFor(serverUrl, `${template.replace(/_template$/, "")}_${randomUUID().slice(0, 8)}`);
await ensureDatabase(url, { template });
process.env.DATABASE_URL = url;
process.env.DATA_DIR = tmpDir;
process.env.APP_URL = "http://chevronne.test";
delete (globalThis as { chevronneDb?: unknown }).chevronneDb;
delete (globalThis as { chevronneReadPool?: unknown }).chevronneReadPool;
