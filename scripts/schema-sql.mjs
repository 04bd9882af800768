// `node scripts/schema-sql.mjs`: prints the PostgreSQL SQL of the whole of prisma/schema.prisma (`prisma migrate diff
// --from-empty`), to copy the new statements into a hand-written migration (prisma/migrations/<timestamp>_<name>.sql,
// applied by dbmate); tests/integration/migrations.test.ts then checks that the migrations match the schema.
// Why the whole schema and not only what the migrations lack: offline, Prisma 6.19 cannot read a live database.
// With the adapter of prisma.config.ts it refuses `--from-url` ("not supported when defining an adapter"), and
// without it the CLI downloads its native schema engine, which fails here.
// Why a server at all: with that adapter the CLI connects to DATABASE_URL even to diff from empty, so the script
// starts a throw-away embedded PostgreSQL for it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "./postgres.mjs";
import { root } from "./lib.mjs";

if (process.argv.length > 2) {
  console.error("Usage: node scripts/schema-sql.mjs (no arguments): prints the SQL of the whole schema.");
  process.exit(1);
}

// As root the server runs as the `postgres` user, who must be able to reach the data folder.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "chevronne-schema-"));
fs.chmodSync(work, 0o755);
const server = await startEmbeddedPostgres({ dataDir: path.join(work, "data"), port: 0 });
try {
  const sqlFile = path.join(work, "schema.sql");
  // -o keeps the SQL apart from the CLI's own messages (shown on stderr)
  execFileSync(
    path.join(root, "node_modules", ".bin", "prisma"),
    ["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script", "-o", sqlFile],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: server.url("postgres") },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  process.stdout.write(fs.readFileSync(sqlFile, "utf8"));
} finally {
  await server.stop();
  fs.rmSync(work, { recursive: true, force: true });
}
