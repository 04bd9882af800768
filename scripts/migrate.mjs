// `npm run db:migrate`: the production migration step, run once per release before the app servers start (they
// never migrate in production). Applies the committed migrations DATABASE_URL has not seen yet, with dbmate.
// The URL carries the database password: it is never printed, and neither is an error object that may hold it.
import { applyMigrations } from "./postgres.mjs";

if (!process.env.DATABASE_URL) {
  console.error("db:migrate needs DATABASE_URL (postgres://user:password@host:port/database).");
  process.exit(1);
}
try {
  const applied = applyMigrations(process.env.DATABASE_URL).trim();
  console.log(applied || "No migration to apply: the database is up to date.");
} catch (error) {
  console.error(`db:migrate failed: ${error.message}`);
  process.exit(1);
}
