// The mission search on a real PostgreSQL database: rows written with Prisma, their words filled by the search
// migration's triggers.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { defaultMissionSearch, type MissionSearch } from "~/modules/missions/search-params";
import {
  countCap,
  findMissionIdsForRanking,
  searchMissions,
  suggestSpelling,
  suggestWidening,
} from "~/modules/missions/search.server";
import { distanceKm, kmPerDegree, type Point } from "~/modules/places/distance";
import { findTown } from "~/modules/places/towns.server";
import { maskOfSlots, monthRange } from "~/modules/schedule/masks";

const now = new Date("2027-03-01T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const quebecTown = findTown("Québec")!;
const quebec: Point = { latitude: quebecTown.latitude, longitude: quebecTown.longitude };

const mondayMorning = maskOfSlots([{ day: 0, part: 0 }]);
const sundayEvening = maskOfSlots([{ day: 6, part: 2 }]);

/** The point `km` away from `from`, heading north or east, exactly as distanceKm measures it. */
function pointAway(from: Point, km: { north?: number; east?: number }): Point {
  const cos = Math.cos((from.latitude * Math.PI) / 180);
  return {
    latitude: from.latitude + (km.north ?? 0) / kmPerDegree,
    longitude: from.longitude + (km.east ?? 0) / (kmPerDegree * cos),
  };
}

let employerCount = 0;
let defaultEmployerId = "";

async function addEmployer(name: string) {
  employerCount += 1;
  return db.employer.create({
    data: { slug: `employeur-${employerCount}`, name, sector: "retail", purpose: "Servir le quartier", town: "Québec" },
  });
}

let missionCount = 0;

async function addMission(data: Partial<Prisma.MissionUncheckedCreateInput> = {}) {
  missionCount += 1;
  return db.mission.create({
    data: {
      employerId: defaultEmployerId,
      title: `Mission ${missionCount}`,
      summary: "Accueillir la clientèle",
      description: "Votre mission : répondre aux questions.",
      sector: "retail",
      scheduleMask: mondayMorning,
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 12,
      town: "Québec",
      latitude: quebec.latitude,
      longitude: quebec.longitude,
      status: "published",
      publishedAt: daysAgo(missionCount),
      ...data,
    },
  });
}

function search(changes: Partial<MissionSearch> = {}): MissionSearch {
  return { ...defaultMissionSearch, ...changes };
}

async function titlesFound(changes: Partial<MissionSearch>, options: { origin?: Point } = {}) {
  const result = await searchMissions(search(changes), { now, pageSize: 100, ...options });
  return result.missions.map((mission) => mission.title).sort();
}

beforeEach(async () => {
  await db.mission.deleteMany();
  await db.employer.deleteMany();
  defaultEmployerId = (await addEmployer("Épicerie Bédard")).id;
});

describe("keywords", () => {
  beforeEach(async () => {
    await addMission({ title: "Accueil à l'École des arts", summary: "Guider les familles" });
    await addMission({ title: "Conseil en bibliothèque", summary: "Aider à choisir un livre" });
    const bookshop = await addEmployer("Librairie du Quai");
    await addMission({ title: "Caisse et conseil", employerId: bookshop.id });
  });

  it("ignores accents: ecole finds École", async () => {
    expect(await titlesFound({ q: "ecole" })).toEqual(["Accueil à l'École des arts"]);
    expect(await titlesFound({ q: "ÉCOLE arts" })).toEqual(["Accueil à l'École des arts"]);
  });

  it("matches the employer's name", async () => {
    expect(await titlesFound({ q: "librairie quai" })).toEqual(["Caisse et conseil"]);
  });

  it("reads the last word as a prefix, the others as whole words", async () => {
    expect(await titlesFound({ q: "bibli" })).toEqual(["Conseil en bibliothèque"]);
    expect(await titlesFound({ q: "conseil bibli" })).toEqual(["Conseil en bibliothèque"]);
    expect(await titlesFound({ q: "bibli conseil" })).toEqual([]);
    // the prefix is matched with accents folded, and names of employers count as words
    expect(await titlesFound({ q: "ecol" })).toEqual(["Accueil à l'École des arts"]);
    expect(await titlesFound({ q: "librairie qua" })).toEqual(["Caisse et conseil"]);
  });

  it("needs every word", async () => {
    expect(await titlesFound({ q: "conseil" })).toEqual(["Caisse et conseil", "Conseil en bibliothèque"]);
    expect(await titlesFound({ q: "conseil caisse" })).toEqual(["Caisse et conseil"]);
  });

  it("treats FTS and SQL syntax as plain words, never as errors", async () => {
    for (const q of [`"ecole`, `ecole*`, `(ecole)`, `{ecole}`, `ecole:`, `^ecole`, `ecole -`, `+ecole`]) {
      expect(await titlesFound({ q }), q).toEqual(["Accueil à l'École des arts"]);
    }
    for (const q of [`" OR "`, `NEAR(`, `ecole AND`, `'); DROP TABLE "Mission"; --`, `title:`, `"*"`]) {
      await expect(searchMissions(search({ q }), { now })).resolves.toBeDefined();
    }
    expect(await db.mission.count()).toBe(3);
  });

  it("searches everything when there is no word", async () => {
    expect(await titlesFound({ q: "  * - ()  " })).toHaveLength(3);
  });
});

describe("words in French and English", () => {
  beforeEach(async () => {
    const english = await db.employer.create({
      data: {
        slug: "museum-west",
        name: "Westmount Museum",
        sector: "culture",
        purpose: "Share history",
        town: "Montréal",
        contentLocale: "en",
      },
    });
    await addMission({ title: "Accueil au musée", summary: "Recevoir les visiteurs" });
    await addMission({ title: "Caissière à temps partiel", summary: "Tenir la caisse du samedi" });
    await addMission({ title: "Préposé aux bénévoles", summary: "Conseillère en orientation" });
    await addMission({
      title: "Greeting visitors",
      summary: "Welcome families at the museums",
      employerId: english.id,
    });
  });

  it("matches plurals and endings in the mission's language: musées finds musée, museum finds museums", async () => {
    expect(await titlesFound({ q: "musées accueil" })).toEqual(["Accueil au musée"]);
    expect(await titlesFound({ q: "MUSEE accueil" })).toEqual(["Accueil au musée"]);
    expect(await titlesFound({ q: "musées" })).toEqual(["Accueil au musée"]);
    // a last word also finds the words missions use that begin with it, accents folded
    expect(await titlesFound({ q: "muse" })).toEqual(["Accueil au musée", "Greeting visitors"]);
    expect(await titlesFound({ q: "museum" })).toEqual(["Greeting visitors"]);
    expect(await titlesFound({ q: "greet visitor" })).toEqual(["Greeting visitors"]);
    expect(await titlesFound({ q: "visiteur" })).toEqual(["Accueil au musée"]);
  });

  it("finds masculine and feminine job titles from each other, and the place a title comes from", async () => {
    const cashier = ["Caissière à temps partiel"];
    for (const q of ["caissière", "caissier", "caissiers", "Caissieres", "caisse"])
      expect(await titlesFound({ q }), q).toEqual(cashier);
    for (const q of ["préposée", "préposé", "preposes"])
      expect(await titlesFound({ q }), q).toEqual(["Préposé aux bénévoles"]);
    for (const q of ["conseiller", "conseillère"])
      expect(await titlesFound({ q }), q).toEqual(["Préposé aux bénévoles"]);
  });

  it("finds nothing for words that are only grammar, and never fails on them", async () => {
    expect(await titlesFound({ q: "le la" })).toEqual([]);
    expect(await titlesFound({ q: "the of" })).toEqual([]);
    expect(await titlesFound({ q: "les musées" })).toEqual(["Accueil au musée"]);
  });
});

describe("did you mean", () => {
  beforeEach(async () => {
    await addMission({ title: "Accueil des visiteurs", summary: "Bibliothèque municipale" });
  });

  it("offers the closest word missions use for a misspelt one, keeping the words that are right", async () => {
    expect(await titlesFound({ q: "acceuil" })).toEqual([]);
    expect(await suggestSpelling(search({ q: "acceuil" }), { now })).toBe("accueil");
    expect(await suggestSpelling(search({ q: "Acceuil visiteurs" }), { now })).toBe("accueil visiteurs");
    expect(await suggestSpelling(search({ q: "bibliotheque" }), { now })).toBe("bibliothèque");
  });

  it("offers nothing when the words are right, or when no close word would find a mission", async () => {
    expect(await suggestSpelling(search({ q: "accueil" }), { now })).toBeNull();
    expect(await suggestSpelling(search({ q: "zzzyx" }), { now })).toBeNull();
    // the close word exists, but with the other filters it finds nothing
    expect(await suggestSpelling(search({ q: "acceuil", sectors: ["health"] }), { now })).toBeNull();
  });
});

describe("town and radius", () => {
  it("keeps a mission at 9.9 km and leaves out one at 10.1 km for a 10 km radius", async () => {
    const points = {
      "9.9 km north": pointAway(quebec, { north: 9.9 }),
      "10.1 km north": pointAway(quebec, { north: 10.1 }),
      "9.9 km east": pointAway(quebec, { east: 9.9 }),
      "10.1 km east": pointAway(quebec, { east: 10.1 }),
      // inside the bounding box, but 10.6 km away
      corner: pointAway(quebec, { north: 7.5, east: 7.5 }),
    };
    for (const [title, point] of Object.entries(points)) await addMission({ title, ...point });
    await addMission({ title: "no coordinates", latitude: null, longitude: null });
    expect(distanceKm(quebec, points["9.9 km east"])).toBeCloseTo(9.9, 9);
    expect(distanceKm(quebec, points["10.1 km east"])).toBeCloseTo(10.1, 9);

    const result = await searchMissions(search({ town: "Quebec", radiusKm: 10 }), { now });
    expect(result.missions.map((mission) => mission.title).sort()).toEqual(["9.9 km east", "9.9 km north"]);
    expect(result.origin?.name).toBe("Québec");
    for (const mission of result.missions) expect(mission.distanceKm).toBeCloseTo(9.9, 6);
  });

  it("combines keywords with a radius", async () => {
    await addMission({ title: "Caisse en ville" });
    await addMission({ title: "Caisse au loin", ...pointAway(quebec, { north: 30 }) });
    await addMission({ title: "Accueil en ville" });
    expect(await titlesFound({ q: "caisse", town: "Québec", radiusKm: 10 })).toEqual(["Caisse en ville"]);
    expect(await titlesFound({ q: "caisse", town: "Québec", radiusKm: 50 })).toEqual([
      "Caisse au loin",
      "Caisse en ville",
    ]);
  });

  it("measures from the given origin instead of the town", async () => {
    await addMission({ title: "near home", ...pointAway(quebec, { north: 50 }) });
    await addMission({ title: "in town" });
    const home = pointAway(quebec, { north: 48 });
    expect(await titlesFound({ town: "Québec", radiusKm: 5 }, { origin: home })).toEqual(["near home"]);
  });

  it("flags a town it does not know and searches everywhere", async () => {
    await addMission({ title: "anywhere" });
    const result = await searchMissions(search({ town: "Zzyzx-sur-Mer", radiusKm: 10 }), { now });
    expect(result.unknownTown).toBe(true);
    expect(result.origin).toBeNull();
    expect(result.missions.map((mission) => mission.title)).toEqual(["anywhere"]);
    expect(result.missions[0].distanceKm).toBeNull();
    const known = await searchMissions(search({ town: "Québec" }), { now });
    expect(known.unknownTown).toBe(false);
    expect(known.missions[0].distanceKm).toBe(0);
  });
});

describe("schedule, hours and months", () => {
  it("keeps missions sharing at least one slot with the person's", async () => {
    await addMission({ title: "monday morning", scheduleMask: mondayMorning });
    await addMission({ title: "monday morning and sunday evening", scheduleMask: mondayMorning | sundayEvening });
    await addMission({ title: "sunday evening", scheduleMask: sundayEvening });
    const mondayMorningOrTuesday = parseMissionSearch(new URLSearchParams("slot=0-0&slot=1-1"));
    expect(await titlesFound({ slots: mondayMorningOrTuesday.slots })).toEqual([
      "monday morning",
      "monday morning and sunday evening",
    ]);
    expect(await titlesFound({ slots: maskOfSlots([{ day: 3, part: 1 }]) })).toEqual([]);
  });

  it("keeps missions whose minimum hours fit the person's maximum", async () => {
    await addMission({ title: "8 to 12 h", hoursPerWeekMin: 8, hoursPerWeekMax: 12 });
    await addMission({ title: "20 to 25 h", hoursPerWeekMin: 20, hoursPerWeekMax: 25 });
    expect(await titlesFound({ hoursMax: 10 })).toEqual(["8 to 12 h"]);
    expect(await titlesFound({ hoursMax: 20 })).toEqual(["20 to 25 h", "8 to 12 h"]);
    expect(await titlesFound({ hoursMax: 7 })).toEqual([]);
  });

  it("finds a ski mission running December to March for a winter search across the year end, not a summer one", async () => {
    await addMission({ title: "ski", monthsMask: monthRange(12, 3) });
    await addMission({ title: "summer", monthsMask: monthRange(6, 8) });
    await addMission({ title: "all year", monthsMask: 4095 });
    const winter = parseMissionSearch(new URLSearchParams("monthFrom=12&monthTo=2"));
    expect(await titlesFound({ months: winter.months })).toEqual(["all year", "ski"]);
    const july = parseMissionSearch(new URLSearchParams("month=7"));
    expect(await titlesFound({ months: july.months })).toEqual(["all year", "summer"]);
  });
});

describe("sectors and languages", () => {
  it("keeps only the chosen sectors", async () => {
    await addMission({ title: "museum", sector: "culture" });
    await addMission({ title: "shop", sector: "retail" });
    await addMission({ title: "hotel", sector: "hospitality" });
    expect(await titlesFound({ sectors: ["culture", "hospitality"] })).toEqual(["hotel", "museum"]);
  });

  it("leaves out missions that require a language the person does not speak, not those where it is a plus", async () => {
    const languages = (list: { code: string; required: boolean }[]) => JSON.stringify(list);
    await addMission({
      title: "English required",
      languages: languages([
        { code: "fr", required: true },
        { code: "en", required: true },
      ]),
    });
    await addMission({
      title: "English a plus",
      languages: languages([
        { code: "fr", required: true },
        { code: "en", required: false },
      ]),
    });
    await addMission({ title: "French only", languages: languages([{ code: "fr", required: true }]) });
    await addMission({ title: "nothing said", languages: "[]" });
    expect(await titlesFound({ languages: ["fr"] })).toEqual(["English a plus", "French only", "nothing said"]);
    expect(await titlesFound({ languages: ["en"] })).toEqual(["nothing said"]);
    expect(await titlesFound({ languages: ["en", "fr"] })).toHaveLength(4);
    expect(await titlesFound({ languages: [] })).toHaveLength(4);
  });
});

describe("what is open", () => {
  it("never shows drafts, closed missions or missions past their closing date", async () => {
    await addMission({ title: "open" });
    await addMission({ title: "closing tomorrow", closesAt: new Date(now.getTime() + 86_400_000) });
    await addMission({ title: "closed yesterday", closesAt: daysAgo(1) });
    await addMission({ title: "closed", status: "closed" });
    await addMission({ title: "draft", status: "draft", publishedAt: null });
    expect(await titlesFound({})).toEqual(["closing tomorrow", "open"]);
    const ids = await findMissionIdsForRanking(search(), { now });
    expect(ids).toHaveLength(2);
    const later = await searchMissions(search(), { now: new Date(now.getTime() + 2 * 86_400_000) });
    expect(later.missions.map((mission) => mission.title)).toEqual(["open"]);
  });
});

describe("pages and order", () => {
  it("counts every match and returns one page at a time", async () => {
    for (let index = 0; index < 25; index++) await addMission();
    await addMission({ status: "draft" });
    const pages = await Promise.all(
      [1, 2, 3, 4].map((page) => searchMissions(search({ page }), { now, pageSize: 10 })),
    );
    expect(pages.map((result) => result.missions.length)).toEqual([10, 10, 5, 0]);
    expect(pages[0]).toMatchObject({ total: 25, page: 1, pageSize: 10, pageCount: 3 });
    expect(pages[3]).toMatchObject({ total: 25, page: 4, pageCount: 3 });
    const ids = pages.flatMap((result) => result.missions.map((mission) => mission.id));
    expect(new Set(ids).size).toBe(25);
    expect(await findMissionIdsForRanking(search(), { now, limit: 7 })).toEqual(ids.slice(0, 7));
  });

  it("shows a card with its employer and what the list needs", async () => {
    const museum = await addEmployer("Musée de la Civilisation");
    const mission = await addMission({
      title: "Guide",
      employerId: museum.id,
      payMinCents: 1800,
      payMaxCents: 2100,
      monthsMask: 63,
    });
    const [card] = (await searchMissions(search(), { now })).missions;
    expect(card).toEqual({
      id: mission.id,
      title: "Guide",
      summary: "Accueillir la clientèle",
      town: "Québec",
      employerName: "Musée de la Civilisation",
      employerSlug: museum.slug,
      contentLocale: "fr",
      sector: "retail",
      hoursPerWeekMin: 8,
      hoursPerWeekMax: 12,
      scheduleMask: mondayMorning,
      monthsMask: 63,
      payMinCents: 1800,
      payMaxCents: 2100,
      publishedAt: mission.publishedAt,
      distanceKm: null,
    });
  });

  it("sorts newest first", async () => {
    await addMission({ title: "last week", publishedAt: daysAgo(7) });
    await addMission({ title: "yesterday", publishedAt: daysAgo(1) });
    await addMission({ title: "last month", publishedAt: daysAgo(30) });
    const result = await searchMissions(search({ sort: "newest" }), { now });
    expect(result.missions.map((mission) => mission.title)).toEqual(["yesterday", "last week", "last month"]);
  });

  it("sorts nearest first from the town, missions without a place last, and by newest without an origin", async () => {
    await addMission({ title: "20 km", publishedAt: daysAgo(1), ...pointAway(quebec, { east: 20 }) });
    await addMission({ title: "nowhere", publishedAt: daysAgo(2), latitude: null, longitude: null });
    await addMission({ title: "3 km", publishedAt: daysAgo(3), ...pointAway(quebec, { north: -3 }) });
    await addMission({ title: "8 km", publishedAt: daysAgo(4), ...pointAway(quebec, { north: 8 }) });
    const nearest = await searchMissions(search({ town: "Québec", sort: "nearest" }), { now });
    expect(nearest.missions.map((mission) => mission.title)).toEqual(["3 km", "8 km", "20 km", "nowhere"]);
    expect(nearest.missions.map((mission) => mission.distanceKm && Math.round(mission.distanceKm))).toEqual([
      3,
      8,
      20,
      null,
    ]);
    const withoutOrigin = await searchMissions(search({ sort: "nearest" }), { now });
    expect(withoutOrigin.missions.map((mission) => mission.title)).toEqual(["20 km", "nowhere", "3 km", "8 km"]);
  });
});

describe("suggestWidening", () => {
  it("offers each single relaxation that finds missions, the most results first", async () => {
    await addMission({ title: "Caissier", sector: "retail", scheduleMask: mondayMorning });
    await addMission({
      title: "Caissière du soir",
      sector: "retail",
      scheduleMask: mondayMorning,
      ...pointAway(quebec, { north: 15 }),
    });
    await addMission({ title: "Guide", sector: "culture", scheduleMask: sundayEvening });
    const empty = search({ q: "caissi", town: "Québec", radiusKm: 10, slots: sundayEvening, sectors: ["retail"] });
    expect((await searchMissions(empty, { now })).total).toBe(0);

    const widenings = await suggestWidening({ ...empty, page: 4 }, { now });
    expect(widenings.map(({ change, total }) => ({ change, total }))).toEqual([{ change: "slots", total: 1 }]);
    expect(widenings[0].search).toEqual({ ...empty, slots: 0, page: 1 });

    // "Caissière du soir" is 15 km away: twice the radius finds it, as does dropping the word (which finds Caissier).
    const farther = await suggestWidening({ ...empty, slots: mondayMorning, q: "soir" }, { now });
    expect(farther.map(({ change, total }) => ({ change, total }))).toEqual([
      { change: "q", total: 1 },
      { change: "radius", total: 1 },
    ]);
    expect(farther[1].search.radiusKm).toBe(20);
  });

  it("puts the relaxation that finds the most first, and offers nothing when nothing helps", async () => {
    await addMission({ title: "Pharmacie", sector: "health", hoursPerWeekMin: 15 });
    await addMission({ title: "Guide", sector: "culture", hoursPerWeekMin: 4 });
    await addMission({ title: "Caisse", sector: "retail", hoursPerWeekMin: 8 });
    const widenings = await suggestWidening(search({ sectors: ["health"], hoursMax: 10 }), { now });
    expect(widenings.map(({ change, total }) => ({ change, total }))).toEqual([
      { change: "sectors", total: 2 },
      { change: "hours", total: 1 },
    ]);
    expect(await suggestWidening(search({ sectors: ["finance"], q: "zzz" }), { now })).toEqual([]);
  });
});

describe("keeping the keyword index in step", () => {
  it("finds a mission by its new title and its employer's new name", async () => {
    const employer = await addEmployer("Quincaillerie Drouin");
    const mission = await addMission({ title: "Conseil en peinture", employerId: employer.id });
    await db.mission.update({ where: { id: mission.id }, data: { title: "Conseil en jardinage" } });
    expect(await titlesFound({ q: "peinture" })).toEqual([]);
    expect(await titlesFound({ q: "jardinage" })).toEqual(["Conseil en jardinage"]);

    await db.employer.update({ where: { id: employer.id }, data: { name: "Centre Jardin Drouin" } });
    expect(await titlesFound({ q: "quincaillerie" })).toEqual([]);
    expect(await titlesFound({ q: "centre jardin" })).toEqual(["Conseil en jardinage"]);
  });
});

describe("counting", () => {
  it("stops counting at the cap and says so, while the page still comes", async () => {
    const employer = await db.employer.create({
      data: { slug: `cap-${Date.now()}`, name: "Compteur", sector: "retail", purpose: "Compter.", town: "Laval" },
    });
    const publishedAt = new Date(Date.now() - 3_600_000);
    await db.mission.createMany({
      data: Array.from({ length: countCap + 5 }, (_, index) => ({
        employerId: employer.id,
        title: `Mission nombreuse ${index}`,
        summary: "Résumé",
        description: "Description",
        sector: "retail",
        scheduleMask: 1,
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        town: "Laval",
        status: "published",
        publishedAt: new Date(publishedAt.getTime() - index * 1000),
      })),
    });
    const result = await searchMissions({ ...defaultMissionSearch, q: "nombreuse", sort: "newest" });
    expect(result.totalIsCapped).toBe(true);
    expect(result.total).toBe(countCap);
    expect(result.missions).toHaveLength(20);
    // the plan chosen for many matches (the date index read from the top) gives the same page as plain SQL order
    const newest = await db.mission.findMany({
      where: { title: { startsWith: "Mission nombreuse" } },
      orderBy: { publishedAt: "desc" },
      take: 20,
      select: { id: true },
    });
    expect(result.missions.map((mission) => mission.id)).toEqual(newest.map((mission) => mission.id));
    const narrow = await searchMissions({ ...defaultMissionSearch, q: "nombreuse 1004", sort: "newest" });
    expect(narrow.totalIsCapped).toBe(false);
    expect(narrow.total).toBe(1);
  });
});
