// The production server: node:http in front of the built Remix app and its static files, in one process.
// It does what remix-serve did (compression, long-lived caching of fingerprinted assets) with less work per request:
// the static files are listed once at start-up instead of looked up on disk for every page, and no request log
// line is formatted for every hit (docs/decisions/0009-production-server.md).
//
// One process on purpose: Prisma's SQLite adapter opens transactions with a deferred BEGIN, and across processes a
// transaction that reads before it writes can fail outright when another process wrote in between (see 0009).
//
// Run after `npm run build`: PORT, HOST (all interfaces when unset) and the app's own variables.
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler, installGlobals } from "@remix-run/node";
import { createRequestListener } from "@remix-run/node-fetch-server";
import compression from "compression";
import sirv from "sirv";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;
const address = `http://${host ?? "localhost"}:${port}`;

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
  console.log(`[chevronne] listening on ${address}`);
});

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // keep-alive connections in use get a moment to finish their answer
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
