// Leases and what they guard, with two "processes" told apart by their holder names, racing on one database.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { runInOneProcess, takeLease, type Running } from "~/modules/leases.server";
import { runRounds, type Round } from "~/modules/rounds.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("leases", () => {
  it("goes to exactly one of two racers, stays with it while it renews, and passes on once expired", async () => {
    const leaseMs = 60_000;
    const results = await Promise.all([takeLease("race", leaseMs, "first"), takeLease("race", leaseMs, "second")]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const [winner, loser] = results[0] ? ["first", "second"] : ["second", "first"];
    expect(await db.lease.findUniqueOrThrow({ where: { name: "race" } })).toMatchObject({ holder: winner });

    expect(await takeLease("race", leaseMs, winner)).toBe(true);
    expect(await takeLease("race", leaseMs, loser)).toBe(false);
    // time passes: the lease runs out
    await db.lease.update({ where: { name: "race" }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await takeLease("race", leaseMs, loser)).toBe(true);
    expect(await takeLease("race", leaseMs, winner)).toBe(false);
  });

  it("runs a round once per period when two processes tick it together", async () => {
    const runs: string[] = [];
    const rounds: Round[] = [
      ["count", async () => void runs.push("count")],
      ["other", async () => void runs.push("other")],
    ];
    const period = 60_000;
    const [first, second] = await Promise.all([
      runRounds(rounds, period, "process-a"),
      runRounds(rounds, period, "process-b"),
    ]);
    expect([...first, ...second].sort()).toEqual(["count", "other"]);
    expect(runs.sort()).toEqual(["count", "other"]);

    // within the period neither runs them again, not even the one that ran them
    for (const holder of ["process-a", "process-b"]) expect(await runRounds(rounds, period, holder)).toEqual([]);
    // the period is over
    await db.lease.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    const next = await Promise.all([runRounds(rounds, period, "process-b"), runRounds(rounds, period, "process-a")]);
    expect(next.flat().sort()).toEqual(["count", "other"]);
    expect(runs).toHaveLength(4);
  });

  it("keeps the inbound mail listener in one process, and another takes over when its holder dies", async () => {
    const started: string[] = [];
    const startListener = (holder: string) => async (): Promise<Running> => {
      const listener = await startInboundMailListener({
        port: 0,
        host: "127.0.0.1",
        domain: "reponses.test",
        onReply: async () => {},
      });
      started.push(holder);
      return listener;
    };
    // renewals come five times per lease, so a busy test machine does not let a live holder's lease run out
    const options = { leaseMs: 1000, renewMs: 200 };
    const a = runInOneProcess("listener", { ...options, holder: "process-a" }, startListener("process-a"));
    const b = runInOneProcess("listener", { ...options, holder: "process-b" }, startListener("process-b"));
    await expect.poll(() => started.length).toBe(1);
    await sleep(1200); // several renewals later, still one listener
    expect(started).toHaveLength(1);

    // the holder dies: it stops renewing and its listener goes; the lease is left to expire
    const [holder, survivor] = started[0] === "process-a" ? [a, b] : [b, a];
    await holder.stop();
    await expect.poll(() => started.length, { timeout: 4000 }).toBe(2);
    expect(started[1]).not.toBe(started[0]);
    await survivor.stop();
  });
});
