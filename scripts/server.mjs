// The production server: node:http in front of the built Remix app and its static files, in one process per core.
// It does what remix-serve did (compression, long-lived caching of fingerprinted assets) with less work per request:
// the static files are listed once at start-up instead of looked up on disk for every page, and no request log
// line is formatted for every hit (docs/decisions/0009-production-server.md).
//
// Run after `npm run build`: PORT, HOST (all interfaces when unset), SERVER_PROCESSES (one per core when unset)
// and the app's own variables.
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler, installGlobals } from "@remix-run/node";
import { createRequestListener } from "@remix-run/node-fetch-server";
import compression from "compression";
import sirv from "sirv";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const processCount = Number(process.env.SERVER_PROCESSES ?? os.availableParallelism());
const address = `http://${host ?? "localhost"}:${port}`;

if (cluster.isPrimary && processCount > 1) {
  superviseProcesses();
} else {
  await serve();
}

/**
 * Node.js runs JavaScript on one core: one server process per core lets pages render side by side. They share the
 * port (the primary hands out connections) and the database; each keeps its own search index, which follows the
 * missions' change log. Only the first runs the background jobs, so each email, alert and reminder goes out once.
 */
function superviseProcesses() {
  const roles = new Map();
  let listening = 0;
  let stopping = false;
  const start = (backgroundJobs) => {
    const worker = cluster.fork({ BACKGROUND_JOBS: backgroundJobs ? "on" : "off" });
    roles.set(worker.id, { backgroundJobs, listening: false });
  };
  for (let index = 0; index < processCount; index++) start(index === 0);
  cluster.on("listening", (worker) => {
    roles.get(worker.id).listening = true;
    listening += 1;
    if (listening === processCount) console.log(`[chevronne] listening on ${address} (${processCount} processes)`);
  });
  cluster.on("exit", (worker, code, signal) => {
    const role = roles.get(worker.id);
    roles.delete(worker.id);
    if (stopping) {
      if (roles.size === 0) process.exit(0);
      return;
    }
    // one that never started (a broken build, a port in use) would fail again: stop with its code
    if (!role.listening) process.exit(code || 1);
    console.error(`[chevronne] a server process stopped (${code ?? signal}); starting another`);
    start(role.backgroundJobs);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
      setTimeout(() => process.exit(0), 5000).unref();
    });
  }
}

async function serve() {
  installGlobals({ nativeFetch: true });
  const build = await import(pathToFileURL(path.join(root, "build", "server", "index.js")).href);
  const handleRemix = createRequestHandler(build, "production");

  /** Hashed file names under /assets/ never change; the rest (favicon) may, so browsers check again after an hour. */
  const serveStatic = sirv(path.join(root, "build", "client"), {
    etag: true,
    setHeaders(response, pathname) {
      const fingerprinted = pathname.startsWith(`${build.publicPath}assets/`);
      response.setHeader("Cache-Control", fingerprinted ? "public, max-age=31536000, immutable" : "public, max-age=3600");
    },
  });

  const handlePage = createRequestListener((request) => handleRemix(request), {
    onError(error) {
      console.error(error);
    },
  });

  /** HTML pages are 20 to 45 KB: gzip takes them to a fifth for those on slow connections. */
  const compress = compression();

  const server = http.createServer((request, response) => {
    compress(request, response, () => serveStatic(request, response, () => handlePage(request, response)));
  });

  server.listen(port, host, () => {
    if (cluster.isPrimary) console.log(`[chevronne] listening on ${address}`);
  });

  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeIdleConnections();
      // keep-alive connections in use get a moment to finish their answer
      setTimeout(() => process.exit(0), 3000).unref();
    });
  }
}
