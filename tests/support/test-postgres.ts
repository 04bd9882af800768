// The PostgreSQL server of a test run: the one named by TEST_DATABASE_URL (any database on it; the run creates
// its own next to it), or an embedded server started for the run, its data in the system's temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseUrlFor, startEmbeddedPostgres } from "../../scripts/postgres.mjs";

export type TestServer = { url: (database: string) => string; stop: () => Promise<void> };

export async function startTestServer(name: string): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: (database) => databaseUrlFor(given, database), stop: async () => {} };
  // A fresh folder per run: a test run's data is thrown away, and a folder under the clone may not be reachable
  // by the `postgres` user the server runs as when we are root.
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
