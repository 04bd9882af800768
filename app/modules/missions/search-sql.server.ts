// The search's SQL, built from filter values with numbered parameters (nothing typed reaches the SQL text).
// Every statement reads published missions only, so PostgreSQL can use the partial indexes of the search migration:
// newest first, by place, and by word.
import type { Point } from "~/modules/places/distance";

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

/** A statement and its parameters, in the shape `$queryRawUnsafe` takes. */
type Statement = [sql: string, ...values: unknown[]];

const cardColumns = `m.id, m.title, m.summary, m.town, m.sector, m."hoursPerWeekMin", m."hoursPerWeekMax", m."scheduleMask",
  m."monthsMask", m."payMinCents", m."payMaxCents", m."publishedAt", m.latitude, m.longitude,
  e.name AS "employerName", e.slug AS "employerSlug", e."contentLocale"`;

/** The WHERE clause of a search and its parameters, numbered from $1. */
function whereClause(filters: SearchFilters): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const parameter = (value: unknown, type: string) => {
    values.push(value);
    return `$${values.length}::${type}`;
  };
  const conditions = [`m.status = 'published'`, `m."publishedAt" IS NOT NULL`, `(m."closesAt" IS NULL OR m."closesAt" > ${parameter(filters.now, "timestamp")})`];
  if (filters.words !== null) {
    const words = parameter(filters.words, "text");
    conditions.push(`m."searchWords" @@ (to_tsquery('chevronne_fr', ${words}) || to_tsquery('chevronne_en', ${words}))`);
  }
  if (filters.radius) {
    const { from, degrees } = filters.radius;
    const cos = Math.cos((from.latitude * Math.PI) / 180);
    // the box first (the place index), then the same formula as distance.ts, term for term
    conditions.push(
      `m.latitude BETWEEN ${parameter(from.latitude - degrees, "float8")} AND ${parameter(from.latitude + degrees, "float8")}`,
      `m.longitude BETWEEN ${parameter(from.longitude - degrees / cos, "float8")} AND ${parameter(from.longitude + degrees / cos, "float8")}`,
      `${squaredDegrees(from, parameter)} <= ${parameter(degrees * degrees, "float8")}`,
    );
  }
  if (filters.slots !== 0) conditions.push(`(m."scheduleMask" & ${parameter(filters.slots, "int4")}) <> 0`);
  if (filters.hoursMax !== null) conditions.push(`m."hoursPerWeekMin" <= ${parameter(filters.hoursMax, "int4")}`);
  if (filters.months !== 0) conditions.push(`(m."monthsMask" & ${parameter(filters.months, "int4")}) <> 0`);
  if (filters.sectors.length > 0) conditions.push(`m.sector = ANY(${parameter(filters.sectors, "text[]")})`);
  if (filters.spokenLanguages.length > 0) conditions.push(`m."requiredLanguages" <@ ${parameter(filters.spokenLanguages, "text[]")}`);
  return { sql: conditions.join("\n  AND "), values };
}

/** distance.ts's squaredDegreesFrom in SQL: NULL for a mission without coordinates. */
function squaredDegrees(from: Point, parameter: (value: unknown, type: string) => string): string {
  const cos = parameter(Math.cos((from.latitude * Math.PI) / 180), "float8");
  const east = `((m.longitude - ${parameter(from.longitude, "float8")}) * ${cos})`;
  const north = `(m.latitude - ${parameter(from.latitude, "float8")})`;
  return `(${east} * ${east} + ${north} * ${north})`;
}

export const missionSql = {
  /** How many missions match, up to `limit`. */
  count(filters: SearchFilters, limit: number): Statement {
    const where = whereClause(filters);
    return [`SELECT count(*)::int AS count FROM (SELECT 1 FROM "Mission" m WHERE ${where.sql} LIMIT ${Math.trunc(limit)}) AS found`, ...where.values];
  },

  /** One page of cards, newest first or nearest first (missions without a place last, then newest). */
  cards(filters: SearchFilters, page: { nearest: boolean; limit: number; offset: number }): Statement {
    const where = whereClause(filters);
    const parameter = (value: unknown, type: string) => {
      where.values.push(value);
      return `$${where.values.length}::${type}`;
    };
    const order = page.nearest && filters.distanceFrom ? `${squaredDegrees(filters.distanceFrom, parameter)} ASC NULLS LAST, ` : "";
    return [
      `SELECT ${cardColumns} FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
       WHERE ${where.sql}
       ORDER BY ${order}m."publishedAt" DESC, m.id
       LIMIT ${Math.trunc(page.limit)} OFFSET ${Math.trunc(page.offset)}`,
      ...where.values,
    ];
  },

  /** Matching ids, newest first. */
  ids(filters: SearchFilters, limit: number): Statement {
    const where = whereClause(filters);
    return [`SELECT m.id FROM "Mission" m WHERE ${where.sql} ORDER BY m."publishedAt" DESC, m.id LIMIT ${Math.trunc(limit)}`, ...where.values];
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
