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
