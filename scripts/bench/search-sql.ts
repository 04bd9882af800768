// The search module alone, without HTTP or rendering: the real searchMissions (its capped count and its page of
// cards) over the benchmark database, for varied keyword, radius, schedule and other filter searches. The search's
// statements go through db.server.ts's readRows; its pool is wrapped here to record each statement with its time, so
// that the slowest searches can be shown with their SQL and their plan (EXPLAIN ANALYZE through a plain pg
// connection, after the timed runs).
// Prints one JSON line: { runs, p50, p95, p99, max, slowest, shapes, plans } with times in ms.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { rngFor } from "../../prisma/seed/random";
import { benchDatabaseUrl } from "./settings.mjs";

// The app reads its configuration when first imported: point it at the benchmark database first. A session
// secret given here keeps env.server from generating one into data/.
const databaseUrl = benchDatabaseUrl();
process.env.DATABASE_URL = databaseUrl;
process.env.SESSION_SECRET ??= "benchmark-secret-never-used-for-cookies";

type Statement = { sql: string; params: string; ms: number };
let statements: Statement[] = [];
await import("../../app/db.server");
// the pool readRows made, in globalThis as db.server.ts keeps it across reloads
const readPool = (globalThis as unknown as { chevronneReadPool: pg.Pool }).chevronneReadPool;
const query = readPool.query.bind(readPool) as (sql: string, values: unknown[]) => Promise<pg.QueryResult>;
(readPool as unknown as { query: typeof query }).query = async (sql, values) => {
  const started = performance.now();
  const result = await query(sql, values);
  statements.push({ sql, params: JSON.stringify(values), ms: Math.round((performance.now() - started) * 100) / 100 });
  return result;
};

const { searchMissions } = await import("../../app/modules/missions/search.server");
const { parseMissionSearch } = await import("../../app/modules/missions/parse-search.server");

const warmUpRuns = 20;
const measuredRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 500);
const explainCount = Number(process.env.BENCH_EXPLAIN ?? 3);

// Common words (in a quarter to a half of the missions), rarer ones, a prefix, an accent-folded spelling, a job title
// in its other gender, two-word queries, a miss.
const keywords = [
  "",
  "",
  "accueil",
  "clients",
  "caisse",
  "guide musée",
  "librairie",
  "bibli",
  "fromages",
  "velo",
  "billets",
  "conseil",
  "conseillère",
  "familles du quartier",
  "impôts",
  "astronomie",
];
const towns = ["", "Montréal", "Montréal", "Québec", "Sherbrooke", "Gatineau", "Laval", "Trois-Rivières", "Rimouski"];
const radii = ["5", "10", "20", "25", "50", "100"];
const sectorCodes = ["retail", "culture", "tourism", "finance", "health", "food", "community", "hospitality"];

function randomQuery(index: number): URLSearchParams {
  const rng = rngFor(`bench-search-${index}`);
  const params = new URLSearchParams();
  const q = rng.pick(keywords);
  if (q) params.set("q", q);
  const town = rng.pick(towns);
  if (town) {
    params.set("town", town);
    params.set("radius", rng.pick(radii));
  }
  if (rng.chance(0.6))
    for (let count = rng.int(1, 4); count > 0; count--) params.append("slot", `${rng.int(0, 6)}-${rng.int(0, 2)}`);
  if (rng.chance(0.1)) params.set("hours", String(rng.int(8, 25)));
  if (rng.chance(0.1)) params.append("month", String(rng.int(1, 12)));
  if (rng.chance(0.15))
    for (const sector of rng.shuffle(sectorCodes).slice(0, rng.int(1, 2))) params.append("sector", sector);
  if (rng.chance(0.15)) for (const language of rng.pick([["fr"], ["fr", "en"]])) params.append("lang", language);
  params.set("sort", town && rng.chance(0.3) ? "nearest" : "newest");
  if (rng.chance(0.15)) params.set("page", String(rng.int(2, 5)));
  return params;
}

/** What kind of search it is, coarsely: the words, the place, the order. */
function shapeOf(params: URLSearchParams): string {
  const words = (params.get("q") ?? "").split(" ").filter(Boolean).length;
  const others = ["slot", "hours", "month", "sector", "lang"].filter((name) => params.has(name));
  return [
    words === 0 ? "no words" : words === 1 ? "one word" : "two or more words",
    params.has("town") ? "radius" : "anywhere",
    `sort ${params.get("sort")}`,
    others.length > 0 ? "other filters" : "no other filter",
  ].join(", ");
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

type Timing = { ms: number; query: string; shape: string; statements: Statement[] };
const timings: Timing[] = [];
for (let index = 0; index < warmUpRuns + measuredRuns; index++) {
  const params = randomQuery(index);
  statements = [];
  const started = performance.now();
  await searchMissions(parseMissionSearch(params), { pageSize: 20 });
  const ms = performance.now() - started;
  if (index >= warmUpRuns) {
    timings.push({
      ms,
      query: [...params].map(([name, value]) => `${name}=${value}`).join("&"),
      shape: shapeOf(params),
      statements,
    });
  }
}

const sorted = timings.map(({ ms }) => ms).sort((a, b) => a - b);
const slowest = [...timings].sort((a, b) => b.ms - a.ms);

const byShape = new Map<string, number[]>();
for (const { shape, ms } of timings) byShape.set(shape, [...(byShape.get(shape) ?? []), ms]);
const shapes = [...byShape]
  .map(([shape, times]) => {
    const ordered = times.sort((a, b) => a - b);
    return {
      shape,
      runs: ordered.length,
      p50: round(percentile(ordered, 0.5)),
      max: round(ordered[ordered.length - 1]),
    };
  })
  .sort((a, b) => b.max - a.max);

/**
 * The slowest statement of each of the slowest searches, run again with EXPLAIN (ANALYZE, BUFFERS). The pages are
 * cached by now, so the plan's time can be lower than the first run's; the plan's shape is the point.
 */
async function explain(timing: Timing) {
  const statement = [...timing.statements].sort((a, b) => b.ms - a.ms)[0];
  if (!statement) return null;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const params = JSON.parse(statement.params) as unknown[];
    // the parameters as recorded (JSON): arrays stay arrays, dates are ISO text, which the casts accept
    const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, params);
    return {
      query: timing.query,
      searchMs: round(timing.ms),
      statementMs: statement.ms,
      sql: statement.sql.replace(/\s+/g, " "),
      params: statement.params,
      plan: rows.map((row) => row["QUERY PLAN"]).join("\n"),
    };
  } finally {
    await client.end();
  }
}

const plans = [];
for (const timing of slowest.slice(0, explainCount)) plans.push(await explain(timing));
await readPool.end();

console.log(
  JSON.stringify({
    runs: measuredRuns,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1]),
    slowest: slowest
      .slice(0, 5)
      .map(({ ms, query, statements }) => ({ ms: round(ms), query, statementsMs: statements.map(({ ms }) => ms) })),
    shapes,
    plans: plans.filter(Boolean),
  }),
);
