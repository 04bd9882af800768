// The filter columns of every mission, held in memory by each server process, so a search is a scan of plain
// arrays (about a millisecond at 100,000 missions) instead of SQL plans that cannot serve every combination of
// keyword, place and schedule quickly (docs/decisions/0008).
//
// Kept current through the MissionChange log that triggers write: before each search the index reads the entries
// it has not seen (one indexed query, usually empty) and reloads just those missions. Keyword matches still come
// from the FTS5 table, cached per query until a change comes in.
import Database from "better-sqlite3";
import { env } from "~/env.server";
import { missionLanguageList } from "~/modules/json-columns";

type MissionRow = [
  rowid: number,
  id: string,
  status: string,
  publishedAt: string | null,
  closesAt: string | null,
  latitude: number | null,
  longitude: number | null,
  scheduleMask: number,
  hoursPerWeekMin: number,
  monthsMask: number,
  sector: string,
  languages: string,
];

const columns = `m.rowid, m.id, m.status, m.publishedAt, m.closesAt, m.latitude, m.longitude, m.scheduleMask, m.hoursPerWeekMin, m.monthsMask, m.sector, m.languages`;

/** One mission as the filters see it; `position` is its slot in the arrays. */
export type IndexedMission = {
  rowid: number;
  id: string;
  publishedAt: number;
  /** Infinity when the mission has no closing date */
  closesAt: number;
  /** NaN without coordinates */
  latitude: number;
  longitude: number;
  scheduleMask: number;
  hoursPerWeekMin: number;
  monthsMask: number;
  sector: string;
  requiredLanguages: string[];
};

export type CardRow = {
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
  /** ISO text, as stored */
  publishedAt: string | null;
  latitude: number | null;
  longitude: number | null;
  employerName: string;
  employerSlug: string;
  /** the language the employer writes in */
  contentLocale: string;
};

export type MatchingRow = {
  id: string;
  status: string;
  closesAt: string | null;
  scheduleMask: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  latitude: number | null;
  longitude: number | null;
  /** JSON text, as stored */
  languages: string;
  skills: string;
  sector: string;
  physicalDemand: string;
  liftingKg: number;
  payMaxCents: number | null;
  employerCommitments: string;
  employerValues: string;
  employerPurpose: string;
  employerSector: string;
};

const cardsSelect = `SELECT m.id, m.title, m.summary, m.town, m.sector, m.hoursPerWeekMin, m.hoursPerWeekMax, m.scheduleMask, m.monthsMask,
    m.payMinCents, m.payMaxCents, m.publishedAt, m.latitude, m.longitude, e.name AS employerName, e.slug AS employerSlug, e.contentLocale
  FROM "Mission" m JOIN "Employer" e ON e.id = m.employerId`;

const matchingSelect = `SELECT m.id, m.status, m.closesAt, m.scheduleMask, m.hoursPerWeekMin, m.hoursPerWeekMax, m.monthsMask, m.latitude,
    m.longitude, m.languages, m.skills, m.sector, m.physicalDemand, m.liftingKg, m.payMaxCents, e.commitments AS employerCommitments,
    e."values" AS employerValues, e.purpose AS employerPurpose, e.sector AS employerSector
  FROM "Mission" m JOIN "Employer" e ON e.id = m.employerId`;

const keywordCacheSize = 64;
/** Matching rows kept per process (a few KB each), past which they are all forgotten and read again. */
const matchingRowsKept = 20_000;
/** SQLite takes at most 999 parameters in one statement: long id lists are read in slices of this size. */
export const idsPerQuery = 500;
/** Change-log entries kept for processes that fall behind; one that misses some reloads everything. */
export const changeLogKept = 50_000;

export class MissionSearchIndex {
  private readonly connection: Database.Database;
  /** published missions only, newest first (publishedAt descending, then rowid) */
  private newest: IndexedMission[] = [];
  private readonly byRowid = new Map<number, IndexedMission>();
  private readonly keywordMatches = new Map<string, IndexedMission[]>();
  private lastSeq = 0;
  private readonly statements;

  constructor(file: string) {
    this.connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    this.statements = {
      // two subqueries: SQLite answers a lone MIN() or MAX() from the primary key, not both in one SELECT
      logEnds: this.connection.prepare(`SELECT (SELECT MIN(seq) FROM "MissionChange") AS first, (SELECT MAX(seq) FROM "MissionChange") AS last`),
      changesAfter: this.connection.prepare(`SELECT seq, missionRowid FROM "MissionChange" WHERE seq > ? ORDER BY seq`).raw(),
      mission: this.connection.prepare(`SELECT ${columns} FROM "Mission" m WHERE m.rowid = ?`).raw(),
      allMissions: this.connection.prepare(`SELECT ${columns} FROM "Mission" m`).raw(),
      keywordMatches: this.connection.prepare(`SELECT rowid FROM "MissionSearch" WHERE "MissionSearch" MATCH ?`).pluck(),
    };
    this.reloadAll();
  }

  /** Published missions newest first, current as of the last committed change. */
  missions(): readonly IndexedMission[] {
    this.catchUp();
    return this.newest;
  }

  /**
   * The published missions an FTS5 query matches, newest first: a search with keywords scans only these.
   * Cached until a mission or an employer's name changes.
   */
  keywordMissions(query: string): readonly IndexedMission[] {
    this.catchUp();
    let found = this.keywordMatches.get(query);
    if (!found) {
      // a flag per rowid, then the list already in order filtered: cheaper than sorting 50,000 matches
      const rowids = this.statements.keywordMatches.all(query) as number[];
      const matched = new Uint8Array(rowids.reduce((max, rowid) => Math.max(max, rowid), 0) + 1);
      for (const rowid of rowids) matched[rowid] = 1;
      found = this.newest.filter((mission) => matched[mission.rowid] === 1);
      if (this.keywordMatches.size >= keywordCacheSize) this.keywordMatches.delete(this.keywordMatches.keys().next().value!);
      this.keywordMatches.set(query, found);
    }
    return found;
  }

  /**
   * What a page's cards show, for up to a page of ids. A hand-written statement on this connection: the hottest
   * list read, where Prisma's mapping would cost more than the search itself.
   */
  cardRows(ids: string[]): CardRow[] {
    if (ids.length === 0) return [];
    return this.listStatement(cardsSelect, ids.length).all(...ids) as CardRow[];
  }

  /**
   * What the matching module reads of each mission (no long texts but the employer's purpose and values), in no
   * particular order. Kept once read: "missions for you" scores the same few hundred missions again and again.
   * Forgotten whenever the change log moves (a mission changed, or an employer's name or matching fields).
   */
  matchingRows(ids: string[]): MatchingRow[] {
    this.catchUp();
    if (this.matchingRowsById.size + ids.length > matchingRowsKept) this.matchingRowsById.clear();
    const missing = ids.filter((id) => !this.matchingRowsById.has(id));
    for (let start = 0; start < missing.length; start += idsPerQuery) {
      const slice = missing.slice(start, start + idsPerQuery);
      for (const row of this.listStatement(matchingSelect, slice.length).all(...slice) as MatchingRow[]) this.matchingRowsById.set(row.id, row);
    }
    return ids.flatMap((id) => this.matchingRowsById.get(id) ?? []);
  }

  private readonly matchingRowsById = new Map<string, MatchingRow>();

  /** One prepared statement per read and number of ids (preparing costs more than running it). */
  private readonly listStatements = new Map<string, Database.Statement>();

  private listStatement(select: string, count: number): Database.Statement {
    const sql = `${select} WHERE m.id IN (${"?, ".repeat(count - 1)}?)`;
    let statement = this.listStatements.get(sql);
    if (!statement) {
      statement = this.connection.prepare(sql);
      this.listStatements.set(sql, statement);
    }
    return statement;
  }

  close() {
    this.connection.close();
  }

  private catchUp() {
    const log = this.statements.logEnds.get() as { first: number | null; last: number | null };
    if (log.last === null || log.last <= this.lastSeq) return;
    // entries we never saw were pruned: start again from the table
    if (log.first! > this.lastSeq + 1) return this.reloadAll();
    const read = this.connection.transaction(() => {
      const changes = this.statements.changesAfter.all(this.lastSeq) as [number, number][];
      const rowids = [...new Set(changes.map(([, rowid]) => rowid).filter((rowid) => rowid !== 0))];
      return { last: changes.at(-1)?.[0] ?? this.lastSeq, rowids, rows: rowids.map((rowid) => this.statements.mission.get(rowid) as MissionRow | undefined) };
    });
    const { last, rowids, rows } = read();
    rowids.forEach((rowid, index) => this.replace(rowid, rows[index]));
    this.newest.sort(newestFirst);
    this.keywordMatches.clear();
    this.matchingRowsById.clear();
    this.lastSeq = last;
  }

  private reloadAll() {
    const read = this.connection.transaction(() => ({
      last: (this.statements.logEnds.get() as { last: number | null }).last ?? 0,
      rows: this.statements.allMissions.all() as MissionRow[],
    }));
    const { last, rows } = read();
    this.byRowid.clear();
    this.keywordMatches.clear();
    this.matchingRowsById.clear();
    for (const row of rows) {
      const mission = toIndexed(row);
      if (mission) this.byRowid.set(mission.rowid, mission);
    }
    this.newest = [...this.byRowid.values()].sort(newestFirst);
    this.lastSeq = last;
  }

  /** Puts the mission's current row in place of what the index had (a deleted or unpublished one leaves). */
  private replace(rowid: number, row: MissionRow | undefined) {
    const before = this.byRowid.get(rowid);
    if (before) this.newest.splice(this.newest.indexOf(before), 1);
    const after = row ? toIndexed(row) : null;
    if (after) {
      this.byRowid.set(rowid, after);
      this.newest.push(after);
    } else {
      this.byRowid.delete(rowid);
    }
  }
}

function toIndexed(row: MissionRow): IndexedMission | null {
  const [rowid, id, status, publishedAt, closesAt, latitude, longitude, scheduleMask, hoursPerWeekMin, monthsMask, sector, languages] = row;
  if (status !== "published" || publishedAt === null) return null;
  return {
    rowid,
    id,
    publishedAt: Date.parse(publishedAt),
    closesAt: closesAt === null ? Infinity : Date.parse(closesAt),
    latitude: latitude ?? NaN,
    longitude: longitude ?? NaN,
    scheduleMask,
    hoursPerWeekMin,
    monthsMask,
    sector,
    requiredLanguages: requiredLanguageCodes(languages),
  };
}

function requiredLanguageCodes(json: string): string[] {
  return missionLanguageList(json).flatMap((language) => (language.required ? [language.code] : []));
}

function newestFirst(a: IndexedMission, b: IndexedMission): number {
  return b.publishedAt - a.publishedAt || a.rowid - b.rowid;
}

/** The database file of a `file:` URL, as the Prisma adapter opens it. */
export function databaseFile(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

const globalForIndex = globalThis as unknown as { chevronneSearchIndex?: MissionSearchIndex };

/** The process's index, loaded on first use. */
export function missionSearchIndex(): MissionSearchIndex {
  globalForIndex.chevronneSearchIndex ??= new MissionSearchIndex(databaseFile(env.databaseUrl));
  return globalForIndex.chevronneSearchIndex;
}
