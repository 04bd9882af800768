// The search module alone, without HTTP or rendering: the real searchMissions (its count, its page of ids and the
// read of the cards) over the benchmark database, for varied keyword, radius and schedule searches.
// Prints one JSON line: { runs, p50, p95, p99, max, slowest } with times in ms.
import { performance } from "node:perf_hooks";
import { rngFor } from "../../prisma/seed/random";
import { benchDatabaseUrl } from "./settings.mjs";

// The app reads its configuration when first imported: point it at the benchmark database first. A session
// secret given here keeps env.server from generating one into data/.
process.env.DATABASE_URL = benchDatabaseUrl;
process.env.SESSION_SECRET ??= "benchmark-secret-never-used-for-cookies";
const { searchMissions } = await import("../../app/modules/missions/search.server");
const { parseMissionSearch } = await import("../../app/modules/missions/search-params");

const warmUpRuns = 20;
const measuredRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 500);

// Common words (in half the missions), rarer ones, a prefix, an accent-folded spelling, two-word queries, a miss.
const keywords = ["", "", "accueil", "clients", "caisse", "guide musée", "librairie", "bibli", "fromages", "velo", "billets", "conseil", "familles du quartier", "impôts", "astronomie"];
const towns = ["", "Montréal", "Montréal", "Québec", "Sherbrooke", "Gatineau", "Laval", "Trois-Rivières", "Rimouski"];
const radii = ["5", "10", "20", "25", "50", "100"];

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
  if (rng.chance(0.6)) for (let count = rng.int(1, 4); count > 0; count--) params.append("slot", `${rng.int(0, 6)}-${rng.int(0, 2)}`);
  params.set("sort", town && rng.chance(0.3) ? "nearest" : "newest");
  if (rng.chance(0.15)) params.set("page", String(rng.int(2, 5)));
  return params;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

const timings: { ms: number; query: string }[] = [];
for (let index = 0; index < warmUpRuns + measuredRuns; index++) {
  const params = randomQuery(index);
  const started = performance.now();
  await searchMissions(parseMissionSearch(params), { pageSize: 20 });
  const ms = performance.now() - started;
  if (index >= warmUpRuns) timings.push({ ms, query: [...params].map(([name, value]) => `${name}=${value}`).join("&") });
}

const sorted = timings.map(({ ms }) => ms).sort((a, b) => a - b);
const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 3);
console.log(
  JSON.stringify({
    runs: measuredRuns,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted[sorted.length - 1]),
    slowest: slowest.map(({ ms, query }) => ({ ms: round(ms), query })),
  }),
);
