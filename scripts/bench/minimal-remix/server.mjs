// Serves the built minimal Remix app (scripts/bench/minimal-remix/build) as scripts/server.mjs serves the app, without
// what the app adds around Remix (security headers, compression, static files, the request gate): node:http,
// @remix-run/node-fetch-server and Remix's createRequestHandler. The cards are read once, here, before listening.
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler, installGlobals } from "@remix-run/node";
import { createRequestListener } from "@remix-run/node-fetch-server";
import { cardsById, newestCards } from "../cards-query.mjs";
import { benchDatabaseUrl } from "../settings.mjs";

installGlobals({ nativeFetch: true });
const here = path.dirname(fileURLToPath(import.meta.url));
const build = await import(pathToFileURL(path.join(here, "build", "server", "index.js")).href);
const handleRemix = createRequestHandler(build, "production");
const newest = await newestCards(benchDatabaseUrl(), 50);
const searchIds = (process.env.BENCH_CARD_IDS ?? "").split(",").filter(Boolean);
const cards = {
  newest,
  search: searchIds.length > 0 ? await cardsById(benchDatabaseUrl(), searchIds) : newest.slice(0, 20),
};

const server = http.createServer(
  createRequestListener((request) => handleRemix(request, { cards }), {
    onError(error) {
      console.error(error);
    },
  }),
);
server.listen(Number(process.env.PORT), "127.0.0.1", () =>
  console.log(`minimal Remix server ready on port ${process.env.PORT}`),
);
