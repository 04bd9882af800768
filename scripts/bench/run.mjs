// `npm run bench`: how fast the built app serves its hottest pages over 100,000 missions, next to a "floor" (the same
// kind of page rendered by a bare node:http server from memory) and a "framework" floor (the same cards from memory,
// served by the app itself), and how fast the search SQL is on its own.
// A report, not a test: it exits 0 when a target is missed, and non-zero only when something broke (a server did
// not start, a page failed, a request got a non-2xx answer).
//
// Smaller runs while working on it: BENCH_SECONDS=3 BENCH_SEARCH_RUNS=50 npm run bench
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { buildIfStale, ensurePrismaClient, migrate, run, serverScript, step } from "../lib.mjs";
import { request } from "./http.mjs";
import { inspectPage, measure } from "./load.mjs";
import { crashReports, freePort, startProcess, stopAll, waitForHttp } from "./processes.mjs";
import { benchDatabaseUrl, benchDbFile, benchUser, missionCount, root } from "./settings.mjs";

const connectionCounts = [20, 50];
const warmUpSeconds = 2;
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 500);
const tsx = path.join(root, "node_modules", ".bin", "tsx");

const targets = { searchShareOfFloor: 0.6, searchP99Ms: 300, searchSqlP99Ms: 10 };

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
try {
  process.exitCode = await main();
} catch (error) {
  console.error(`\nThe benchmark broke: ${error.message}${error.cause ? ` (${error.cause.code ?? error.cause.message})` : ""}`);
  for (const crash of crashReports()) console.error(crash);
  process.exitCode = 1;
} finally {
  await stopAll();
}

async function main() {
  ensurePrismaClient();
  buildIfStale();
  const fillSeconds = prepareDatabase();

  step("Starting the app and the floor server, one process each");
  const servers = await startServers();
  const cookie = await signIn(servers.app.url);
  const pages = [
    { name: "floor", server: servers.floor, path: "/" },
    // the same 50 cards from memory, served by the app: Remix, React and the layout with no data access
    { name: "framework", server: servers.app, path: "/bench/cards" },
    { name: "search", server: servers.app, path: searchPath },
    { name: "mission", server: servers.app, path: `/missions/${newestMissionId()}` },
    { name: "for-you", server: servers.app, path: "/missions/for-you", headers: { cookie } },
  ];
  // A page that fails is reported and left out of the load, so the others are still measured.
  const broken = [];
  for (const page of pages) {
    const problem = await checkPage(page);
    if (problem) broken.push({ page, problem });
  }
  const floorFailure = broken.find(({ page }) => page.name === "floor");
  if (floorFailure) throw new Error(floorFailure.problem);
  const working = pages.filter((page) => !broken.some((failure) => failure.page === page));

  step(`Measuring: ${warmUpSeconds} s warm-up then ${seconds} s per page, at ${connectionCounts.join(" and ")} connections`);
  const rows = [];
  for (const connections of connectionCounts) {
    for (const page of working) {
      const result = await measure({ url: page.server.url + page.path, headers: page.headers, connections, warmUpSeconds, seconds });
      rows.push({ page: page.name, connections, ...result });
      console.log(`  ${page.name} at ${connections} connections: ${result.requestsPerSecond.toFixed(0)} requests/s`);
    }
  }
  await stopAll();

  step(`Timing the search module alone (${searchRuns} searches)`);
  const sql = searchSqlTimings();

  printTable(rows);
  for (const { problem } of broken) console.log(`NOT MEASURED: ${problem}`);
  printSearchSql(sql);
  printTargets(rows, sql);
  const load = `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end (${os.cpus().length} cores)`;
  console.log(`\nFill: ${fillSeconds === null ? "reused" : `${fillSeconds.toFixed(1)} s`}. Whole run: ${((Date.now() - startedAt) / 1000).toFixed(0)} s; ${load}.`);

  const failures = rows.filter((row) => row.non2xx > 0 || row.errors > 0);
  for (const row of failures) console.error(`BROKEN: ${row.page} at ${row.connections} connections: ${row.non2xx} non-2xx answers, ${row.errors} errors`);
  for (const { page } of broken) console.error(`BROKEN: ${page.name} (${page.path}) does not answer 200 with mission cards`);
  return failures.length > 0 || broken.length > 0 ? 1 : 0;
}

/**
 * Reuses a complete benchmark database filled from the same migrations and fill scripts; otherwise starts over with
 * an empty file. Returns the fill time, or null when reused.
 */
function prepareDatabase() {
  const stampFile = `${benchDbFile}.inputs`;
  const inputs = inputsHash();
  const stamp = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, "utf8") : "";
  const reused = stamp === inputs && filledMissionCount() === missionCount;
  if (!reused) for (const suffix of ["", "-wal", "-shm", ".inputs"]) fs.rmSync(benchDbFile + suffix, { force: true });
  migrate(benchDatabaseUrl);
  if (reused) {
    console.log(`\nReused ${path.relative(root, benchDbFile)}: it already holds ${missionCount} published missions.`);
    return null;
  }
  step(`Filling ${path.relative(root, benchDbFile)} (once; later runs reuse it)`);
  const started = Date.now();
  run(tsx, ["scripts/bench/fill.ts"]);
  fs.writeFileSync(stampFile, inputs);
  return (Date.now() - started) / 1000;
}

/**
 * What the filled file depends on. `migrate deploy` never re-applies a migration edited after it ran (new indexes
 * in an existing migration would be missing), so a change to any migration also means a fresh fill.
 */
function inputsHash() {
  const migrations = path.join(root, "prisma", "migrations");
  const files = [
    ...fs.readdirSync(migrations, { recursive: true }).filter((file) => file.endsWith(".sql")).sort().map((file) => path.join(migrations, file)),
    ...["fill.ts", "mission-text.ts", "settings.mjs"].map((file) => path.join(root, "scripts", "bench", file)),
  ];
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(root, file)).update(fs.readFileSync(file));
  return hash.digest("hex");
}

function filledMissionCount() {
  if (!fs.existsSync(benchDbFile)) return 0;
  try {
    return withDb((db) => db.prepare(`SELECT COUNT(*) AS n FROM "Mission" WHERE status = 'published'`).get().n);
  } catch {
    return 0; // not migrated, or not a database: start over
  }
}

function newestMissionId() {
  return withDb((db) => db.prepare(`SELECT id FROM "Mission" WHERE status = 'published' ORDER BY publishedAt DESC LIMIT 1`).get().id);
}

function withDb(read) {
  const db = new Database(benchDbFile, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

async function startServers() {
  const [appPort, floorPort] = [await freePort(), await freePort()];
  const appEnv = {
    ...process.env,
    NODE_ENV: "production",
    // Demo mode: production mode would demand SMTP_URL and APP_URL. Without SMTP_URL nothing is sent anywhere.
    CHEVRONNE_MODE: "demo",
    HOST: "127.0.0.1",
    PORT: String(appPort),
    DATABASE_URL: benchDatabaseUrl,
    SESSION_SECRET: randomBytes(32).toString("hex"),
    OUTBOX_POLL_MS: "60000",
    BENCH_PAGES: "on",
  };
  delete appEnv.SMTP_URL;
  const app = startProcess("app", process.execPath, [serverScript], appEnv);
  // NODE_ENV=production: React's development build would make the floor several times slower.
  const floor = startProcess("floor", process.execPath, ["--import", "tsx", "scripts/bench/floor-server.tsx"], {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(floorPort),
  });
  const servers = { app: { url: `http://127.0.0.1:${appPort}`, child: app }, floor: { url: `http://127.0.0.1:${floorPort}`, child: floor } };
  await Promise.all(Object.values(servers).map(({ url, child }) => waitForHttp(`${url}/`, child)));
  return servers;
}

/** Signs the bench candidate in through the real password form, as a browser without JavaScript would. */
async function signIn(app) {
  const form = new URLSearchParams({ intent: "password", email: benchUser.email, password: benchUser.password, redirectTo: "/missions/for-you" });
  const response = await request(`${app}/signin?index`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
  const cookie = (response.headers["set-cookie"] ?? [])
    .map((header) => header.split(";")[0])
    .find((pair) => pair.startsWith("chevronne_session="));
  if (!cookie) throw new Error(`signing in through POST /signin failed (HTTP ${response.status}, no session cookie)`);
  return cookie;
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
    const said = child.stderrTail.split("\n").filter((line) => line.trim() && !/^\s+at /.test(line)).slice(0, 6).join("\n    ");
    return `${page.name} (${page.path}) answered HTTP ${status}; the server logged:\n    ${said}`;
  }
  if (isList && cards === 0) return `${page.name} (${page.path}) shows no mission card`;
  console.log(`  ${page.name.padEnd(9)} ${page.path}: ${kilobytes.toFixed(0)} KB${isList ? `, ${cards} cards` : ""}`);
  return null;
}

function searchSqlTimings() {
  const result = spawnSync(tsx, ["scripts/bench/search-sql.ts"], {
    cwd: root,
    env: { ...process.env, BENCH_SEARCH_RUNS: String(searchRuns) },
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`scripts/bench/search-sql.ts failed (exit ${result.status ?? result.signal})`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

function floorRate(rows, connections) {
  return rows.find((row) => row.page === "floor" && row.connections === connections).requestsPerSecond;
}

function printTable(rows) {
  const header = ["page", "connections", "requests/s", "vs floor", "p50 ms", "p99 ms", "non-2xx", "errors"];
  const lines = rows.map((row) => [
    row.page,
    String(row.connections),
    row.requestsPerSecond.toFixed(0),
    `${((row.requestsPerSecond / floorRate(rows, row.connections)) * 100).toFixed(0)} %`,
    row.p50?.toFixed(0) ?? "-",
    row.p99?.toFixed(0) ?? "-",
    String(row.non2xx),
    String(row.errors),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column].length)));
  const format = (cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  ");
  console.log(`\n${format(header)}\n${widths.map((width) => "-".repeat(width)).join("  ")}`);
  for (const line of lines) console.log(format(line));
}

function printSearchSql(sql) {
  console.log(`\nsearchMissions alone, ${sql.runs} varied searches: p50 ${sql.p50} ms, p95 ${sql.p95} ms, p99 ${sql.p99} ms, max ${sql.max} ms`);
  for (const { ms, query } of sql.slowest) console.log(`  slowest: ${ms} ms  ${query}`);
}

function printTargets(rows, sql) {
  const search = (connections) => rows.find((row) => row.page === "search" && row.connections === connections);
  const lines = connectionCounts.map((connections) => {
    const share = search(connections) && search(connections).requestsPerSecond / floorRate(rows, connections);
    return [
      `search requests/s >= ${targets.searchShareOfFloor * 100} % of the floor at ${connections} connections`,
      share === undefined ? undefined : `${(share * 100).toFixed(0)} %`,
      share >= targets.searchShareOfFloor,
    ];
  });
  // No answer completed during the run: a miss, shown as such.
  const searchP99 = search(50)?.p99;
  const p99Figure = search(50) && (searchP99 === null ? "none answered" : `${searchP99.toFixed(0)} ms`);
  lines.push([`search page p99 <= ${targets.searchP99Ms} ms at 50 connections`, p99Figure, searchP99 !== null && searchP99 <= targets.searchP99Ms]);
  lines.push([`search SQL p99 <= ${targets.searchSqlP99Ms} ms`, `${sql.p99} ms`, sql.p99 <= targets.searchSqlP99Ms]);
  const framework = rows.find((row) => row.page === "framework" && row.connections === 50);
  if (framework) {
    const share = ((framework.requestsPerSecond / floorRate(rows, 50)) * 100).toFixed(0);
    console.log(`\nThe framework floor (the same cards from memory, through Remix, React and the layout) is ${share} % of the floor at 50 connections:`);
    console.log("no page of the app can go above it (docs/decisions/0009-production-server.md).");
  }
  console.log("\nTargets");
  const width = Math.max(...lines.map(([label]) => label.length));
  const figureWidth = Math.max(...lines.map(([, figure]) => (figure ?? "-").length));
  for (const [label, figure, pass] of lines) {
    const verdict = figure === undefined ? "NOT MEASURED" : pass ? "PASS" : "MISS";
    console.log(`  ${label.padEnd(width)}  ${(figure ?? "-").padStart(figureWidth)}  ${verdict}`);
  }
}
