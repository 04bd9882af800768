// The Prisma client, made once per process (and kept across dev-server reloads), on PostgreSQL through the
// node-postgres driver adapter (Prisma 6 runs fully offline only with a driver adapter: docs/decisions/0010),
// and the two tools that keep a rule true when several processes write at once.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "~/env.server";
import { Prisma, PrismaClient } from "~/generated/prisma/client";

export type Db = PrismaClient;
/** A transaction client: what functions that take part in a caller's transaction receive. */
export type Tx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { chevronneDb?: PrismaClient; chevronneReadPool?: pg.Pool };

/** Connections each process keeps open: several servers share one PostgreSQL, so each keeps a few. */
const poolSize = 10;

/**
 * A transaction waits up to 10 s for a free connection (Prisma's default, 2 s, turned a burst of requests on a busy
 * machine into errors) and may run 15 s: the outbox worker's batches and an account's deletion are the longest.
 */
const transactionOptions = { maxWait: 10_000, timeout: 15_000 };

export const db: PrismaClient =
  globalForDb.chevronneDb ??
  new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.databaseUrl, max: poolSize, application_name: "chevronne" }),
    transactionOptions,
  });
globalForDb.chevronneDb = db;

/** A statement with numbered parameters ($1, $2…) and their values, in the shape `$queryRawUnsafe` takes. */
export type Statement = [sql: string, ...values: unknown[]];

/** Prisma's DateTime columns are `timestamp` holding UTC: read them as UTC whatever the process's time zone. */
const timestampOid = 1114;
const readTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === timestampOid
      ? (text: string) => new Date(`${text.replace(" ", "T")}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connections each process keeps for `readRows`, beside Prisma's. */
const readPoolSize = 5;

const readPool: pg.Pool =
  globalForDb.chevronneReadPool ??
  new pg.Pool({
    connectionString: env.databaseUrl,
    max: readPoolSize,
    application_name: "chevronne-read",
    // every signed-in request reads its session here: a request that finds every connection busy this long fails
    // (as Prisma's own pool does) rather than waiting without end
    connectionTimeoutMillis: 10_000,
    types: readTypes,
    allowExitOnIdle: true,
  });
globalForDb.chevronneReadPool = readPool;

/**
 * Rows of one read-only statement, straight through node-postgres. The search runs several statements per request,
 * and each costs about 2.7 ms through Prisma's raw queries against 0.6 ms here (docs/decisions/0010, "Measured").
 * Dates are sent as ISO text in UTC, as Prisma sends them.
 */
export async function readRows<Row>([sql, ...values]: Statement): Promise<Row[]> {
  const result = await readPool.query(
    sql,
    values.map((value) => (value instanceof Date ? value.toISOString() : value)),
  );
  return result.rows as Row[];
}

/** A table as readModel and readWithJoined read it: its name, the alias conditions use, every field Prisma knows. */
type ModelTable = { table: string; alias: string; fields: Record<string, string> };
/** The conditions (and order) of a read, on the tables' aliases, with numbered parameters. */
type RowChoice = { where: string; orderBy?: string };

/** The table's fields as columns of its alias, each named `prefix` + field. */
function columnsOf({ alias, fields }: ModelTable, prefix = ""): string[] {
  return Object.values(fields).map((field) => `${alias}."${field}"${prefix ? ` AS "${prefix}${field}"` : ""}`);
}

const tail = ({ where, orderBy }: RowChoice) => `WHERE ${where}${orderBy ? ` ORDER BY ${orderBy}` : ""}`;

/**
 * Rows of one table straight through pg, as Prisma's `findMany` gives them: for the reads a page makes on every
 * request, where a Prisma query costs several times its SQL (decision 0038). The columns come from Prisma's own field
 * lists (`Prisma.<Model>ScalarFieldEnum`), so a field added to the schema is read without a change here. The table is
 * the model's name (a model mapped to another table name with `@@map` would need its own). `where`, `orderBy` and a
 * join's `on` go into the SQL as they are: constant text, every value a numbered parameter.
 */
export function readModel<Row>(from: ModelTable, choice: RowChoice, ...values: unknown[]): Promise<Row[]> {
  return readRows<Row>([
    `SELECT ${columnsOf(from).join(", ")} FROM "${from.table}" ${from.alias} ${tail(choice)}`,
    ...values,
  ]);
}

/** For readWithJoined: the organisation of a row of `alias` that has an `employerId`, as the field `employer`. */
export function joinedEmployer(alias: string) {
  return {
    table: "Employer",
    alias: "e",
    fields: Prisma.EmployerScalarFieldEnum,
    as: "employer" as const,
    on: `e.id = ${alias}."employerId"`,
  };
}

/** As readModel, each row with its one row of `joined` as the field `joined.as`, as Prisma's `include` gives it. */
export async function readWithJoined<Row, Joined, As extends string>(
  from: ModelTable,
  joined: ModelTable & { as: As; on: string },
  choice: RowChoice,
  ...values: unknown[]
): Promise<(Row & Record<As, Joined>)[]> {
  const prefix = `${joined.as}.`;
  const rows = await readRows<Record<string, unknown>>([
    `SELECT ${[...columnsOf(from), ...columnsOf(joined, prefix)].join(", ")} FROM "${from.table}" ${from.alias}
     JOIN "${joined.table}" ${joined.alias} ON ${joined.on} ${tail(choice)}`,
    ...values,
  ]);
  return rows.map((row) => {
    const own: Record<string, unknown> = {};
    const other: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row)) {
      if (column.startsWith(prefix)) other[column.slice(prefix.length)] = value;
      else own[column] = value;
    }
    return { ...own, [joined.as]: other } as Row & Record<As, Joined>;
  });
}

/**
 * Whether PostgreSQL refused a write because it broke the unique index or constraint `name` (Prisma's P2002):
 * how a rule kept by a constraint answers the loser of a race.
 */
export function violatesUnique(error: unknown, name: string): boolean {
  const { code, meta } = error as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { originalMessage?: string } } };
  };
  return code === "P2002" && Boolean(meta?.driverAdapterError?.cause?.originalMessage?.includes(`"${name}"`));
}

/**
 * Whether PostgreSQL refused a write because it broke the exclusion constraint `name` (SQLSTATE 23P01, which Prisma
 * passes on as the driver adapter's error): two rows whose ranges must not overlap.
 */
export function violatesExclusion(error: unknown, name: string): boolean {
  const { cause } = error as { cause?: { code?: string; originalMessage?: string } };
  return cause?.code === "23P01" && Boolean(cause.originalMessage?.includes(`"${name}"`));
}

/**
 * Makes the transactions that name the same key take turns, from here to their end (a PostgreSQL advisory lock):
 * a rule that counts rows and then adds one (at most so many per address) then holds when requests come together.
 */
export async function takeTurns(tx: Tx, key: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${key}))`;
}
