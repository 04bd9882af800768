// readRows, the search's own path to PostgreSQL: it must read and write Prisma's UTC timestamps exactly as Prisma
// does, whatever the process's time zone, or "still open" and "newest first" would shift by hours.
import { afterEach, describe, expect, it } from "vitest";
import { db, readRows } from "~/db.server";

const zoneBefore = process.env.TZ;
afterEach(() => {
  process.env.TZ = zoneBefore;
});

describe("readRows", () => {
  for (const zone of ["UTC", "America/Toronto", "Asia/Tokyo"]) {
    it(`reads and sends timestamps as UTC in ${zone}`, async () => {
      process.env.TZ = zone;
      const moment = new Date("2026-03-08T06:30:15.250Z");
      const [row] = await readRows<{ sent: Date; text: string }>([
        "SELECT $1::timestamp AS sent, $1::timestamp::text AS text",
        moment,
      ]);
      expect(row.sent.toISOString()).toBe(moment.toISOString());
      expect(row.text).toBe("2026-03-08 06:30:15.25");
    });
  }

  it("reads a row Prisma wrote with the same date Prisma reads", async () => {
    process.env.TZ = "America/Toronto";
    const user = await db.user.create({
      data: {
        email: "read-rows@example.com",
        name: "Lise",
        kind: "candidate",
        createdAt: new Date("2026-11-01T05:59:59.999Z"),
      },
    });
    const [row] = await readRows<{ createdAt: Date }>([`SELECT "createdAt" FROM "User" WHERE id = $1`, user.id]);
    const viaPrisma = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.createdAt.toISOString()).toBe("2026-11-01T05:59:59.999Z");
    expect(row.createdAt.getTime()).toBe(viaPrisma.createdAt.getTime());
  });

  it("passes numbers, text and arrays as parameters and reads them back typed", async () => {
    const [row] = await readRows<{ count: number; words: string[]; share: number }>([
      "SELECT $1::int AS count, $2::text[] AS words, $3::float8 AS share",
      7,
      ["caissière", "musées"],
      0.125,
    ]);
    expect(row).toEqual({ count: 7, words: ["caissière", "musées"], share: 0.125 });
  });
});
