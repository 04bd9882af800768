// The in-memory search index follows the database through the MissionChange log, even when changes come from
// another connection (another server process) and even when it has fallen behind a pruned log.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { databaseFile, MissionSearchIndex } from "~/modules/missions/search-index.server";
import { pruneMissionChanges } from "~/modules/missions/search.server";

let employerId = "";

function addMission(title: string, publishedAt: Date, status = "published") {

  return db.mission.create({
    data: { employerId, title, summary: "Résumé", description: "Description", sector: "retail", scheduleMask: 1, hoursPerWeekMin: 4, hoursPerWeekMax: 8, town: "Laval", status, publishedAt },
  });
}

const ids = (index: MissionSearchIndex) => index.missions().map((mission) => mission.id);

beforeEach(async () => {
  await db.mission.deleteMany();
  await db.employer.deleteMany();
  employerId = (await db.employer.create({ data: { slug: `index-${Date.now()}`, name: "Index", sector: "retail", purpose: "Chercher.", town: "Laval" } })).id;
});

describe("the in-memory search index", () => {
  it("follows inserts, edits, unpublishing and deletions made through another connection, newest first", async () => {
    const index = new MissionSearchIndex(databaseFile(env.databaseUrl));
    const older = await addMission("Plus ancienne", new Date("2027-01-01T00:00:00Z"));
    const newer = await addMission("Plus récente", new Date("2027-02-01T00:00:00Z"));
    await addMission("Brouillon", new Date("2027-03-01T00:00:00Z"), "draft");
    expect(ids(index)).toEqual([newer.id, older.id]);

    await db.mission.update({ where: { id: older.id }, data: { publishedAt: new Date("2027-03-01T00:00:00Z"), scheduleMask: 6 } });
    expect(ids(index)).toEqual([older.id, newer.id]);
    expect(index.missions()[0].scheduleMask).toBe(6);

    await db.mission.update({ where: { id: newer.id }, data: { status: "closed" } });
    expect(ids(index)).toEqual([older.id]);
    await db.mission.delete({ where: { id: older.id } });
    expect(ids(index)).toEqual([]);
    index.close();
  });

  it("forgets cached keyword matches when a mission or an employer name changes", async () => {
    const index = new MissionSearchIndex(databaseFile(env.databaseUrl));
    const mission = await addMission("Conseil en peinture", new Date("2027-01-01T00:00:00Z"));
    const matching = (query: string) => index.keywordMissions(query).length;
    expect(matching('"peinture"')).toBe(1);
    await db.mission.update({ where: { id: mission.id }, data: { title: "Conseil en jardinage" } });
    expect(matching('"peinture"')).toBe(0);
    expect(matching('"Boutique"')).toBe(0);
    await db.employer.update({ where: { id: employerId }, data: { name: "Boutique Rivard" } });
    expect(matching('"Boutique"')).toBe(1);
    index.close();
  });

  it("keeps the matching rows it has read until the mission or its employer's matching fields change", async () => {
    const index = new MissionSearchIndex(databaseFile(env.databaseUrl));
    const mission = await addMission("Accueil au comptoir", new Date("2027-01-01T00:00:00Z"));
    const row = () => index.matchingRows([mission.id])[0];
    const first = row();
    expect(first.skills).toBe("[]");
    expect(row()).toBe(first); // kept: the same row, not read again

    await db.mission.update({ where: { id: mission.id }, data: { skills: JSON.stringify(["Service à la clientèle"]) } });
    expect(row().skills).toBe(JSON.stringify(["Service à la clientèle"]));

    for (const data of [{ values: "Convivialité" }, { purpose: "Nourrir le quartier." }, { commitments: JSON.stringify(["training"]) }, { sector: "food" }]) {
      const before = row();
      await db.employer.update({ where: { id: employerId }, data });
      const after = row();
      expect(after, Object.keys(data)[0]).not.toBe(before);
      expect(after).toMatchObject({
        ...("values" in data ? { employerValues: data.values } : {}),
        ...("purpose" in data ? { employerPurpose: data.purpose } : {}),
        ...("commitments" in data ? { employerCommitments: data.commitments } : {}),
        ...("sector" in data ? { employerSector: data.sector } : {}),
      });
    }
    // an edit to anything else of the employer's keeps what was read
    const kept = row();
    await db.employer.update({ where: { id: employerId }, data: { town: "Longueuil" } });
    expect(row()).toBe(kept);
    index.close();
  });

  it("reloads everything when the entries it has not read were pruned", async () => {
    const index = new MissionSearchIndex(databaseFile(env.databaseUrl));
    const first = await addMission("Première", new Date("2027-01-01T00:00:00Z"));
    expect(ids(index)).toEqual([first.id]);
    const missed = await addMission("Manquée", new Date("2027-02-01T00:00:00Z"));
    await db.$executeRawUnsafe(`DELETE FROM "MissionChange"`);
    const latest = await addMission("Dernière", new Date("2027-03-01T00:00:00Z"));
    expect(ids(index)).toEqual([latest.id, missed.id, first.id]);
    index.close();
  });

  it("keeps the newest entries of the log when pruning", async () => {
    await addMission("Une", new Date("2027-01-01T00:00:00Z"));
    expect(await pruneMissionChanges()).toBe(0);
    const count = await db.missionChange.count();
    expect(count).toBeGreaterThan(0);
  });
});
