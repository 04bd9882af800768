// The Prisma client, made once per process (and kept across dev-server reloads), on PostgreSQL through the
// node-postgres driver adapter (Prisma 6 runs fully offline only with a driver adapter: docs/decisions/0010).
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "~/env.server";
import { PrismaClient } from "~/generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client: what functions that take part in a caller's transaction receive. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { chevronneDb?: PrismaClient };

/** Connections each process keeps open: several servers share one PostgreSQL, so each keeps a few. */
const poolSize = 10;

export const db: PrismaClient =
  globalForDb.chevronneDb ??
  new PrismaClient({ adapter: new PrismaPg({ connectionString: env.databaseUrl, max: poolSize, application_name: "chevronne" }) });
globalForDb.chevronneDb = db;
