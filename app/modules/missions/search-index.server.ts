// The filter columns of every mission, held in memory by each server process, so a search is a scan of plain
// arrays (about a millisecond at 100,000 missions) instead of SQL plans that cannot serve every combination of
// keyword, place and schedule quickly (docs/decisions/0008).
//
// Kept current through the MissionChange log that triggers write: before each search the index reads the entries
// it has not seen (one indexed query, usually empty) and reloads just those missions. Keyword matches still come
// from the FTS5 table, cached per query until a change comes in.
import Database from "better-sqlite3";
import { env } from "~/env.server";

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

const keywordCacheSize = 256;
/** Change-log entries kept for processes that fall behind; one that misses some reloads everything. */
export const changeLogKept = 50_000;

export class MissionSearchIndex {
  private readonly connection: Database.Database;
  /** published missions only, newest first (publishedAt descending, then rowid) */
  private newest: IndexedMission[] = [];
  private readonly byRowid = new Map<number, IndexedMission>();
  private readonly keywordMatches = new Map<string, Set<number>>();
  private lastSeq = 0;

  constructor(file: string) {
    this.connection = new Database(file, { readonly: true, fileMustExist: true, timeout: 5000 });
    this.reloadAll();
  }

  /** Published missions newest first, current as of the last committed change. */
  missions(): readonly IndexedMission[] {
    this.catchUp();
    return this.newest;
  }

  /** The rowids of the missions an FTS5 query matches (cached until a mission or employer changes). */
  keywordRowids(query: string): Set<number> {
    this.catchUp();
    let found = this.keywordMatches.get(query);
    if (!found) {
      found = new Set(this.connection.prepare(`SELECT rowid FROM "MissionSearch" WHERE "MissionSearch" MATCH ?`).pluck().all(query) as number[]);
      if (this.keywordMatches.size >= keywordCacheSize) this.keywordMatches.delete(this.keywordMatches.keys().next().value!);
      this.keywordMatches.set(query, found);
    }
    return found;
  }

  close() {
    this.connection.close();
  }

  private catchUp() {
    const log = this.connection.prepare(`SELECT MIN(seq) AS first, MAX(seq) AS last FROM "MissionChange"`).get() as { first: number | null; last: number | null };
    if (log.last === null || log.last <= this.lastSeq) return;
    // entries we never saw were pruned: start again from the table
    if (log.first! > this.lastSeq + 1) return this.reloadAll();
    const read = this.connection.transaction(() => {
      const changes = this.connection.prepare(`SELECT seq, missionRowid FROM "MissionChange" WHERE seq > ? ORDER BY seq`).raw().all(this.lastSeq) as [number, number][];
      const rowids = [...new Set(changes.map(([, rowid]) => rowid).filter((rowid) => rowid !== 0))];
      const select = this.connection.prepare(`SELECT ${columns} FROM "Mission" m WHERE m.rowid = ?`).raw();
      return { last: changes.at(-1)?.[0] ?? this.lastSeq, rowids, rows: rowids.map((rowid) => select.get(rowid) as MissionRow | undefined) };
    });
    const { last, rowids, rows } = read();
    rowids.forEach((rowid, index) => this.replace(rowid, rows[index]));
    this.newest.sort(newestFirst);
    this.keywordMatches.clear();
    this.lastSeq = last;
  }

  private reloadAll() {
    const read = this.connection.transaction(() => ({
      last: (this.connection.prepare(`SELECT MAX(seq) FROM "MissionChange"`).pluck().get() as number | null) ?? 0,
      rows: this.connection.prepare(`SELECT ${columns} FROM "Mission" m`).raw().all() as MissionRow[],
    }));
    const { last, rows } = read();
    this.byRowid.clear();
    this.keywordMatches.clear();
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
  try {
    const parsed: unknown = JSON.parse(json);
    if (!Array.isArray(parsed)) return [];
    return parsed.flatMap((entry) => (entry && typeof entry === "object" && entry.required === true && typeof entry.code === "string" ? [entry.code as string] : []));
  } catch {
    return [];
  }
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
