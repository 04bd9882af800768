// The mission search: the only place that knows its SQL. Every filter is a fixed SQL fragment with `?`
// placeholders; what people type only ever travels as a parameter (keywords as a quoted FTS5 query).
//
// Made for 100,000 missions: each search leads with the index that narrows it most (see whereClause), counts and
// pages in one pass, and reads full rows only for the page's cards.
import { db } from "~/db.server";
import { boundingBox, distanceKm, kmPerDegree, type Point } from "~/modules/places/distance";
import { findTown, type Town } from "~/modules/places/towns.server";
import { radiusLimitsKm, type MissionSearch } from "./search-params";

export type MissionCard = {
  id: string;
  title: string;
  summary: string;
  town: string;
  employerName: string;
  employerSlug: string;
  /** the language the employer writes in */
  contentLocale: string;
  sector: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  scheduleMask: number;
  monthsMask: number;
  payMinCents: number | null;
  payMaxCents: number | null;
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

/** A piece of SQL and the values of its `?` placeholders, in order. */
type Sql = { text: string; values: unknown[] };

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
// rowid as the tie-breaker: it is in every index, so ordering needs no table read
const newestFirst = "m.publishedAt DESC, m.rowid";

export async function searchMissions(
  search: MissionSearch,
  options: SearchOptions & { pageSize?: number } = {},
): Promise<SearchResult> {
  const context = searchContext(search, options);
  const pageSize = options.pageSize ?? defaultPageSize;
  const where = whereClause(search, context, await chooseLead(search, context));
  const count = await countUpTo(where, countCap);
  // Many matches in newest order: reading the date index from the top finds a page at once, where the default
  // plan would sort every match first.
  const pageWhere = count.capped && orderClause(search, context).text === newestFirst ? whereClause(search, context, "newest") : where;
  const ids = await pageOfIds(pageWhere, orderClause(search, context), { limit: pageSize, offset: (search.page - 1) * pageSize });
  return {
    total: count.total,
    totalIsCapped: count.capped,
    page: search.page,
    pageSize,
    pageCount: Math.ceil(count.total / pageSize),
    missions: await missionCards(ids, context.origin),
    origin: context.town,
    unknownTown: context.unknownTown,
  };
}

/** Every matching id, newest first, up to a limit: for orders computed in JavaScript ("best fit"). */
export async function findMissionIdsForRanking(
  search: MissionSearch,
  options: SearchOptions & { limit?: number } = {},
): Promise<string[]> {
  const context = searchContext(search, options);
  const limit = options.limit ?? defaultRankingLimit;
  // As for a page: with more matches than the limit, the date index read from the top is the quick way.
  const lead = await chooseLead(search, context);
  const many = (await countUpTo(whereClause(search, context, lead), limit)).capped;
  const where = whereClause(search, context, many ? "newest" : lead);
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT m.id AS id FROM "Mission" m WHERE ${where.text} ORDER BY ${newestFirst} LIMIT ?`,
    ...where.values,
    limit,
  );
  return rows.map((row) => row.id);
}

/** For a search without results: each single relaxation that finds some, with its count, most results first. */
export async function suggestWidening(search: MissionSearch, options: SearchOptions = {}): Promise<Widening[]> {
  const context = searchContext(search, options);
  const widenings = await Promise.all(
    relaxations(search, context).map(async ({ change, search: wider }) => ({
      change,
      search: wider,
      total: (await countUpTo(whereClause(wider, context), countCap)).total,
    })),
  );
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
  ]);
}

function searchContext(search: MissionSearch, options: SearchOptions): SearchContext {
  const town = search.town ? findTown(search.town) : null;
  const townPoint = town && { latitude: town.latitude, longitude: town.longitude };
  return { now: options.now ?? new Date(), origin: options.origin ?? townPoint, town, unknownTown: search.town !== "" && !town };
}

function relaxations(search: MissionSearch, context: SearchContext): Omit<Widening, "total">[] {
  const radiusKm = search.radiusKm ?? 0;
  // A radius only filters when we know where it is measured from (see whereClause).
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

// ---- SQL ----

/**
 * Which index leads the search. SQLite has no statistics on the FTS index and would guess, so we choose:
 * - "keywords": the FTS index, one row lookup per match (few matching words);
 * - "place": the (status, latitude, longitude, …) index through the bounding box (a radius in a sparse area);
 * - "newest": the (status, publishedAt, …) index read newest first, every other filter checked on its entries,
 *   stopping after one page (many matches: no sort of thousands of rows).
 * A unary `+` keeps SQLite from using an index for a term.
 */
type Lead = "keywords" | "place" | "newest";

function defaultLead(search: MissionSearch, context: SearchContext): Lead {
  if (search.radiusKm !== null && context.origin) return "place";
  return keywordQuery(search.q) !== null ? "keywords" : "newest";
}

/** Below this many keyword matches, the keywords lead even when a radius is given: a few row lookups beat the area. */
const rareKeywordMatches = 2000;

/** The default, except that rare keywords lead (one cheap, capped count on the FTS index decides). */
async function chooseLead(search: MissionSearch, context: SearchContext): Promise<Lead> {
  const lead = defaultLead(search, context);
  const query = keywordQuery(search.q);
  if (lead !== "place" || query === null) return lead;
  const rows = await db.$queryRawUnsafe<{ total: bigint }[]>(
    `SELECT COUNT(*) AS total FROM (SELECT 1 FROM "MissionSearch" WHERE "MissionSearch" MATCH ? LIMIT ?)`,
    query,
    rareKeywordMatches + 1,
  );
  return Number(rows[0]?.total ?? 0) <= rareKeywordMatches ? "keywords" : "place";
}

function whereClause(search: MissionSearch, context: SearchContext, lead: Lead = defaultLead(search, context)): Sql {
  const query = keywordQuery(search.q);
  const near = search.radiusKm !== null && context.origin ? isWithin(context.origin, search.radiusKm, lead === "place") : null;
  const filters: (Sql | null)[] = [
    isOpen(context.now, lead !== "keywords"),
    near,
    query !== null ? matchesKeywords(query, lead === "keywords") : null,
    search.slots !== 0 ? sql("(m.scheduleMask & ?) != 0", search.slots) : null,
    search.hoursMax !== null ? sql("m.hoursPerWeekMin <= ?", search.hoursMax) : null,
    search.months !== 0 ? sql("(m.monthsMask & ?) != 0", search.months) : null,
    search.sectors.length > 0 ? sql(`m.sector IN (${placeholders(search.sectors)})`, ...search.sectors) : null,
    search.languages.length > 0 ? requiresOnly(search.languages) : null,
  ];
  return joinSql(filters.filter((filter) => filter !== null), " AND ");
}

/** Published and not yet closed. The adapter writes the Date parameter as Prisma stores dates, so text compares. */
function isOpen(now: Date, statusIndexed: boolean): Sql {
  const status = statusIndexed ? "m.status" : "+m.status";
  return sql(`${status} = 'published' AND m.publishedAt IS NOT NULL AND (m.closesAt IS NULL OR m.closesAt > ?)`, now);
}

function matchesKeywords(query: string, leads: boolean): Sql {
  const rowid = leads ? "m.rowid" : "+m.rowid";
  return sql(`${rowid} IN (SELECT rowid FROM "MissionSearch" WHERE "MissionSearch" MATCH ?)`, query);
}

/** The bounding box lets the index do the work; the exact distance (as distanceKm computes it) then trims the corners. */
function isWithin(origin: Point, radiusKm: number, leads: boolean): Sql {
  const box = boundingBox(origin, radiusKm);
  const distance = squaredDegrees(origin);
  const maxDegrees = radiusKm / kmPerDegree;
  return joinSql(
    [
      sql(`${leads ? "m.latitude" : "+m.latitude"} BETWEEN ? AND ?`, box.minLatitude, box.maxLatitude),
      sql("m.longitude BETWEEN ? AND ?", box.minLongitude, box.maxLongitude),
      sql(`${distance.text} <= ?`, ...distance.values, maxDegrees * maxDegrees),
    ],
    " AND ",
  );
}

/** distanceKm / kmPerDegree, squared: the same equirectangular formula, with its cosine computed here. */
function squaredDegrees(origin: Point): Sql {
  const cos = Math.cos((origin.latitude * Math.PI) / 180);
  return sql(
    "((m.longitude - ?) * ?) * ((m.longitude - ?) * ?) + (m.latitude - ?) * (m.latitude - ?)",
    origin.longitude,
    cos,
    origin.longitude,
    cos,
    origin.latitude,
    origin.latitude,
  );
}

/** No language the mission requires is missing from those the person speaks. */
function requiresOnly(spoken: string[]): Sql {
  return sql(
    `NOT EXISTS (SELECT 1 FROM json_each(m.languages) AS l
      WHERE json_extract(l.value, '$.required') = 1 AND json_extract(l.value, '$.code') NOT IN (${placeholders(spoken)}))`,
    ...spoken,
  );
}

function orderClause(search: MissionSearch, context: SearchContext): Sql {
  if (search.sort === "nearest" && context.origin) {
    // Missions without coordinates come last.
    const distance = squaredDegrees(context.origin);
    return sql(`m.latitude IS NULL, ${distance.text}, m.publishedAt DESC, m.rowid`, ...distance.values);
  }
  // "fit" is ranked by the caller from findMissionIdsForRanking; here it reads as newest.
  return sql(newestFirst);
}

/**
 * Counting stops at a cap: an exact count of tens of thousands of matches costs more than the page itself, and
 * "more than 1,000" tells a person all they need. The adapter reads SQLite integers as BigInt, hence Number().
 */
async function countUpTo(where: Sql, cap: number): Promise<{ total: number; capped: boolean }> {
  const rows = await db.$queryRawUnsafe<{ total: bigint }[]>(
    `SELECT COUNT(*) AS total FROM (SELECT 1 FROM "Mission" m WHERE ${where.text} LIMIT ?)`,
    ...where.values,
    cap + 1,
  );
  const total = Number(rows[0]?.total ?? 0);
  return total > cap ? { total: cap, capped: true } : { total, capped: false };
}

/** One page of ids. Without a window function, newest-first walks its index in order and stops after the page. */
async function pageOfIds(where: Sql, order: Sql, page: { limit: number; offset: number }): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT m.id AS id FROM "Mission" m WHERE ${where.text} ORDER BY ${order.text} LIMIT ? OFFSET ?`,
    ...where.values,
    ...order.values,
    page.limit,
    page.offset,
  );
  return rows.map((row) => row.id);
}

/** The cards of one page, in the order of `ids`. */
async function missionCards(ids: string[], origin: Point | null): Promise<MissionCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.mission.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      title: true,
      summary: true,
      town: true,
      sector: true,
      hoursPerWeekMin: true,
      hoursPerWeekMax: true,
      scheduleMask: true,
      monthsMask: true,
      payMinCents: true,
      payMaxCents: true,
      publishedAt: true,
      latitude: true,
      longitude: true,
      employer: { select: { name: true, slug: true, contentLocale: true } },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    // publishedAt is always set on what the search returns; the check tells TypeScript so.
    if (!row?.publishedAt) return [];
    const { latitude, longitude, employer, publishedAt, ...card } = row;
    const point = latitude !== null && longitude !== null ? { latitude, longitude } : null;
    return [
      {
        ...card,
        publishedAt,
        employerName: employer.name,
        contentLocale: employer.contentLocale,
        employerSlug: employer.slug,
        distanceKm: origin && point ? distanceKm(origin, point) : null,
      },
    ];
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

function sql(text: string, ...values: unknown[]): Sql {
  return { text, values };
}

function joinSql(parts: Sql[], separator: string): Sql {
  return { text: parts.map((part) => part.text).join(separator), values: parts.flatMap((part) => part.values) };
}

function placeholders(values: unknown[]): string {
  return values.map(() => "?").join(", ");
}
