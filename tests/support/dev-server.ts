// The app as `npm run dev` serves it (Vite with vite.config.ts: the Remix plugin and our own server plugins), started
// in the test's process on a free port, so that tests send real HTTP requests through the whole stack: the server's
// checks, Remix's routing, the actions, the error pages. It uses the test file's database (DATABASE_URL) and
// APP_URL (http://chevronne.test); background jobs do not start under Vitest (vite.config.ts, backgroundWork).
import { createServer } from "vite";
import { repoRoot } from "./paths";

export type DevServer = { url: string; close: () => Promise<void> };

export async function startDevServer(): Promise<DevServer> {
  const server = await createServer({
    root: repoRoot,
    configFile: `${repoRoot}/vite.config.ts`,
    logLevel: "error",
    // fs.strict off: a checkout whose node_modules is a link elsewhere still serves Remix's own entry files
    server: { host: "127.0.0.1", port: 0, hmr: false, watch: null, fs: { strict: false } },
    // the tests ask for pages, never for browser modules: no scan of the client's dependencies (closed with the
    // server before it ended, the scan printed "The build was canceled" in the test output)
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === "string") throw new Error("the dev server is not listening");
  const url = `http://127.0.0.1:${address.port}`;
  // the first request builds every route's modules (seconds on a busy machine): pay it here, not in a test's time
  await (await fetch(`${url}/`)).text();
  return { url, close: () => server.close() };
}

/** The language cookie as the server writes it (Remix cookies hold base64 JSON). */
export function languageCookie(lang: "fr" | "en"): string {
  return `chevronne_lang=${encodeURIComponent(Buffer.from(JSON.stringify(lang)).toString("base64"))}`;
}
