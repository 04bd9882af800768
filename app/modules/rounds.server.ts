// The scheduled rounds (search alerts, missions past their end date, the 10-day rule, pruning). Every process ticks
// them, but a round runs only in the process that takes its lease, and the lease lasts the round's period: each round
// runs once per period however many servers there are.
import { takeLease, thisProcess } from "./leases.server";

export type Round = [name: string, run: () => Promise<unknown>];

/** One tick: runs each round whose lease this process takes. Returns the names of the rounds it ran. */
export async function runRounds(rounds: Round[], periodMs: number, holder = thisProcess): Promise<string[]> {
  const ran: string[] = [];
  for (const [name, run] of rounds) {
    try {
      // never extended: the process that ran a round must not run it again within the period either
      if (!(await takeLease(`round:${name}`, periodMs, holder, { extend: false }))) continue;
      ran.push(name);
      await run();
    } catch (error) {
      console.error(`[jobs] ${name} failed:`, error instanceof Error ? error.message : error);
    }
  }
  return ran;
}

/**
 * Ticks the rounds every period, the first tick after `firstDelayMs`. Each tick is timed from the end of the last,
 * so the process that ran a round comes back only once its lease has run out.
 */
export function startRounds(rounds: Round[], periodMs: number, firstDelayMs: number) {
  const tick = async () => {
    await runRounds(rounds, periodMs);
    setTimeout(tick, periodMs).unref();
  };
  setTimeout(tick, firstDelayMs).unref();
}
