// The production server (scripts/server.mjs) as browsers meet it: the end-to-end server runs it with one process
// per core, as `npm start` does.
import { expect, request as httpClient, test } from "@playwright/test";
import { demo, signInWithPassword } from "../support/e2e-helpers";

test("pages are compressed for browsers that accept it, and only fingerprinted files are cached for good", async ({ request }) => {
  const compressed = await request.get("/missions", { headers: { "Accept-Encoding": "gzip" } });
  expect(compressed.status()).toBe(200);
  expect(compressed.headers()["content-encoding"]).toBe("gzip");

  const plain = await request.get("/missions", { headers: { "Accept-Encoding": "identity" } });
  const html = await plain.text();
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  // the page is sent whole, with its length
  expect(Number(plain.headers()["content-length"])).toBe(Buffer.byteLength(html));
  expect(html).toContain("</html>");

  const stylesheet = html.match(/href="(\/assets\/[^"]+\.css)"/)?.[1];
  expect(stylesheet).toBeDefined();
  const asset = await request.get(stylesheet!);
  expect(asset.status()).toBe(200);
  expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

  const icon = await request.get("/favicon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["cache-control"]).toBe("public, max-age=3600");
});

test("a session opened through one server process is recognised by every other", async ({ page, baseURL }) => {
  await signInWithPassword(page, demo.candidate);
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  // Each client opens its own connection, and the primary process hands connections to the processes in turn:
  // six of them reach every process of a two-core machine several times.
  for (let attempt = 0; attempt < 6; attempt++) {
    const client = await httpClient.newContext({ baseURL, extraHTTPHeaders: { cookie } });
    const account = await client.get("/account", { maxRedirects: 0 });
    expect(account.status(), `connection ${attempt + 1}`).toBe(200);
    await client.dispose();
  }
  // and without the cookie, the same page asks to sign in
  const stranger = await httpClient.newContext({ baseURL });
  expect((await stranger.get("/account", { maxRedirects: 0 })).status()).toBe(302);
  await stranger.dispose();
});

test("the benchmark's framework page does not exist outside the benchmark", async ({ request }) => {
  expect((await request.get("/bench/cards")).status()).toBe(404);
});
