// The mission search. Filters run on the in-memory index of every published mission (search-index.server.ts);
// keywords go to the FTS5 table as a quoted query, so what people type never becomes FTS syntax. Counts stop
// at 1,000, and full rows are read only for the page's cards.
import { db } from "~/db.server";
import { distanceKm, kmPerDegree, squaredDegreesFrom, type Point } from "~/modules/places/distance";
import { findTown, type Town } from "~/modules/places/towns.server";
import { changeLogKept, missionSearchIndex, type CardRow, type IndexedMission } from "./search-index.server";
import { radiusLimitsKm, type MissionSearch } from "./search-params";

export type MissionCard = Omit<CardRow, "publishedAt" | "latitude" | "longitude"> & {
  publishedAt: Date;
  /** from the search's origin, with the formula the radius filter uses; null without origin or coordinates */
  distanceKm: number | null;
};

export type SearchResult = {
  /** at most countCap; see totalIsCapped */
  total: number;
  /** more missions match than were counted */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  /** 0 when nothing matches */
  pageCount: number;
  missions: MissionCard[];
  /** the town the search names, when we know it */
  origin: Town | null;
  /** a town was typed that we do not know: the search ran without a place */
  unknownTown: boolean;
};

export type SearchOptions = {
  /** the moment that decides which missions are still open (tests pass their own) */
  now?: Date;
  /** measure from here instead of the typed town (e.g. the candidate's home for "nearest") */
  origin?: Point | null;
};

export type Widening = {
  change: "q" | "radius" | "slots" | "hours" | "months" | "sectors" | "languages";
  search: MissionSearch;
  total: number;
};

/** What the filters need besides the search: the moment, and where distances are measured from. */
type SearchContext = { now: Date; origin: Point | null; town: Town | null; unknownTown: boolean };

const defaultPageSize = 20;
/** Counts stop here (see countUpTo). */
export const countCap = 1000;
const defaultRankingLimit = 2000;
/** Each keyword narrows the search; past a few, more only cost time. */
const maxKeywords = 8;
/** A shorter last word would expand to thousands of indexed words. */
const minPrefixLength = 3;

export async function searchMissions(
  search: MissionSearch,
  options: SearchOptions & { pageSize?: number } = {},
): Promise<SearchResult> {
  const context = searchContext(search, options);
  const pageSize = options.pageSize ?? defaultPageSize;
  const offset = (search.page - 1) * pageSize;
  const matches = matcher(search, context);
  const nearest = search.sort === "nearest" && context.origin ? context.origin : null;
  const range = { from: offset, to: offset + pageSize, cap: countCap };
  const found = nearest ? nearestMatches(matches, nearest, range) : newestMatches(matches, range);
  return {
    total: found.total,
    totalIsCapped: found.capped,
    page: search.page,
    pageSize,
    pageCount: Math.ceil(found.total / pageSize),
    missions: missionCards(found.ids, context.origin),
    origin: context.town,
    unknownTown: context.unknownTown,
  };
}

/** Every matching id, newest first, up to a limit: for orders computed in JavaScript ("best fit"). */
export async function findMissionIdsForRanking(
  search: MissionSearch,
  options: SearchOptions & { limit?: number } = {},
): Promise<string[]> {
  const limit = options.limit ?? defaultRankingLimit;
  return newestMatches(matcher(search, searchContext(search, options)), { from: 0, to: limit, cap: limit }).ids;
}

/** For a search without results: each single relaxation that finds some, with its count, most results first. */
export async function suggestWidening(search: MissionSearch, options: SearchOptions = {}): Promise<Widening[]> {
  const context = searchContext(search, options);
  const widenings = relaxations(search, context).map(({ change, search: wider }) => ({
    change,
    search: wider,
    total: newestMatches(matcher(wider, context), { from: 0, to: 0, cap: countCap }).total,
  }));
  return widenings.filter(({ total }) => total > 0).sort((a, b) => b.total - a.total);
}

/** Fills the keyword index again from the missions and their employers (a VACUUM may renumber rowids). */
export async function rebuildMissionSearch(): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`DELETE FROM "MissionSearch"`),
    db.$executeRawUnsafe(
      `INSERT INTO "MissionSearch" (rowid, title, summary, description, employer_name)
       SELECT m.rowid, m.title, m.summary, m.description, e.name FROM "Mission" m JOIN "Employer" e ON e.id = m.employerId`,
    ),
    // every process forgets the keyword matches it cached (see search-index.server.ts)
    db.$executeRawUnsafe(`INSERT INTO "MissionChange" ("missionRowid") VALUES (0)`),
  ]);
}

function searchContext(search: MissionSearch, options: SearchOptions): SearchContext {
  const town = search.town ? findTown(search.town) : null;
  const townPoint = town && { latitude: town.latitude, longitude: town.longitude };
  return { now: options.now ?? new Date(), origin: options.origin ?? townPoint, town, unknownTown: search.town !== "" && !town };
}

function relaxations(search: MissionSearch, context: SearchContext): Omit<Widening, "total">[] {
  const radiusKm = search.radiusKm ?? 0;
  // A radius only filters when we know where it is measured from (see passesFilters).
  const canWidenRadius = search.radiusKm !== null && context.origin !== null && radiusKm < radiusLimitsKm.max;
  const candidates: [applies: boolean, change: Widening["change"], relaxed: Partial<MissionSearch>][] = [
    [keywordQuery(search.q) !== null, "q", { q: "" }],
    [canWidenRadius, "radius", { radiusKm: Math.min(radiusKm * 2, radiusLimitsKm.max) }],
    [search.slots !== 0, "slots", { slots: 0 }],
    [search.hoursMax !== null, "hours", { hoursMax: null }],
    [search.months !== 0, "months", { months: 0 }],
    [search.sectors.length > 0, "sectors", { sectors: [] }],
    [search.languages.length > 0, "languages", { languages: [] }],
  ];
  return candidates
    .filter(([applies]) => applies)
    .map(([, change, relaxed]) => ({ change, search: { ...search, ...relaxed, page: 1 } }));
}

// ---- Matching, on the in-memory index ----

/** The missions a search looks through, newest first, and whether each passes the other filters. */
type Matches = { candidates: readonly IndexedMission[]; passes: (mission: IndexedMission) => boolean };

/** Keywords choose the candidates (their FTS matches); every other filter is checked on each candidate. */
function matcher(search: MissionSearch, context: SearchContext): Matches {
  const query = keywordQuery(search.q);
  const index = missionSearchIndex();
  return { candidates: query !== null ? index.keywordMissions(query) : index.missions(), passes: passesFilters(search, context) };
}

/** Open at `now`, and within each filter the person set. */
function passesFilters(search: MissionSearch, context: SearchContext): (mission: IndexedMission) => boolean {
  const now = context.now.getTime();
  const { slots, hoursMax, months } = search;
  // A radius only filters when we know where it is measured from. The latitude band is checked first: it is
  // what rules out most missions, for the price of two comparisons.
  const origin = search.radiusKm !== null ? context.origin : null;
  const maxDegrees = (search.radiusKm ?? 0) / kmPerDegree;
  const distance = origin ? squaredDegreesFrom(origin) : null;
  const minLatitude = origin ? origin.latitude - maxDegrees : -Infinity;
  const maxLatitude = origin ? origin.latitude + maxDegrees : Infinity;
  const sectors = search.sectors.length > 0 ? new Set(search.sectors) : null;
  const spoken = search.languages.length > 0 ? new Set(search.languages) : null;
  return (mission) =>
    mission.closesAt > now &&
    (distance === null || (mission.latitude >= minLatitude && mission.latitude <= maxLatitude && distance(mission) <= maxDegrees * maxDegrees)) &&
    (slots === 0 || (mission.scheduleMask & slots) !== 0) &&
    (hoursMax === null || mission.hoursPerWeekMin <= hoursMax) &&
    (months === 0 || (mission.monthsMask & months) !== 0) &&
    (sectors === null || sectors.has(mission.sector)) &&
    // no language the mission requires is missing from those the person speaks
    (spoken === null || mission.requiredLanguages.every((code) => spoken.has(code)));
}

/**
 * Matches in newest order: the ids from position `from` to `to`, and the count, which stops past `cap` ("more
 * than 1,000" tells a person all they need). The scan stops as soon as both are known.
 */
function newestMatches(matches: Matches, range: { from: number; to: number; cap: number }) {
  const ids: string[] = [];
  let count = 0;
  for (const mission of matches.candidates) {
    if (!matches.passes(mission)) continue;
    if (count >= range.from && count < range.to) ids.push(mission.id);
    count += 1;
    if (count > range.cap && count >= range.to) break;
  }
  return { total: Math.min(count, range.cap), capped: count > range.cap, ids };
}

/**
 * Matches nearest first (then newest): the ids from `from` to `to`, and the capped count. Every match is seen
 * once, but only the best `to` are kept in order, so a wide radius costs no sort of thousands of missions.
 */
function nearestMatches(matches: Matches, origin: Point, range: { from: number; to: number; cap: number }) {
  const distance = squaredDegreesFrom(origin);
  const best: { mission: IndexedMission; distance: number }[] = [];
  const before = (a: (typeof best)[number], b: (typeof best)[number]) =>
    byDistance(a.distance, b.distance) || b.mission.publishedAt - a.mission.publishedAt || a.mission.rowid - b.mission.rowid;
  let count = 0;
  for (const mission of matches.candidates) {
    if (!matches.passes(mission)) continue;
    count += 1;
    const entry = { mission, distance: distance(mission) };
    if (best.length === range.to && before(entry, best[best.length - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(best[middle], entry) <= 0) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, entry);
    if (best.length > range.to) best.pop();
  }
  return { total: Math.min(count, range.cap), capped: count > range.cap, ids: best.slice(range.from).map(({ mission }) => mission.id) };
}

/** Nearer first; missions without coordinates (NaN) last. */
function byDistance(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number(Number.isNaN(a)) - Number(Number.isNaN(b));
  return a - b;
}

/** The cards of one page, in the order of `ids`. */
function missionCards(ids: string[], origin: Point | null): MissionCard[] {
  const rows = new Map(missionSearchIndex().cardRows(ids).map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = rows.get(id);
    // publishedAt is always set on what the search returns; the check tells TypeScript so.
    if (!row?.publishedAt) return [];
    const { latitude, longitude, publishedAt, ...card } = row;
    const point = latitude !== null && longitude !== null ? { latitude, longitude } : null;
    return [{ ...card, publishedAt: new Date(publishedAt), distanceKm: origin && point ? distanceKm(origin, point) : null }];
  });
}

/**
 * The user's words as a safe FTS5 query: each word quoted (so no FTS syntax gets through), the last one as a
 * prefix ("bibli" finds "bibliothèque"). Null when there is no word.
 */
function keywordQuery(q: string): string | null {
  const words = (q.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, maxKeywords);
  if (words.length === 0) return null;
  return words
    .map((word, index) => (index === words.length - 1 && word.length >= minPrefixLength ? `"${word}"*` : `"${word}"`))
    .join(" ");
}

/** Forgets old entries of the change log; a process further behind than this reloads its whole index. */
export async function pruneMissionChanges(): Promise<number> {
  return db.$executeRawUnsafe(`DELETE FROM "MissionChange" WHERE seq <= (SELECT MAX(seq) FROM "MissionChange") - ?`, changeLogKept);
}
