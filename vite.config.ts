import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import { securityHeadersMiddleware } from "./app/modules/security/headers.server.mjs";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

/** The dev server sends the security headers that scripts/server.mjs sends in production (docs/decisions/0013). */
function securityHeaders(): Plugin {
  return {
    name: "chevronne-security-headers",
    configureServer(server) {
      server.middlewares.use(securityHeadersMiddleware({ production: process.env.CHEVRONNE_MODE === "production" }));
    },
  };
}

type ServerBuildEntry = {
  entry: { module: { refuseBeforeRoutes(request: Request): Promise<Response | null>; startBackgroundWork(): void } };
};

/**
 * The dev server refuses methods no page takes and writes from other sites as scripts/server.mjs does: the same call,
 * reached through the server build, before any route runs (app/modules/request-gate/request-gate.server.ts).
 */
function requestGate(): Plugin {
  return {
    name: "chevronne-request-gate",
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.method === "GET" || request.method === "HEAD") return next();
        const headers = new Headers();
        for (const [name, value] of Object.entries(request.headers))
          if (value !== undefined) headers.set(name, String(value));
        (server.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuildEntry>)
          .then((build) => {
            const asked = new Request(new URL(request.url ?? "/", `http://${request.headers.host ?? "localhost"}`), {
              method: request.method,
              headers,
            });
            return build.entry.module.refuseBeforeRoutes(asked);
          })
          .then(async (refusal) => {
            if (!refusal) return next();
            response.statusCode = refusal.status;
            refusal.headers.forEach((value, name) => response.setHeader(name, value));
            response.end(Buffer.from(await refusal.arrayBuffer()));
          })
          .catch(next);
      });
    },
  };
}

/**
 * The dev server starts the background work as scripts/server.mjs does: by calling the server build's
 * startBackgroundWork(), never through an import (decision 0033). As before, when the first request loads the build,
 * and not under Vitest (NODE_ENV=test), whose dev servers (tests/support/dev-server.ts) share the test's database.
 */
function backgroundWork(): Plugin {
  return {
    name: "chevronne-background-work",
    configureServer(server) {
      if (process.env.NODE_ENV === "test") return;
      let started = false;
      server.middlewares.use((_request, _response, next) => {
        if (!started) {
          started = true;
          (server.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuildEntry>)
            .then((build) => build.entry.module.startBackgroundWork())
            .catch((error: unknown) => {
              started = false; // a build that failed to load is tried again at the next request
              console.error(
                "[jobs] the background work did not start:",
                error instanceof Error ? error.message : error,
              );
            });
        }
        next();
      });
    },
  };
}

/**
 * In the browser build, the dictionaries module is the one that holds only the page's language and loads it
 * (app/modules/i18n/dictionaries/browser.ts): the server keeps both languages (decision 0028).
 */
function browserDictionaries(): Plugin {
  const serverModule = path.resolve("app/modules/i18n/dictionaries/all.ts");
  const browserModule = path.resolve("app/modules/i18n/dictionaries/browser.ts");
  return {
    name: "chevronne-browser-dictionaries",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options?.ssr || !source.endsWith("dictionaries/all")) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === serverModule ? browserModule : null;
    },
  };
}

export default defineConfig({
  plugins: [
    browserDictionaries(),
    securityHeaders(),
    requestGate(),
    backgroundWork(),
    tailwindcss(),
    remix({
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
    tsconfigPaths(),
  ],
  server: { port: 3000 },
});
