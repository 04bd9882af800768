// The mission search: the one place that knows its SQL. Every filter runs in PostgreSQL on the published missions'
// indexes (prisma/migrations/*_search*.sql); words match in the mission's language with accents folded, and
// masculine and feminine job titles find each other (search-words/). Counts stop at 1,000. The search chooses its
// plans itself (countAndPage), and each is exact: the same count and page as the plain statement.
import { readRows, type Statement } from "~/db.server";
import { distanceKm, kmPerDegree, type Point } from "~/modules/places/distance";
import { findTown, type Town } from "~/modules/places/towns.server";
import { missionSql, type SearchFilters, type SearchPage as Page } from "./search-sql.server";
import { radiusLimitsKm, type MissionSearch } from "./search-params";
import { keywordQuery, tsqueryText } from "./search-words/keywords";

/** What the search returns of each mission: what a card shows, and what the pages around it need. */
export type MissionCard = {
  id: string;
  title: string;
  summary: string;
  town: string;
  sector: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  scheduleMask: number;
  monthsMask: number;
  payMinCents: number | null;
  payMaxCents: number | null;
  publishedAt: Date;
  employerName: string;
  employerSlug: string;
  /** the language the employer writes in */
  contentLocale: string;
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
/** Counts stop here: "more than 1,000" tells a person all they need, and counting further costs time. */
export const countCap = 1000;
const defaultRankingLimit = 2000;
/** Words a typed prefix stands for: enough for any real prefix of three letters or more, few enough to stay fast. */
const prefixWordsKept = 60;
/** How many missions the first walk down the newest-first index reads, to measure how common the matches are. */
const probeLength = 2_000;
/** A longer walk only when the first one foretells this many matches in all (it then stops at countCap + 1). */
const walkAbove = 3 * (countCap + 1);
/** The most missions a walk down the newest-first index reads (from the index alone). */
const maxWalkLength = 300_000;
/** The most missions a walk outwards from the origin reads: from the place index alone, or also each mission's words. */
const nearestWalkLimit = 20_000;
const nearestWalkLimitWithWords = 1_000;

export async function searchMissions(
  search: MissionSearch,
  options: SearchOptions & { pageSize?: number } = {},
): Promise<SearchResult> {
  const context = searchContext(search, options);
  const pageSize = options.pageSize ?? defaultPageSize;
  const filters = await searchFilters(search, context);
  const nearest = search.sort === "nearest" && context.origin !== null;
  const { count, rows } = await countAndPage(filters, {
    nearest,
    limit: pageSize,
    offset: (search.page - 1) * pageSize,
  });
  return {
    total: Math.min(count, countCap),
    totalIsCapped: count > countCap,
    page: search.page,
    pageSize,
    pageCount: Math.ceil(Math.min(count, countCap) / pageSize),
    missions: rows.map((row) => missionCard(row, context.origin)),
    origin: context.town,
    unknownTown: context.unknownTown,
  };
}

/** Matching ids, newest first, up to a limit: for orders computed in JavaScript ("best fit") and alerts. */
export async function findMissionIdsForRanking(
  search: MissionSearch,
  options: SearchOptions & { limit?: number } = {},
): Promise<string[]> {
  const filters = await searchFilters(search, searchContext(search, options));
  return newestIds(filters, options.limit ?? defaultRankingLimit);
}

/**
 * The newest `limit` matching ids. As in countAndPage, a short walk down the newest-first index measures how common
 * the matches are: common ones are all met in a walk (from the index alone) that reaches the `limit`th, where the
 * plain statement would read every match's row to sort them; rare ones, or fewer than `limit` in all by the
 * planner's estimate, come from the plain statement, through the filters index.
 */
async function newestIds(filters: SearchFilters, limit: number): Promise<string[]> {
  const walk = (walkLimit: number) =>
    readRows<{ id: string; published: number }>(missionSql.newestIdsWalk(filters, { limit, walkLimit }));
  const probe = await walk(probeLength);
  if (probe.length === limit) return probe.map((row) => row.id);
  const density = probe.length / probeLength;
  // a longer walk only when the matches are common enough, by the estimate, for it to meet `limit` of them
  const foretold = density * (probe[0]?.published ?? 0);
  if (foretold >= limit && walkLength(limit, density) < maxWalkLength) {
    const longer = await walk(walkLength(limit, density));
    if (longer.length === limit) return longer.map((row) => row.id);
  }
  const rows = await readRows<{ id: string }>(missionSql.ids(filters, limit));
  return rows.map((row) => row.id);
}

/** For a search without results: each single relaxation that finds some, with its count, most results first. */
export async function suggestWidening(search: MissionSearch, options: SearchOptions = {}): Promise<Widening[]> {
  const context = searchContext(search, options);
  const widenings = await Promise.all(
    relaxations(search, context).map(async ({ change, search: wider }) => ({
      change,
      search: wider,
      total: Math.min(await countUpTo(await searchFilters(wider, context), countCap), countCap),
    })),
  );
  return widenings.filter(({ total }) => total > 0).sort((a, b) => b.total - a.total);
}

/**
 * For keywords that find nothing: the same words with each one that no mission uses replaced by the closest word
 * missions do use ("acceuil" -> "accueil"), when that finds missions. Null when there is nothing better to offer.
 */
export async function suggestSpelling(search: MissionSearch, options: SearchOptions = {}): Promise<string | null> {
  const words = keywordQuery(search.q)?.words ?? [];
  if (words.length === 0) return null;
  const [row] = await readRows<{ corrected: string[] }>(missionSql.spelling(words.map((word) => word.toLowerCase())));
  const corrected = row.corrected.join(" ");
  if (corrected === words.join(" ").toLowerCase()) return null;
  const context = searchContext(search, options);
  const found = await countUpTo(await searchFilters({ ...search, q: corrected }, context), 1);
  return found > 0 ? corrected : null;
}

function searchContext(search: MissionSearch, options: SearchOptions): SearchContext {
  const town = search.town ? findTown(search.town) : null;
  const townPoint = town && { latitude: town.latitude, longitude: town.longitude };
  return {
    now: options.now ?? new Date(),
    origin: options.origin ?? townPoint,
    town,
    unknownTown: search.town !== "" && !town,
  };
}

/** The search as SQL filter values; a radius only filters when we know where it is measured from. */
async function searchFilters(search: MissionSearch, context: SearchContext): Promise<SearchFilters> {
  const radiusFrom = search.radiusKm !== null ? context.origin : null;
  return {
    now: context.now,
    words: await wordsQuery(search.q),
    radius: radiusFrom && { from: radiusFrom, degrees: (search.radiusKm ?? 0) / kmPerDegree },
    distanceFrom: context.origin,
    slots: search.slots,
    hoursMax: search.hoursMax,
    months: search.months,
    sectors: search.sectors,
    spokenLanguages: search.languages,
  };
}

/**
 * The typed words as a to_tsquery text with only whole words: the last word, read as a prefix, becomes itself and
 * the words missions use that begin with it (at most `prefixWordsKept`, shortest first). Null without words.
 */
async function wordsQuery(q: string): Promise<string | null> {
  const query = keywordQuery(q);
  if (!query) return null;
  if (query.prefix === null) return tsqueryText(query.terms);
  const rows = await readRows<{ word: string }>(missionSql.wordsBeginning(query.prefix.toLowerCase(), prefixWordsKept));
  const last = [...new Set([query.prefix, ...rows.map((row) => row.word)])];
  return tsqueryText([...query.terms.slice(0, -1), last]);
}

function relaxations(search: MissionSearch, context: SearchContext): Omit<Widening, "total">[] {
  const radiusKm = search.radiusKm ?? 0;
  // A radius only filters when we know where it is measured from (see searchFilters).
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

/**
 * The count (up to one past countCap) and one page of cards, with plans the search chooses itself: PostgreSQL's
 * planner cannot know that a word and a sector rarely meet (it multiplies their shares as if independent), and then
 * reads every mission newest first hoping to stop early.
 * 1. A short walk down the newest-first index (from the index alone) measures how common the matches are near the
 *    top. When they are common, a walk long enough to meet countCap + 1 of them gives the count and the newest
 *    page.
 * 2. Otherwise the matches are found through the filters index, at most countCap + 1: when fewer match, they are all
 *    there and the page is sorted from them.
 * 3. A search that matches many: the newest page from a walk that reaches its last card; "nearest", see nearestPage.
 * A page these steps cannot give exactly comes from the plain statement.
 */
async function countAndPage(filters: SearchFilters, page: Page): Promise<{ count: number; rows: CardRow[] }> {
  const wanted = page.offset + page.limit;
  const limit = Math.max(countCap + 1, wanted);
  const probe = await newestWalk(filters, page, limit, probeLength);
  const density = probe.count / probeLength;
  let walk = probe;
  if (
    probe.count < limit &&
    density * (probe.published ?? 0) >= walkAbove &&
    walkLength(limit, density) < maxWalkLength
  ) {
    walk = await newestWalk(filters, page, limit, walkLength(limit, density));
  }
  let many = walk;
  if (walk.count < limit) {
    const found = await matchesAndPage(missionSql.found(filters, page, limit));
    if (found.count < limit) return found;
    many = found;
  }
  if (page.nearest && filters.distanceFrom) {
    const rows = await nearestPage(filters, filters.distanceFrom, page, [walk.sampleBound, many.sampleBound], density);
    if (rows) return { count: many.count, rows };
  } else {
    // a walk that met the page's last card has every newer match before it
    if (walk.rows.length === page.limit) return { count: many.count, rows: walk.rows };
    const pageWalk = await newestWalk(filters, page, wanted, walkLength(wanted, Math.max(density, 1 / probeLength)));
    if (pageWalk.rows.length === page.limit) return { count: many.count, rows: pageWalk.rows };
  }
  return { count: many.count, rows: await readRows<CardRow>(missionSql.cards(filters, page)) };
}

/** The first `limit` matches of at most `length` missions walked newest first, and the page among them. */
function newestWalk(filters: SearchFilters, page: Page, limit: number, length: number) {
  return matchesAndPage(missionSql.newestWalk(filters, page, { limit, walkLimit: length }));
}

/** A walk long enough to meet `count` matches at this density, with a margin; never longer than maxWalkLength. */
function walkLength(count: number, density: number): number {
  return Math.min(maxWalkLength, Math.ceil((count / density) * 1.5));
}

type MatchesRow = CardRow & { total: number; sampleBound: string | null; published?: number };

async function matchesAndPage(statement: Statement) {
  const found = await readRows<MatchesRow | (Pick<MatchesRow, "total" | "sampleBound" | "published"> & { id: null })>(
    statement,
  );
  const rows = found
    .filter((row): row is MatchesRow => row.id !== null)
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- on every row
    .map(({ total, sampleBound, published, ...card }) => card);
  const { total: count, sampleBound, published } = found[0];
  return { count, sampleBound, published, rows };
}

/**
 * A page nearest first of a search that matches many: every one of the nearest `offset + limit` matches lies within
 * any distance that that many matches lie within. Such a bound comes from the matches met so far (`bounds`), and
 * from a walk outwards from the origin through the place index; the page is then sorted from the few matches within
 * the smallest. Null when no bound was found.
 */
async function nearestPage(
  filters: SearchFilters,
  origin: Point,
  page: Page,
  bounds: (string | null)[],
  density: number,
): Promise<CardRow[] | null> {
  const wanted = page.offset + page.limit;
  // without words the walk reads the place index alone; with words it also reads each mission's row, so it is only
  // worth it when the matches are common enough to be met soon
  const walkLimit = filters.words === null ? nearestWalkLimit : nearestWalkLimitWithWords;
  const known = bounds.filter((bound): bound is string => bound !== null);
  if (filters.words === null || wanted <= density * walkLimit) {
    const [near] = await readRows<{ bound: string | null; found: number }>(
      missionSql.nearestBound(filters, origin, wanted, walkLimit),
    );
    if (near.found === wanted && near.bound !== null) known.push(near.bound);
  }
  if (known.length === 0) return null;
  const bound = known.reduce((smallest, bound) => (Number(bound) < Number(smallest) ? bound : smallest));
  return readRows<CardRow>(missionSql.nearestWithin(filters, origin, page, bound));
}

/** How many missions match, counting no further than one past `cap`. */
async function countUpTo(filters: SearchFilters, cap: number): Promise<number> {
  const [row] = await readRows<{ count: number }>(missionSql.count(filters, cap + 1));
  return Number(row.count);
}

type CardRow = Omit<MissionCard, "distanceKm"> & { latitude: number | null; longitude: number | null };

function missionCard(row: CardRow, origin: Point | null): MissionCard {
  const { latitude, longitude, ...card } = row;
  const point = latitude !== null && longitude !== null ? { latitude, longitude } : null;
  return { ...card, distanceKm: origin && point ? distanceKm(origin, point) : null };
}
