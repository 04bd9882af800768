// Prisma 6 runs fully offline only with the JavaScript engine and a driver adapter (see docs/decisions).
// The CLI does not read .env when this file exists: DATABASE_URL is set by our scripts.
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

const defaultUrl = `file:${path.resolve("data/chevronne.db")}`;
process.env.DATABASE_URL ??= defaultUrl;

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL ?? defaultUrl }),
});
