// Every limit on how often someone may ask for something, in one place (docs/decisions/0011-limits.md). Counts live
// in PostgreSQL, so every server process shares them: rate-limiter-flexible's RateLimiterPostgres keeps one row per
// limit and key in "RateLimit" (made by a migration, never by the library), and counts with one INSERT ... ON
// CONFLICT, so requests fired together are each counted. Keys are hashed: the table holds no address or token.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { clientKey } from "./client.server";
import { sha256 } from "./tokens.server";

type Limit = { points: number; seconds: number };

const minutes = 60;
const hour = 60 * minutes;
const day = 24 * hour;

/** Counted by rate-limiter-flexible, in windows that start with the first request. */
export const limits = {
  /** Sign-in links and sign-ups asked from one client (both send an email): a person asks two or three times; a script mailing strangers stops at ten. */
  signInEmailsPerClient: { points: 10, seconds: 15 * minutes },
  /** Wrong passwords from one client, whatever the addresses: twice what one person mistypes, far too few to guess across accounts. */
  passwordFailuresPerClient: { points: 20, seconds: hour },
  /** Applications sent by one candidate: more than anyone writes with care in an hour; each emails and may store a CV. */
  applicationsPerCandidate: { points: 10, seconds: hour },
  /** "None of these times suit me" messages for one interview: each emails the recruiter, who answers in person. */
  suggestionsPerInterview: { points: 5, seconds: day },
  /** Emailed replies to one interview: each may email the recruiter and the candidate; it stops an auto-responder's loop. */
  repliesPerInterview: { points: 20, seconds: day },
  /** Reports ("Signaler") sent from one client: a person reports what they come across; a script filling the queue stops. */
  reportsPerClient: { points: 5, seconds: hour },
  /**
   * Reports about one mission or organisation, from everyone: enough to put it at the top of the queue; a campaign
   * against one employer does not bury every other report under copies of itself.
   */
  reportsPerTarget: { points: 20, seconds: hour },
  /** "No account at this address" emails to an address without one: whoever typed it learns it, its owner is not pestered. */
  noAccountEmailsPerAddress: { points: 1, seconds: day },
} satisfies Record<string, Limit>;

/**
 * Counted from their own rows, taking turns on an advisory lock, in a window that slides (auth/sign-in.server.ts,
 * auth/password-sign-in.server.ts): those rows are needed anyway, and the race tests hold them.
 */
export const addressLimits = {
  /** Sign-in emails asked for one address, known or not, in an hour: enough for a person, too few to flood an inbox. */
  signInEmails: { points: 5, seconds: hour },
  /** Wrong passwords for one address, known or not: a person who mistypes is not stopped, guessing is. */
  passwordFailures: { points: 10, seconds: 15 * minutes },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof limits;
export type Refused = { ok: false; retryAt: Date; retryAfterSeconds: number };
export type LimitCheck = { ok: true } | Refused;

/** The answer when the next request is allowed at `retryAt`. */
export function refusedUntil(retryAt: Date, now = new Date()): Refused {
  return { ok: false, retryAt, retryAfterSeconds: Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 1000)) };
}

export type Limiters = {
  /** Counts one request of `who` against the limit; refused once the limit's points are used up. */
  take(name: LimitName, who: string): Promise<LimitCheck>;
  /** Returns a point taken for a request that turned out fine (a right password). */
  giveBack(name: LimitName, who: string): Promise<void>;
};

/** The limits counted through `pool`. Each process makes one (limiters()); tests make two to play two processes. */
export function createLimiters(pool: pg.Pool): Limiters {
  const counters = new Map(
    Object.entries(limits).map(([name, limit]) => [
      name,
      new RateLimiterPostgres({
        storeClient: pool,
        tableName: "RateLimit",
        tableCreated: true,
        // expired rows are deleted by a background round (pruneExpiredLimits), not by a timer in every process
        clearExpiredByTimeout: false,
        keyPrefix: name,
        points: limit.points,
        duration: limit.seconds,
      }),
    ]),
  );
  const counter = (name: LimitName) => counters.get(name)!;
  return {
    async take(name, who) {
      try {
        await counter(name).consume(sha256(who));
        return { ok: true };
      } catch (outcome) {
        // the library rejects with its result when the limit is reached, and with an Error when the database fails
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        return refusedUntil(new Date(Date.now() + outcome.msBeforeNext));
      }
    },
    async giveBack(name, who) {
      await counter(name).reward(sha256(who));
    },
  };
}

const globalForLimits = globalThis as unknown as { chevronneLimits?: { databaseUrl: string; limiters: Limiters } };

/** This process's limiters, on a small pool of their own (each count is one short statement). */
export function limiters(): Limiters {
  const made = globalForLimits.chevronneLimits;
  if (made?.databaseUrl === env.databaseUrl) return made.limiters;
  const pool = new pg.Pool({ connectionString: env.databaseUrl, max: 3, application_name: "chevronne-limits" });
  // an idle connection the server closed must not take the process down; the next query opens another
  pool.on("error", (error) => console.error("[limits] database connection lost:", error.message));
  const limiters = createLimiters(pool);
  globalForLimits.chevronneLimits = { databaseUrl: env.databaseUrl, limiters };
  return limiters;
}

export const takeLimit = (name: LimitName, who: string) => limiters().take(name, who);

/** Counts a request against a per-client limit; clients in LIMITS_EXEMPT_CLIENTS always pass. */
export async function takeClientLimit(
  name: LimitName,
  request: Request,
  context: { clientAddress?: string },
): Promise<LimitCheck> {
  const client = clientKey(request, context);
  return client === null ? { ok: true } : limiters().take(name, client);
}

export async function giveBackClientLimit(
  name: LimitName,
  request: Request,
  context: { clientAddress?: string },
): Promise<void> {
  const client = clientKey(request, context);
  if (client !== null) await limiters().giveBack(name, client);
}

/** Deletes counts whose window has ended (a background round). */
export async function pruneExpiredLimits(now = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lte: BigInt(now.getTime()) } } });
  return count;
}
