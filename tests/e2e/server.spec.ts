// The production server (scripts/server.mjs) as browsers meet it: the end-to-end server runs it as `npm start` does.
import http from "node:http";
import { expect, test } from "@playwright/test";

test("pages are compressed for browsers that accept it, and only fingerprinted files are cached for good", async ({
  request,
}) => {
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

test("the benchmark's framework page does not exist outside the benchmark", async ({ request }) => {
  expect((await request.get("/bench/cards")).status()).toBe(404);
});

test("a method the Fetch API cannot carry (TRACE) is answered 405 with the methods allowed, not a server error", async ({
  baseURL,
}) => {
  const { status, allow } = await new Promise<{ status?: number; allow?: string }>((resolve, reject) => {
    const asked = http.request(new URL("/signin", baseURL), { method: "TRACE" }, (answer) => {
      answer.resume();
      resolve({ status: answer.statusCode, allow: answer.headers.allow });
    });
    asked.on("error", reject);
    asked.end();
  });
  expect(status).toBe(405);
  expect(allow).toBe("GET, HEAD, POST");
});
