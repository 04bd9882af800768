// The PostgreSQL server of a test run: the one named by TEST_DATABASE_URL (`npm test` starts one for the whole run;
// the tests create their own databases on it), or, for a runner started alone, a disposable embedded server.
import { databaseUrlFor, startDisposablePostgres } from "../../scripts/postgres.mjs";

export type TestServer = { url: (database: string) => string; stop: () => Promise<void> };

export async function startTestServer(name: string): Promise<TestServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: (database) => databaseUrlFor(given, database), stop: async () => {} };
  return startDisposablePostgres(name);
}
