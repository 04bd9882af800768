// The plans the search chooses for itself (search.server.ts: a walk down the newest-first index, the filters index,
// "nearest" bounded and then sorted) against a plain reckoning in JavaScript of the same 2,600 missions: the same
// count and the same page, for searches that match few and searches that match more than the count stops at.
// Also: the search keys PostgreSQL computes for a mission are the ones search-keys.ts asks for.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { defaultMissionSearch, type MissionSearch } from "~/modules/missions/search-params";
import { cellKey, cellSizes, slotKeys } from "~/modules/missions/search-keys";
import { countCap, findMissionIdsForRanking, searchMissions } from "~/modules/missions/search.server";
import { kmPerDegree, squaredDegreesFrom, type Point } from "~/modules/places/distance";
import { findTown } from "~/modules/places/towns.server";

const now = new Date("2027-03-01T12:00:00Z");
const quebecTown = findTown("Québec")!;
const quebec: Point = { latitude: quebecTown.latitude, longitude: quebecTown.longitude };
const sectors = ["retail", "culture", "food"];

function pointAway(from: Point, km: { north?: number; east?: number }): Point {
  const cos = Math.cos((from.latitude * Math.PI) / 180);
  return {
    latitude: from.latitude + (km.north ?? 0) / kmPerDegree,
    longitude: from.longitude + (km.east ?? 0) / (kmPerDegree * cos),
  };
}

/** Where the missions are: in town, near it, 12 and 40 km away, and nowhere (no coordinates). */
const places: (Point | null)[] = [
  quebec,
  pointAway(quebec, { north: 2 }),
  pointAway(quebec, { east: 4 }),
  pointAway(quebec, { north: 12 }),
  pointAway(quebec, { east: 40 }),
  null,
];

type Planned = {
  id: string;
  title: string;
  sector: string;
  scheduleMask: number;
  point: Point | null;
  publishedAt: Date;
  shown: boolean;
};

/**
 * 2,600 missions, index 0 the newest. "vitrine" is in 9 of 20 of the newest 2,000 and in every older one: more
 * than the count stops at, but fewer than that among the newest 2,000, which the search's first walk reads.
 * "caisse" is in 1 of 7. Some are drafts or closed.
 */
function plannedMissions(): Omit<Planned, "id">[] {
  return Array.from({ length: 2600 }, (_, index) => {
    const words = [index >= 2000 || index % 20 < 9 ? "vitrine" : "", index % 7 === 0 ? "caisse" : ""]
      .filter(Boolean)
      .join(" ");
    return {
      title: `Mission ${index} ${words}`.trim(),
      sector: sectors[index % 3],
      scheduleMask: 1 << (index % 21),
      point: places[index % places.length],
      publishedAt: new Date(now.getTime() - 3_600_000 - index * 60_000),
      shown: index % 50 !== 49 && index % 97 !== 0,
    };
  });
}

let missions: Planned[] = [];

beforeAll(async () => {
  const employer = await db.employer.create({
    data: { slug: "plans", name: "Employeur Essai", sector: "retail", purpose: "Servir.", town: "Québec" },
  });
  const planned = plannedMissions();
  await db.mission.createMany({
    data: planned.map((mission, index) => ({
      employerId: employer.id,
      title: mission.title,
      summary: "Résumé",
      description: "Votre mission : répondre aux questions.",
      sector: mission.sector,
      scheduleMask: mission.scheduleMask,
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 12,
      town: "Québec",
      latitude: mission.point?.latitude ?? null,
      longitude: mission.point?.longitude ?? null,
      status: index % 50 === 49 ? "draft" : "published",
      publishedAt: mission.publishedAt,
      closesAt: index % 97 === 0 ? new Date(now.getTime() - 86_400_000) : null,
    })),
  });
  const ids = await db.mission.findMany({ select: { id: true, title: true } });
  const idOf = new Map(ids.map((row) => [row.title, row.id]));
  missions = planned.map((mission) => ({ ...mission, id: idOf.get(mission.title)! }));
  // as autovacuum would: the search reads the planner's estimate of how many missions are published
  await db.$executeRawUnsafe(`ANALYZE "Mission"`);
}, 60_000);

/** The missions a search matches, worked out plainly: every mission checked. */
function plainMatches(search: MissionSearch): Planned[] {
  const words = search.q.split(" ").filter(Boolean);
  const distance = squaredDegreesFrom(quebec);
  const radius = search.radiusKm === null ? null : (search.radiusKm / kmPerDegree) ** 2;
  return missions
    .filter((mission) => mission.shown && words.every((word) => mission.title.split(" ").includes(word)))
    .filter((mission) => radius === null || (mission.point !== null && distance(mission.point) <= radius))
    .filter((mission) => search.slots === 0 || (mission.scheduleMask & search.slots) !== 0)
    .filter((mission) => search.sectors.length === 0 || search.sectors.includes(mission.sector));
}

/** The search worked out plainly: every mission checked, sorted, counted. */
function reckon(search: MissionSearch): { total: number; capped: boolean; ids: string[] } {
  const distance = squaredDegreesFrom(quebec);
  const nearest = search.sort === "nearest" && search.town !== "";
  const matches = plainMatches(search).sort((a, b) => {
    if (nearest) {
      const [near, far] = [a.point ? distance(a.point) : Infinity, b.point ? distance(b.point) : Infinity];
      if (near !== far) return near - far;
    }
    return b.publishedAt.getTime() - a.publishedAt.getTime();
  });
  const start = (search.page - 1) * 20;
  return {
    total: Math.min(matches.length, countCap),
    capped: matches.length > countCap,
    ids: matches.slice(start, start + 20).map(({ id }) => id),
  };
}

describe("the plans the search chooses", () => {
  const searches: [string, Partial<MissionSearch>][] = [
    ["every mission, newest", {}],
    ["a word in many, newest", { q: "vitrine" }],
    ["a word in many, nearest, no radius", { q: "vitrine", town: "Québec" }],
    ["a word in many, nearest, 10 km", { q: "vitrine", town: "Québec", radiusKm: 10 }],
    ["a word in many, a sector, nearest, 15 km", { q: "vitrine", town: "Québec", radiusKm: 15, sectors: ["culture"] }],
    ["no word, nearest, 5 km, two slots", { town: "Québec", radiusKm: 5, slots: 1 | (1 << 7) }],
    ["no word, nearest, everywhere", { town: "Québec" }],
    ["a rarer word and a sector, newest", { q: "caisse", sectors: ["retail"] }],
    ["a rarer word, nearest, 15 km", { q: "caisse", town: "Québec", radiusKm: 15 }],
    ["two words, newest", { q: "caisse vitrine" }],
  ];
  for (const [name, changes] of searches) {
    for (const page of [1, 2, 5, 51]) {
      for (const sort of ["newest", "nearest"] as const) {
        if (sort === "nearest" && !changes.town) continue;
        it(`${name}, ${sort}, page ${page}: the plain count and page`, async () => {
          const search = { ...defaultMissionSearch, sort, ...changes, page };
          const expected = reckon(search);
          const result = await searchMissions(search, { now, pageSize: 20 });
          expect({ total: result.total, capped: result.totalIsCapped }).toEqual({
            total: expected.total,
            capped: expected.capped,
          });
          expect(result.missions.map(({ id }) => id)).toEqual(expected.ids);
        });
      }
    }
  }
});

describe("the newest matches for a ranking", () => {
  // a walk down the newest-first index when the matches are common, the filters index when they are rare
  const searches: [string, Partial<MissionSearch>][] = [
    ["every mission", {}],
    ["a word in many", { q: "vitrine" }],
    ["a word in many, 10 km, a sector", { q: "vitrine", town: "Québec", radiusKm: 10, sectors: ["culture"] }],
    ["a rarer word", { q: "caisse" }],
    ["no word, 5 km, two slots", { town: "Québec", radiusKm: 5, slots: 1 | (1 << 7) }],
  ];
  for (const [name, changes] of searches) {
    it(`${name}: the plain newest ids, at every limit`, async () => {
      const search = { ...defaultMissionSearch, ...changes };
      const newest = plainMatches(search)
        .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
        .map(({ id }) => id);
      // "a word in many" at 1 000: more than the first walk meets, so a longer one
      for (const limit of [7, 400, 1000, 1500, 3000]) {
        expect(await findMissionIdsForRanking(search, { now, limit })).toEqual(newest.slice(0, limit));
      }
    });
  }
});

describe("search keys", () => {
  it("are the same in PostgreSQL as in search-keys.ts", async () => {
    const points: Point[] = [
      quebec,
      { latitude: 45.50884, longitude: -73.58781 },
      { latitude: 0.0125, longitude: -0.0125 },
      { latitude: -33.9, longitude: 151.2 },
    ];
    for (const point of points) {
      const mask = (1 << 3) | (1 << 20);
      const [row] = await db.$queryRawUnsafe<{ keys: string[] }[]>(
        `SELECT chevronne_search_keys($1::int4, $2::float8, $3::float8)::text[] AS keys`,
        mask,
        point.latitude,
        point.longitude,
      );
      const cells = cellSizes.map((size, level) =>
        cellKey(level, Math.floor(point.latitude / size), Math.floor(point.longitude / size)),
      );
      expect(row.keys.map(Number).sort((a, b) => a - b)).toEqual([...slotKeys(mask)!, ...cells].sort((a, b) => a - b));
    }
    const [nowhere] = await db.$queryRawUnsafe<{ keys: string[] }[]>(
      `SELECT chevronne_search_keys(0, NULL, NULL)::text[] AS keys`,
    );
    expect(nowhere.keys).toEqual([]);
  });
});
