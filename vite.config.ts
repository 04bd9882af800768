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

export default defineConfig({
  plugins: [
    securityHeaders(),
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
