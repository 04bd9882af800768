// Caching on the production server (scripts/server.mjs, gzip in front of the app), as a browser meets it
// (docs/decisions/0027-http-caching.md): an anonymous public page is shared with a weak validator that survives
// compression and answers 304; once signed in, the same page is private, no-store. The rules themselves, and a shared
// cache in front of the app, are in tests/integration/http-caching.test.ts.
import { expect, test } from "@playwright/test";
import { demo, signInWithPassword } from "../support/e2e-helpers";

test("an anonymous public page is shared with a validator, gzip or not, and answers 304 to it", async ({ request }) => {
  const compressed = await request.get("/missions", { headers: { "Accept-Encoding": "gzip" } });
  expect(compressed.headers()["content-encoding"]).toBe("gzip");
  expect(compressed.headers()["cache-control"]).toBe("public, max-age=30, stale-while-revalidate=30");
  expect(compressed.headers()["vary"]).toMatch(/Cookie/);
  const validator = compressed.headers()["etag"];
  expect(validator).toMatch(/^W\/"/);
  const plain = await request.get("/missions", { headers: { "Accept-Encoding": "identity" } });
  expect(plain.headers()["etag"]).toBe(validator);
  const notModified = await request.get("/missions", {
    headers: { "Accept-Encoding": "gzip", "If-None-Match": validator },
  });
  expect(notModified.status()).toBe(304);
  expect((await notModified.body()).byteLength).toBe(0);
  // the security floor stays
  expect(notModified.headers()["x-content-type-options"]).toBe("nosniff");
});

test("the same page signed in is private, no-store, with no validator", async ({ page }) => {
  await signInWithPassword(page, demo.candidate);
  const response = await page.goto("/missions");
  expect(response?.headers()["cache-control"]).toBe("private, no-store");
  expect(response?.headers()["etag"]).toBeUndefined();
  const data = await page.request.get("/missions.data");
  expect(data.headers()["cache-control"]).toBe("private, no-store");
});
