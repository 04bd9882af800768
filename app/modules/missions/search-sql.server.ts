// The search's SQL, built from filter values with numbered parameters (nothing typed reaches the SQL text).
// Every statement reads published missions only, so PostgreSQL can use the partial indexes of the search migrations
// (prisma/migrations/*_search*.sql): newest first, by place (nearest first), and the filters index (words, sector,
// weekly slots and place in one GIN index). search.server.ts chooses which statements a search runs.
import type { Statement } from "~/db.server";
import type { Point } from "~/modules/places/distance";
import { circleKeys, slotKeys } from "./search-keys";

export type SearchFilters = {
  /** missions that close before this are over */
  now: Date;
  /** a to_tsquery text (search-words/keywords.ts), or null for every mission */
  words: string | null;
  /** only missions within `degrees` of `from`, measured as distance.ts measures */
  radius: { from: Point; degrees: number } | null;
  /** where "nearest" and each card's distance are measured from */
  distanceFrom: Point | null;
  /** 21-bit weekly mask; 0 = any */
  slots: number;
  hoursMax: number | null;
  /** 12-bit month mask; 0 = any */
  months: number;
  sectors: string[];
  /** missions requiring a language outside these are left out; empty = any */
  spokenLanguages: string[];
};

const cardColumns = `m.id, m.title, m.summary, m.town, m.sector, m."hoursPerWeekMin", m."hoursPerWeekMax", m."scheduleMask",
  m."monthsMask", m."payMinCents", m."payMaxCents", m."publishedAt", m.latitude, m.longitude,
  e.name AS "employerName", e.slug AS "employerSlug", e."contentLocale"`;

/** The planner's estimate of how many missions are published (-1 when unknown), to judge whether a walk is worth it. */
const publishedEstimate = `(SELECT reltuples::float8 FROM pg_class WHERE oid = '"Mission_published_newest_idx"'::regclass)`;

/** Every mission the search may show. */
const shown = `m.status = 'published' AND m."publishedAt" IS NOT NULL`;

/**
 * The columns a walk down an index reads to filter and order. The newest-first index carries them all, words
 * included (an index-only scan); the place index all but the words, which a walk outwards then reads from the row.
 */
function walkedColumns(filters: SearchFilters): string {
  const words = filters.words !== null ? `, m."searchWords"` : "";
  return `m.id, m."publishedAt", m."closesAt", m.sector, m."scheduleMask", m."hoursPerWeekMin", m."monthsMask", m.latitude,
    m.longitude, m."requiredLanguages"${words}`;
}

/**
 * `columns` of the first `limit` matches met walking down the newest-first index from the top, reading at most
 * `walkLimit` missions from the index alone; newest first.
 */
function walkNewest(
  filters: SearchFilters,
  parameters: Parameters,
  columns: string,
  { limit, walkLimit }: { limit: number; walkLimit: number },
): string {
  const conditions = filterConditions(filters, parameters, { indexKeys: false });
  return `SELECT ${columns} FROM (
      SELECT ${walkedColumns(filters)} FROM "Mission" m WHERE ${shown}
      ORDER BY m."publishedAt" DESC, m.id LIMIT ${Math.trunc(walkLimit)}) AS m
    WHERE ${conditions.join(" AND ")} ORDER BY m."publishedAt" DESC, m.id LIMIT ${Math.trunc(limit)}`;
}

/** Numbered parameters, from $1, and the values they stand for. */
class Parameters {
  readonly values: unknown[] = [];
  add(value: unknown, type: string): string {
    this.values.push(value);
    return `$${this.values.length}::${type}`;
  }
}

/**
 * The filters of a search as SQL conditions on `m` (without `shown`). With `indexKeys`, also the same filters as
 * the filters index holds them (sector, search-keys.ts): they never change what matches, only let PostgreSQL find
 * the candidates in that one index before it reads any row. `near`: a circle the matches lie in (by default the
 * radius), whose cells narrow the candidates.
 */
function filterConditions(
  filters: SearchFilters,
  parameters: Parameters,
  { indexKeys, near = filters.radius }: { indexKeys: boolean; near?: { from: Point; degrees: number } | null },
): string[] {
  const parameter = parameters.add.bind(parameters);
  const conditions = [`(m."closesAt" IS NULL OR m."closesAt" > ${parameter(filters.now, "timestamp")})`];
  if (filters.words !== null) {
    const words = parameter(filters.words, "text");
    conditions.push(
      `m."searchWords" @@ (to_tsquery('chevronne_fr', ${words}) || to_tsquery('chevronne_en', ${words}))`,
    );
  }
  if (filters.radius) {
    const box = boxOf(filters.radius);
    // the box first, then the same formula as distance.ts, term for term
    conditions.push(
      `m.latitude BETWEEN ${parameter(box.south, "float8")} AND ${parameter(box.north, "float8")}`,
      `m.longitude BETWEEN ${parameter(box.west, "float8")} AND ${parameter(box.east, "float8")}`,
      `${squaredDegrees(filters.radius.from, parameters)} <= ${parameter(filters.radius.degrees * filters.radius.degrees, "float8")}`,
    );
  }
  if (filters.slots !== 0) conditions.push(`(m."scheduleMask" & ${parameter(filters.slots, "int4")}) <> 0`);
  if (filters.hoursMax !== null) conditions.push(`m."hoursPerWeekMin" <= ${parameter(filters.hoursMax, "int4")}`);
  if (filters.months !== 0) conditions.push(`(m."monthsMask" & ${parameter(filters.months, "int4")}) <> 0`);
  if (filters.sectors.length > 0) conditions.push(`m.sector = ANY(${parameter(filters.sectors, "text[]")})`);
  if (filters.spokenLanguages.length > 0)
    conditions.push(`m."requiredLanguages" <@ ${parameter(filters.spokenLanguages, "text[]")}`);
  if (indexKeys) {
    if (filters.sectors.length > 0) conditions.push(`ARRAY[m.sector] && ${parameter(filters.sectors, "text[]")}`);
    const keys = [slotKeys(filters.slots), near && circleKeys(near)];
    for (const wanted of keys) if (wanted) conditions.push(`${searchKeys} && ${parameter(wanted, "int8[]")}`);
  }
  return conditions;
}

/** The WHERE clause of a search, with the filters index's keys (see filterConditions), and its parameters. */
function whereClause(filters: SearchFilters, near = filters.radius): { sql: string; parameters: Parameters } {
  const parameters = new Parameters();
  return {
    sql: [shown, ...filterConditions(filters, parameters, { indexKeys: true, near })].join("\n  AND "),
    parameters,
  };
}

/** distance.ts's squaredDegreesFrom in SQL: NULL for a mission without coordinates. */
function squaredDegrees(from: Point, parameters: Parameters): string {
  const cos = parameters.add(Math.cos((from.latitude * Math.PI) / 180), "float8");
  const east = `((m.longitude - ${parameters.add(from.longitude, "float8")}) * ${cos})`;
  const north = `(m.latitude - ${parameters.add(from.latitude, "float8")})`;
  return `(${east} * ${east} + ${north} * ${north})`;
}

type Box = { south: number; north: number; west: number; east: number };

/** The rectangle around a radius, in degrees (a degree of longitude is shorter by the cosine of the latitude). */
function boxOf({ from, degrees }: { from: Point; degrees: number }): Box {
  const cos = Math.cos((from.latitude * Math.PI) / 180);
  return {
    south: from.latitude - degrees,
    north: from.latitude + degrees,
    west: from.longitude - degrees / cos,
    east: from.longitude + degrees / cos,
  };
}

/** The search keys of `m` (search-keys.ts), as the filters index holds them. */
const searchKeys = `chevronne_search_keys(m."scheduleMask", m.latitude, m.longitude)`;

/** Which cards: nearest first (from `distanceFrom`) or newest first, `limit` of them after the first `offset`. */
export type SearchPage = { nearest: boolean; limit: number; offset: number };

/** The order of the cards, on columns of `alias` (`distance` when the statement computes it). */
function orderOf(page: SearchPage, alias: string, distance: string | null): string {
  return `${page.nearest && distance ? `${distance} ASC NULLS LAST, ` : ""}${alias}."publishedAt" DESC, ${alias}.id`;
}

/**
 * Some matches (`matches` selects their id, "publishedAt" and distance) as rows of one page of cards in the search's
 * order, each row with `total`, how many matches there are, and `sampleBound`: for "nearest", the squared distance
 * (as text) within which `offset + limit` of these matches lie, so that the nearest ones lie within it too. A page
 * without cards is one row with only those two.
 */
function matchesAndPage(matches: string, page: SearchPage, extra = ""): string {
  const wanted = Math.trunc(page.offset + page.limit);
  return `WITH matches AS MATERIALIZED (${matches}),
    page AS (
      SELECT * FROM matches f ORDER BY ${orderOf(page, "f", "f.distance")} LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)})
    SELECT (SELECT count(*)::int FROM matches) AS total,
      (SELECT f.distance::text AS bound FROM matches f ORDER BY f.distance LIMIT 1 OFFSET ${wanted - 1}) AS "sampleBound",${extra} ${cardColumns}
    FROM (SELECT 1) AS one LEFT JOIN (page p JOIN "Mission" m ON m.id = p.id JOIN "Employer" e ON e.id = m."employerId") ON true
    ORDER BY ${orderOf(page, "p", "p.distance")}`;
}

export const missionSql = {
  /** How many missions match, up to `limit`. */
  count(filters: SearchFilters, limit: number): Statement {
    const where = whereClause(filters);
    return [
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM "Mission" m WHERE ${where.sql} LIMIT ${Math.trunc(limit)}) AS found`,
      ...where.parameters.values,
    ];
  },

  /**
   * The first `limit` matches met walking the newest-first index from the top (at most `walkLimit` missions, read
   * from the index alone), with what `matchesAndPage` makes of them. When `limit` matches are met, the page (newest
   * first) is exact; fewer say little: the walk may have stopped before the end.
   */
  newestWalk(
    filters: SearchFilters,
    page: SearchPage,
    { limit, walkLimit }: { limit: number; walkLimit: number },
  ): Statement {
    const parameters = new Parameters();
    const distance =
      page.nearest && filters.distanceFrom ? squaredDegrees(filters.distanceFrom, parameters) : "NULL::float8";
    const matches = walkNewest(filters, parameters, `m.id, m."publishedAt", ${distance} AS distance`, {
      limit,
      walkLimit,
    });
    return [matchesAndPage(matches, page, `${publishedEstimate} AS published,`), ...parameters.values];
  },

  /**
   * The matches up to `limit`, found through the filters index (in the table's order, not sorted), with what
   * `matchesAndPage` makes of them. When fewer than `limit` match, these are all the matches and the page is exact.
   */
  found(filters: SearchFilters, page: SearchPage, limit: number): Statement {
    const where = whereClause(filters);
    const distance =
      page.nearest && filters.distanceFrom ? squaredDegrees(filters.distanceFrom, where.parameters) : "NULL::float8";
    const matches = `SELECT m.id, m."publishedAt", ${distance} AS distance FROM "Mission" m WHERE ${where.sql} LIMIT ${Math.trunc(limit)}`;
    return [matchesAndPage(matches, page), ...where.parameters.values];
  },

  /**
   * For "nearest": the first `count` matches met walking the place index outwards from the origin (at most
   * `walkLimit` missions), and the largest squared distance among them. Every one of the `count` nearest matches
   * lies within that distance, so nearestWithin can then order exactly the few missions inside it.
   */
  nearestBound(filters: SearchFilters, origin: Point, count: number, walkLimit: number): Statement {
    const parameters = new Parameters();
    const conditions = filterConditions(filters, parameters, { indexKeys: false });
    const distance = squaredDegrees(origin, parameters);
    const from = `point(${parameters.add(origin.longitude, "float8")}, ${parameters.add(origin.latitude, "float8")})`;
    return [
      // as text: a float8 may not come back to the last bit, and the bound must be exact
      `SELECT max(near.distance)::text AS bound, count(near.distance)::int AS found FROM (
         SELECT ${distance} AS distance FROM (
           SELECT ${walkedColumns(filters)} FROM "Mission" m WHERE ${shown}
           ORDER BY point(m.longitude, m.latitude) <-> ${from} LIMIT ${Math.trunc(walkLimit)}) AS m
         WHERE ${conditions.join(" AND ")} LIMIT ${Math.trunc(count)}) AS near`,
      ...parameters.values,
    ];
  },

  /** One page nearest first among the matches within `bound` (a squared distance in degrees, as text) of the origin. */
  nearestWithin(filters: SearchFilters, origin: Point, page: SearchPage, bound: string): Statement {
    // a little wider than the bound: the cells only narrow the search, the distance decides
    const near = { from: origin, degrees: Math.sqrt(Number(bound)) * (1 + 1e-9) + 1e-12 };
    const where = whereClause(filters, near);
    const parameter = where.parameters.add.bind(where.parameters);
    const distance = squaredDegrees(origin, where.parameters);
    return [
      `SELECT ${cardColumns} FROM (
         SELECT m.id, m."publishedAt", ${distance} AS distance FROM "Mission" m
         WHERE ${where.sql} AND ${distance} <= ${parameter(bound, "float8")}
         ORDER BY ${orderOf(page, "m", "distance")} LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}) AS p
       JOIN "Mission" m ON m.id = p.id JOIN "Employer" e ON e.id = m."employerId"
       ORDER BY ${orderOf(page, "p", "p.distance")}`,
      ...where.parameters.values,
    ];
  },

  /** One page of cards, newest first or nearest first (missions without a place last, then newest). */
  cards(filters: SearchFilters, page: SearchPage): Statement {
    const where = whereClause(filters);
    const order =
      page.nearest && filters.distanceFrom
        ? `${squaredDegrees(filters.distanceFrom, where.parameters)} ASC NULLS LAST, `
        : "";
    return [
      `SELECT ${cardColumns} FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
       WHERE ${where.sql}
       ORDER BY ${order}m."publishedAt" DESC, m.id
       LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`,
      ...where.parameters.values,
    ];
  },

  /**
   * The ids of the first `limit` matches met walking the newest-first index (at most `walkLimit` missions), each row
   * with the estimate of how many missions are published.
   */
  newestIdsWalk(filters: SearchFilters, { limit, walkLimit }: { limit: number; walkLimit: number }): Statement {
    const parameters = new Parameters();
    return [
      walkNewest(filters, parameters, `m.id, ${publishedEstimate} AS published`, { limit, walkLimit }),
      ...parameters.values,
    ];
  },

  /** Matching ids, newest first. */
  ids(filters: SearchFilters, limit: number): Statement {
    const where = whereClause(filters);
    return [
      `SELECT m.id FROM "Mission" m WHERE ${where.sql} ORDER BY m."publishedAt" DESC, m.id LIMIT ${Math.trunc(limit)}`,
      ...where.parameters.values,
    ];
  },

  /** Words missions use that begin with `prefix` once accents are folded, shortest first. */
  wordsBeginning(prefix: string, limit: number): Statement {
    return [
      // a range of the byte-ordered index: from the prefix to the prefix followed by the last code point
      `SELECT word FROM "SearchWord"
       WHERE folded COLLATE "C" >= unaccent($1) AND folded COLLATE "C" < unaccent($1) || chr(1114111)
       ORDER BY length(word), word LIMIT ${Math.trunc(limit)}`,
      prefix,
    ];
  },

  /**
   * Each word as it is when some mission uses it, otherwise the closest word missions use (trigram similarity,
   * then fewest edits), otherwise as it is.
   */
  spelling(words: string[]): Statement {
    return [
      `SELECT array_agg(coalesce(
         (SELECT w.word FROM "SearchWord" w WHERE w.word = typed),
         (SELECT w.word FROM "SearchWord" w WHERE w.word % typed ORDER BY levenshtein(w.word, typed), similarity(w.word, typed) DESC, w.word LIMIT 1),
         typed) ORDER BY position) AS corrected
       FROM unnest($1::text[]) WITH ORDINALITY AS typed_words(typed, position)`,
      words,
    ];
  },
};
