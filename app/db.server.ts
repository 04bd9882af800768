// The Prisma client, made once per process (and kept across dev-server reloads).
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { env } from "~/env.server";
import { PrismaClient } from "~/generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client: what functions that take part in a caller's transaction receive. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { chevronneDb?: PrismaClient };

export const db: PrismaClient =
  globalForDb.chevronneDb ?? new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: env.databaseUrl }) });
globalForDb.chevronneDb = db;

/**
 * Connection settings SQLite does not keep in the file: a 64 MB page cache and memory-mapped reads (the default
 * 2 MB cache made each search at 100 000 missions read from disk again), and a refresh of the planner's statistics.
 */
async function tuneConnection() {
  for (const pragma of ["PRAGMA cache_size = -65536", "PRAGMA mmap_size = 268435456", "PRAGMA optimize = 0x10002"]) {
    await db.$queryRawUnsafe(pragma);
  }
}

const globalForTuning = globalThis as unknown as { chevronneDbTuned?: Promise<void> };
globalForTuning.chevronneDbTuned ??= tuneConnection().catch((error) => console.error("[db] tuning failed:", error));
