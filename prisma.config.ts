// Prisma 6 runs fully offline only with the JavaScript engine and a driver adapter (see docs/decisions/0010).
// The CLI is used for `prisma generate` and `prisma migrate diff` only: dbmate applies the migrations.
// The CLI does not read .env when this file exists: DATABASE_URL is set by our scripts.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// generate and diff need a URL to be set, not a server to answer
process.env.DATABASE_URL ??= "postgres://localhost:5432/chevronne";

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  engine: "js",
  experimental: { adapter: true },
  // the CLI is a short-lived process: an idle connection must not keep it alive for the pool's default 10 s
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL, idleTimeoutMillis: 1 }),
});
