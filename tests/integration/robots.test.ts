// /robots.txt through the whole stack (the dev server: Remix's routing of `robots[.]txt.ts`, the server's headers).
import { afterAll, beforeAll, expect, it } from "vitest";
import { env } from "~/env.server";
import { robotsTxt } from "~/modules/seo/robots";
import { startDevServer, type DevServer } from "../support/dev-server";

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer();
}, 60_000);
afterAll(() => server?.close());

it("answers /robots.txt as plain text for anyone", async () => {
  const response = await fetch(`${server.url}/robots.txt`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
  expect(await response.text()).toBe(robotsTxt(env.appUrl));
});
