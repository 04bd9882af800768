// readRows, the search's own path to PostgreSQL: it must read and write Prisma's UTC timestamps exactly as Prisma
// does, whatever the process's time zone, or "still open" and "newest first" would shift by hours. The missions it
// reads with their employers must be the very rows Prisma's `include` reads.
import { afterEach, describe, expect, it } from "vitest";
import { db, readRows } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { organisationChoice } from "~/modules/auth/organisation-choice.server";
import { findSessionWithUser } from "~/modules/auth/session.server";
import { readProfile } from "~/modules/candidates/profile";
import { loadProfile } from "~/modules/candidates/profile.server";
import { findOpenMissions, findPublicMission, readMission } from "~/modules/missions/mission.server";

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

describe("missions with their employers, read through readRows", () => {
  /** Every field of both rows set, the optional ones too, so that a column read wrong or left out shows. */
  async function fullMission(status: string, employerChanges: Prisma.EmployerCreateInput | object = {}) {
    const employer = await db.employer.create({
      data: {
        slug: `lecture-${status}-${Math.random().toString(36).slice(2, 8)}`,
        name: "Librairie Lecture",
        sector: "retail",
        purpose: "Faire lire.",
        values: "Écoute",
        commitments: '["Horaires souples"]',
        website: "https://lecture.example",
        town: "Québec",
        latitude: 46.81,
        longitude: -71.21,
        photos: "[]",
        verificationStatus: "verified",
        verificationDecidedAt: new Date("2026-10-01T12:00:00.125Z"),
        ...employerChanges,
      },
    });
    return db.mission.create({
      data: {
        employerId: employer.id,
        title: "Conseil aux lecteurs",
        summary: "Conseiller les clients.",
        description: "Votre mission : conseiller.",
        sector: "retail",
        scheduleMask: 5,
        hoursPerWeekMin: 8,
        hoursPerWeekMax: 12,
        monthsMask: 4095,
        payMinCents: 1800,
        payMaxCents: 2100,
        town: "Québec",
        latitude: 46.8,
        longitude: -71.2,
        stepFreeAccess: true,
        liftingKg: 5,
        languages: '[{"code":"fr","required":true}]',
        skills: '["Conseil"]',
        status,
        publishedAt: status === "draft" ? null : new Date("2026-11-02T08:00:00.500Z"),
        closesAt: new Date("2027-12-01T00:00:00Z"),
      },
    });
  }

  it("gives findPublicMission and findOpenMissions exactly the rows Prisma's include gives", async () => {
    process.env.TZ = "America/Toronto";
    const mission = await fullMission("published");
    const viaPrisma = await db.mission.findUniqueOrThrow({ where: { id: mission.id }, include: { employer: true } });
    const now = new Date("2027-01-01T00:00:00Z");
    expect(await findPublicMission(mission.id, now)).toEqual(readMission(viaPrisma, now));
    expect(await findOpenMissions([mission.id, "missing"], now)).toEqual([readMission(viaPrisma, now)]);
  });

  it("leaves out drafts, suspended organisations' missions and, for open ones, closed missions", async () => {
    const now = new Date("2027-01-01T00:00:00Z");
    const draft = await fullMission("draft");
    const suspended = await fullMission("published", { suspendedAt: new Date() });
    const closed = await fullMission("closed");
    expect(await findPublicMission(draft.id, now)).toBeNull();
    expect(await findPublicMission(suspended.id, now)).toBeNull();
    expect((await findPublicMission(closed.id, now))?.open).toBe(false);
    expect(await findOpenMissions([closed.id, draft.id], now)).toEqual([]);
  });
});

describe("readWithJoined", () => {
  it("gives findSessionWithUser the session and person Prisma's include gives, and nothing for another token", async () => {
    process.env.TZ = "Asia/Tokyo";
    const user = await db.user.create({
      data: {
        email: "jointure@example.com",
        name: "Jeanne",
        kind: "candidate",
        passwordHash: "hash",
        inactivityWarnedAt: new Date("2026-10-02T03:04:05.006Z"),
      },
    });
    const session = await db.session.create({
      data: {
        tokenHash: "hash-of-a-token",
        userId: user.id,
        expiresAt: new Date("2027-01-01T00:00:00.001Z"),
        userAgent: "Firefox",
        provedAt: new Date("2026-12-01T10:00:00Z"),
      },
    });
    const viaPrisma = await db.session.findUniqueOrThrow({ where: { id: session.id }, include: { user: true } });
    expect(await findSessionWithUser("hash-of-a-token")).toEqual(viaPrisma);
    expect(await findSessionWithUser("another")).toBeNull();
  });

  it("gives organisationChoice each membership with its organisation as Prisma's include gives, oldest first", async () => {
    process.env.TZ = "America/Toronto";
    const user = await db.user.create({ data: { email: "deux-equipes@example.com", name: "Luc", kind: "employer" } });
    const organisation = (slug: string) =>
      db.employer.create({ data: { slug, name: slug, sector: "retail", purpose: "Servir.", town: "Québec" } });
    const [older, newer] = [await organisation("plus-ancienne"), await organisation("plus-recente")];
    await db.membership.create({
      data: { userId: user.id, employerId: newer.id, role: "recruiter", createdAt: new Date("2026-06-02T00:00:00Z") },
    });
    await db.membership.create({
      data: {
        userId: user.id,
        employerId: older.id,
        role: "owner",
        createdAt: new Date("2026-06-01T00:00:00Z"),
        digestUntil: new Date("2026-11-30T12:00:00.250Z"),
        lastSeenDashboardAt: new Date("2026-12-01T08:00:00Z"),
      },
    });
    const viaPrisma = await db.membership.findMany({
      where: { userId: user.id },
      include: { employer: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    expect(await organisationChoice(user.id, null)).toEqual({
      status: "member",
      membership: viaPrisma[0],
      organisations: [
        { id: older.id, name: older.name },
        { id: newer.id, name: newer.name },
      ],
    });
    expect(await organisationChoice(user.id, newer.id)).toMatchObject({ status: "member", membership: viaPrisma[1] });
  });
});

describe("readModel", () => {
  it("gives loadProfile the profile Prisma reads, and loadProfile creates it the first time", async () => {
    process.env.TZ = "America/Toronto";
    const user = await db.user.create({ data: { email: "profil@example.com", name: "Paul", kind: "candidate" } });
    const first = await loadProfile(user.id);
    expect(await db.candidateProfile.count({ where: { userId: user.id } })).toBe(1);
    const saved = await db.candidateProfile.update({
      where: { id: first.id },
      data: {
        headline: "Libraire",
        skills: '["Conseil"]',
        availabilityMask: 7,
        maxHoursPerWeek: 12,
        town: "Québec",
        latitude: 46.8,
        longitude: -71.2,
        travelMaxKm: 10,
        maxLiftKg: 5,
        phone: "418-555-0100",
        completedSteps: '["experience"]',
      },
    });
    expect(await loadProfile(user.id)).toEqual(readProfile(saved));
    expect(await db.candidateProfile.count({ where: { userId: user.id } })).toBe(1);
  });

  it("creates one profile when a new candidate's first two pages load at once", async () => {
    const user = await db.user.create({ data: { email: "deux-pages@example.com", name: "Rose", kind: "candidate" } });
    const [first, second] = await Promise.all([loadProfile(user.id), loadProfile(user.id)]);
    expect(first.id).toBe(second.id);
    expect(await db.candidateProfile.count({ where: { userId: user.id } })).toBe(1);
  });
});
