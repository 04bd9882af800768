// `npm test`: installs what the checks need, then type-checks, lints, runs Vitest and Playwright, and ends with
// one line of counts. Exits non-zero when anything fails.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsStale, ensureDependencies, ensurePrismaClient, root, step } from "./lib.mjs";
import { startDisposablePostgres } from "./postgres.mjs";

const tmp = path.join(root, "tests", ".tmp");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

function ensureChromium() {
  const wanted = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (fs.existsSync(wanted)) return wanted;
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    console.error(
      `\nThe browser tests need Chromium and none was found at ${wanted}.\n` +
        "Install it (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
    process.exit(1);
  }
  step("Installing Chromium from Debian's packages (about a minute)");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const result = spawnSync("apt-get", args, {
      stdio: "inherit",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    });
    if (result.status !== 0) {
      console.error("\nCould not install Chromium with apt-get. Install it by hand or set CHROMIUM_PATH.");
      process.exit(1);
    }
  }
  return wanted;
}

const checks = [];
function check(name, command, args, env = {}) {
  step(name);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  checks.push({ name, ok: result.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

/**
 * Runs several checks at once (tsc and eslint are each one core's work, and the machine has two; the build needs
 * nothing Vitest uses). The output of one marked `live` shows as it comes; the others' is printed in one piece
 * when each ends, so that outputs do not mix.
 */
async function checksTogether(list) {
  step(list.map(({ name }) => name).join(", "));
  await Promise.all(
    list.map(
      ({ name, command, args, live = false }) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(command, args, { cwd: root, env: process.env, stdio: live ? "inherit" : "pipe" });
          const output = [];
          child.stdout?.on("data", (chunk) => output.push(chunk));
          child.stderr?.on("data", (chunk) => output.push(chunk));
          child.on("close", (code) => {
            if (output.length > 0) process.stdout.write(`\n--- ${name} ---\n${Buffer.concat(output)}`);
            checks.push({ name, ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
            resolve();
          });
        }),
    ),
  );
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

ensureDependencies();
const chromium = ensureChromium();
ensurePrismaClient();
fs.mkdirSync(tmp, { recursive: true });
for (const report of ["vitest.json", "playwright.json"]) fs.rmSync(path.join(tmp, report), { force: true });

/** One PostgreSQL server for the whole run, shared by Vitest and the browser tests, unless TEST_DATABASE_URL names one. */
async function testDatabaseServer() {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  step("Starting a PostgreSQL server for the tests");
  const server = await startDisposablePostgres("test");
  return { url: server.url("postgres"), stop: server.stop };
}

const database = await testDatabaseServer();
process.env.TEST_DATABASE_URL = database.url;

await checksTogether([
  { name: "Type-checking (tsc)", command: bin("tsc"), args: ["--noEmit"] },
  { name: "Linting (eslint)", command: bin("eslint"), args: ["--max-warnings=0", "."] },
  // under a second: no two capability folders of app/modules may use each other (decision 0034)
  {
    name: "Capability layering",
    command: process.execPath,
    args: [path.join(root, "scripts", "check-capabilities.mjs")],
  },
]);
const vitestCheck = {
  name: "Unit and integration tests (vitest)",
  command: bin("vitest"),
  args: ["run", "--reporter=default", "--reporter=json", `--outputFile=${path.join(tmp, "vitest.json")}`],
  live: true,
};
// one format for every file (.prettierrc.json: 120 columns; `npm run format` writes it): beside Vitest, which mostly
// waits on PostgreSQL, rather than beside tsc and eslint, which keep both cores busy
const formatCheck = { name: "Formatting (prettier)", command: bin("prettier"), args: ["--check", "."] };
const build = { name: "Build", command: bin("remix"), args: ["vite:build"] };
await checksTogether(buildIsStale() ? [vitestCheck, formatCheck, build] : [vitestCheck, formatCheck]);
check("Browser tests (playwright)", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium });

await database.stop();

const vitest = readJson(path.join(tmp, "vitest.json"));
const playwright = readJson(path.join(tmp, "playwright.json"));
const counts = { passed: 0, failed: 0, skipped: 0 };
if (vitest) {
  counts.passed += vitest.numPassedTests;
  counts.failed += vitest.numFailedTests;
  counts.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
}
if (playwright) {
  counts.passed += playwright.stats.expected + playwright.stats.flaky;
  counts.failed += playwright.stats.unexpected;
  counts.skipped += playwright.stats.skipped;
}
// A check that is not a test runner (tsc, eslint, build) counts as one failure when it fails.
const runners = new Set(["Unit and integration tests (vitest)", "Browser tests (playwright)"]);
counts.failed += checks.filter((c) => !c.ok && !runners.has(c.name)).length;
if (!vitest || !playwright) counts.failed += 1;
const anyFailed = counts.failed > 0 || checks.some((c) => !c.ok);

console.log("\nChecks:");
for (const c of checks) console.log(`  ${c.ok ? "ok    " : "FAILED"} ${c.name}${c.seconds ? ` (${c.seconds} s)` : ""}`);
if (!vitest || !playwright) console.log("  FAILED a test report is missing: a runner did not finish");
console.log(`Total: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(anyFailed ? 1 : 0);
