// Once per Vitest run: a PostgreSQL server (see test-postgres.ts) and on it a migrated, empty template database
// that each test file clones (CREATE DATABASE ... TEMPLATE takes milliseconds).
import { randomUUID } from "node:crypto";
import { applyMigrations, ensureDatabase, withClient } from "../../scripts/postgres.mjs";
import { startTestServer } from "./test-postgres";

export default async function setup() {
  const server = await startTestServer("vitest");
  const run = randomUUID().slice(0, 8);
  const template = `vitest_${run}_template`;
  await ensureDatabase(server.url(template));
  applyMigrations(server.url(template));
  // the test files' processes inherit these
  process.env.CHEVRONNE_TEST_SERVER_URL = server.url("postgres");
  process.env.CHEVRONNE_TEST_TEMPLATE = template;
  return async () => {
    await withClient(server.url("postgres"), async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`vitest_${run}_%`],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
    await server.stop();
  };
}
