// Kept apart from vite.config.ts so that the Remix plugin is not loaded under tests.
import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/integration/**/*.test.{ts,tsx}"],
    globalSetup: ["tests/support/vitest-global-setup.ts"],
    setupFiles: ["tests/support/vitest-database.ts"],
    pool: "forks",
    // Vitest's default on two cores is one file at a time; the files mostly wait on PostgreSQL, SMTP and scrypt,
    // so three at once took the run from 460 s to 142 s here, with every file on its own database
    maxWorkers: 3,
    testTimeout: 20_000,
  },
});
