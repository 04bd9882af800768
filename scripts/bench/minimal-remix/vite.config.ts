// The bench's minimal Remix app (issue 14, item 1): the same Remix and React as the app, the same future flags, one
// route, no layout, no data access. Built by scripts/bench/run.mjs with `remix vite:build scripts/bench/minimal-remix`
// into scripts/bench/minimal-remix/build (git-ignored), served by server.mjs.
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [
    remix({
      appDirectory: "app",
      buildDirectory: "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        v3_lazyRouteDiscovery: true,
      },
    }),
  ],
  logLevel: "warn",
});
