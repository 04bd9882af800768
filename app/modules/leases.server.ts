// Leases: work that one process at a time may do, whatever the number of servers sharing the database. A lease is
// a row (name, holder, expiry) taken with one conditional write, so two processes racing for it cannot both win.
// Expiry is read from the database's clock, so servers whose clocks disagree still agree on who holds what.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { db } from "~/db.server";

/** This process, as a lease holder: host and pid, plus a random part because a restarted process may reuse a pid. */
export const thisProcess = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/**
 * Takes the lease `name` for `ms` milliseconds when it is free or expired, or (unless `extend` is false) extends it
 * when `holder` already holds it. True when `holder` holds it now.
 */
export async function takeLease(
  name: string,
  ms: number,
  holder = thisProcess,
  { extend = true } = {},
): Promise<boolean> {
  // Prisma stores DateTime as UTC in "timestamp without time zone": compare and write in UTC as well.
  const taken = await db.$queryRaw<{ holder: string }[]>`
    INSERT INTO "Lease" (name, holder, "expiresAt")
    VALUES (${name}, ${holder}, (now() AT TIME ZONE 'UTC') + ${ms} * interval '1 millisecond')
    ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, "expiresAt" = EXCLUDED."expiresAt"
    WHERE "Lease"."expiresAt" <= (now() AT TIME ZONE 'UTC') OR (${extend} AND "Lease".holder = EXCLUDED.holder)
    RETURNING holder`;
  return taken.length === 1;
}

export type Running = { close(): Promise<void> };

/**
 * Keeps `start`'s service running in exactly one process at a time. Every process calls this; each tries to take
 * the lease every `renewMs`. The holder renews it on the same beat; the others keep trying, so when the holder dies
 * its lease expires after `leaseMs` and another process starts the service. A holder that fails to renew (the
 * database unreachable, or a pause longer than the lease) stops its service, since another may have started one.
 */
export function runInOneProcess(
  name: string,
  options: { leaseMs: number; renewMs: number; holder?: string },
  start: () => Promise<Running>,
): { stop(): Promise<void> } {
  let running: Running | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function beat() {
    const held = await takeLease(name, options.leaseMs, options.holder).catch((error: unknown) => {
      console.error(`[lease] ${name}: could not take or renew:`, error instanceof Error ? error.message : error);
      return false;
    });
    if (held && !running) {
      running = await start().catch((error: unknown) => {
        console.error(`[lease] ${name}: could not start:`, error instanceof Error ? error.message : error);
        return null;
      });
    } else if (!held && running) {
      await running.close();
      running = null;
    }
    if (!stopped) timer = setTimeout(() => (beating = beat()), options.renewMs).unref();
  }

  let beating = beat();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await beating;
      await running?.close();
      running = null;
    },
  };
}
