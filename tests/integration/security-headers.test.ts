// Security headers on every kind of response (issue 11, item 5), read from a real running server: the Vite dev
// server that `npm run dev` runs, with the project's vite.config.ts, in this process. Pages, `.data`, static files,
// downloads, images, the dev mailbox, errors, 404s, 429s and redirects all carry the floor of headers; pages carry
// a policy with a fresh nonce that every script of theirs bears; people's files are sandboxed. The production
// server (scripts/server.mjs) adds the same floor through the same module; tests/e2e/csp.spec.ts reads it there.
import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { createLimiters, limits } from "~/modules/security/limits.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startDevServer, type DevServer } from "../support/dev-server";

/** The directives of a Content-Security-Policy header, each with its sources. */
function directives(policy: string | null): Map<string, string[]> {
  expect(policy, "Content-Security-Policy header").toBeTruthy();
  return new Map(
    policy!
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The headers every response carries, whatever it is. */
function expectFloor(response: Response, { production = false } = {}) {
  const headers = response.headers;
  expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(headers.get("Referrer-Policy")).toBe("same-origin");
  expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
  expect(headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
  const permissions = headers.get("Permissions-Policy") ?? "";
  for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"])
    expect(permissions).toContain(`${feature}=()`);
  if (production) expect(headers.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
  else expect(headers.get("Strict-Transport-Security")).toBeNull();
  // one policy only: two would both be enforced, and the stricter floor would block the page's own scripts
  expect(headers.get("Content-Security-Policy")).not.toContain(",");
}

/** A policy that lets nothing run or load: for answers that are not pages (data, files, redirects). */
function expectLockedDown(response: Response) {
  const policy = directives(response.headers.get("Content-Security-Policy"));
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
}

/**
 * A page's policy: scripts only by this response's nonce (and what they load), nothing else of note allowed. A public
 * page's address (decision 0037) carries no script at all, even when it answers an error.
 */
async function expectPage(response: Response, { runsScripts = true } = {}): Promise<string> {
  expectFloor(response);
  expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
  const policy = directives(response.headers.get("Content-Security-Policy"));
  const scriptSources = policy.get("script-src") ?? [];
  expect(scriptSources).toContain("'strict-dynamic'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  const nonces = scriptSources.filter((source) => source.startsWith("'nonce-"));
  expect(nonces).toHaveLength(1);
  const nonce = nonces[0].slice("'nonce-".length, -1);
  expect(Buffer.from(nonce, "base64").byteLength).toBeGreaterThanOrEqual(16);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  for (const name of ["default-src", "style-src", "img-src", "connect-src", "font-src"])
    expect(policy.has(name), name).toBe(true);
  expect(policy.get("img-src")).not.toContain("*");
  expect(policy.get("connect-src")).toEqual(["'self'"]);

  const html = await response.text();
  // every script the page runs bears the nonce (JSON-LD data blocks are not run and need none)
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((match) => match[1])
    .filter((attributes) => !/type="application\/ld\+json"/.test(attributes));
  if (runsScripts) expect(scripts.length).toBeGreaterThan(0);
  else expect(scripts).toEqual([]);
  for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
  // no style attribute: the policy refuses inline styles
  expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
  return nonce;
}

/**
 * A page a shared cache may keep (anonymous, public: docs/decisions/0027-http-caching.md): no nonce, which every
 * visitor given the copy would know. It runs no script (decision 0037): none is allowed, or only its data blocks
 * (a mission's JSON-LD), each by its hash.
 */
async function expectSharedPage(response: Response) {
  expectFloor(response);
  expect(response.headers.get("Cache-Control")).toMatch(/^public, /);
  const policy = directives(response.headers.get("Content-Security-Policy"));
  const scriptSources = policy.get("script-src") ?? [];
  expect(scriptSources.filter((source) => source.startsWith("'nonce-"))).toEqual([]);
  for (const source of scriptSources) expect(source).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$|^'strict-dynamic'$|^'none'$/);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  expect(policy.get("form-action")).toEqual(["'self'"]);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.filter(([, attributes]) => !/type="application\/ld\+json"/.test(attributes))).toEqual([]);
  expect(html).not.toContain('rel="modulepreload"');
  if (scripts.length === 0) expect(scriptSources).toEqual(["'none'"]);
  for (const [, , text] of scripts) {
    expect(scriptSources).toContain(`'sha256-${createHash("sha256").update(text).digest("base64")}'`);
  }
  expect(html).not.toMatch(/<[a-z][^>]*\sstyle="/i);
}

/** A person's file: sandboxed (no script, no form, no plugin, an origin of its own), never sniffed into HTML. */
function expectSandboxed(response: Response) {
  expectFloor(response);
  const policy = directives(response.headers.get("Content-Security-Policy"));
  expect(policy.get("sandbox")).toEqual([]);
  expect(policy.get("default-src")).toEqual(["'none'"]);
  expect(policy.get("object-src")).toEqual(["'none'"]);
  expect(policy.get("base-uri")).toEqual(["'none'"]);
  expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
}

let dev: DevServer;
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${dev.url}${path}`, { headers, redirect: "manual" });
const post = (path: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${dev.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(body),
    headers: { Origin: dev.url, "Sec-Fetch-Site": "same-origin", ...headers },
    redirect: "manual",
  });

beforeAll(async () => {
  dev = await startDevServer();
}, 60_000);

afterAll(async () => {
  await dev?.close();
});

describe("pages", () => {
  it("carry the page policy with a nonce that every script bears, a fresh one each time", async () => {
    await createEmployerWithMission();
    const { user } = await createCandidate("nonce@exemple.ca");
    const cookie = (await createSession(user.id)).split(";")[0];
    const first = await expectPage(await get("/dashboard", { Cookie: cookie }));
    const second = await expectPage(await get("/dashboard", { Cookie: cookie }));
    // a public page signed in: private, its own nonce, and no script
    await expectPage(await get("/missions", { Cookie: cookie }), { runsScripts: false });
    expect(second).not.toBe(first);
  }, 60_000);

  it("the sign-in page too; anonymous public pages (home, search, a mission with its JSON-LD), shared, by hashes", async () => {
    const { mission } = await createEmployerWithMission();
    await expectPage(await get("/signin"));
    for (const path of ["/", "/missions", `/missions/${mission.id}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      await expectSharedPage(response);
    }
  }, 60_000);

  it("a signed-in candidate's profile page (its progress bar) has no inline style", async () => {
    const { user } = await createCandidate("profil@exemple.ca");
    const response = await get("/profile", { Cookie: await createSession(user.id) });
    expect(response.status).toBe(200);
    await expectPage(response);
  }, 60_000);

  it("a 404 page, error pages and a 429 page", async () => {
    const missing = await get("/nulle-part");
    expect(missing.status).toBe(404);
    await expectPage(missing);

    // a POST where no action exists: Remix draws its error page
    const refused = await post("/missions", { anything: "1" });
    expect(refused.status).toBe(405);
    await expectPage(refused, { runsScripts: false });

    // an address that cannot be decoded fails before any page is drawn
    const broken = await get("/employers/%E0%A4%A");
    expect(broken.status).toBeGreaterThanOrEqual(400);
    expectFloor(broken);
    expectLockedDown(broken);

    // this client has used up its sign-in emails (the dev server hands no address: its client is "local")
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    const limiters = createLimiters(pool);
    for (let index = 0; index < limits.signInEmailsPerClient.points; index++)
      await limiters.take("signInEmailsPerClient", "local");
    await pool.end();
    const tooMany = await post("/signin?index", { intent: "link", email: "trop@exemple.ca" });
    expect(tooMany.status).toBe(429);
    await expectPage(tooMany);
  }, 60_000);
});

describe("answers that are not pages", () => {
  it("single-fetch data (.data) is locked down", async () => {
    const response = await get("/missions.data");
    expect(response.status).toBe(200);
    expectFloor(response);
    expectLockedDown(response);
  }, 60_000);

  it("a redirect is locked down", async () => {
    const response = await get("/account");
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toMatch(/^\/signin/);
    expectFloor(response);
    expectLockedDown(response);
  }, 60_000);

  it("static files are locked down", async () => {
    const favicon = await get("/favicon.svg");
    expect(favicon.status).toBe(200);
    expectFloor(favicon);
    expectLockedDown(favicon);

    const page = await (await get("/signin")).text();
    const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page)?.[1];
    expect(stylesheet).toBeTruthy();
    const css = await get(stylesheet!);
    expect(css.status).toBe(200);
    expectFloor(css);
    expectLockedDown(css);
  }, 60_000);
});

describe("people's files", () => {
  it("a CV download is sandboxed", async () => {
    const { mission } = await createEmployerWithMission();
    const { user, profile } = await createCandidate("cv@exemple.ca");
    const pdf = Buffer.from("%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n");
    const file = await db.storedFile.create({
      data: {
        ownerId: user.id,
        content: pdf,
        originalName: "cv.pdf",
        contentType: "application/pdf",
        size: pdf.byteLength,
      },
    });
    const application = await db.application.create({
      data: { missionId: mission.id, candidateId: profile.id, cvFileId: file.id },
    });
    const response = await get(`/applications/${application.id}/cv`, { Cookie: await createSession(user.id) });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment;/);
    expectSandboxed(response);
  }, 60_000);

  it("an employer's image is sandboxed", async () => {
    const { employer } = await createEmployerWithMission();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const image = await db.storedFile.create({
      data: {
        ownerId: employer.id,
        content: png,
        originalName: "logo.png",
        contentType: "image/png",
        size: png.byteLength,
        isPublic: true,
      },
    });
    const response = await get(`/images/${image.id}`);
    expect(response.status).toBe(200);
    expectSandboxed(response);
  }, 60_000);

  it("the dev mailbox shows an email's HTML sandboxed, without scripts, and its attachments sandboxed", async () => {
    const raw = [
      "From: bonjour@chevronne.localhost",
      "To: rita@exemple.ca",
      "Subject: Essai",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/html; charset=utf-8",
      "",
      '<p style="color:red">Bonjour</p><script>alert(1)</script>',
      "--b",
      "Content-Type: text/html; charset=utf-8",
      'Content-Disposition: attachment; filename="piece.html"',
      "",
      "<script>alert(2)</script>",
      "--b--",
      "",
    ].join("\r\n");
    const outbox = await db.outboxEmail.create({
      data: {
        messageId: "<essai@chevronne.test>",
        toAddress: "rita@exemple.ca",
        locale: "fr",
        template: "essai",
        subject: "Essai",
        text: "Bonjour",
        html: "",
        status: "sent",
      },
    });
    const message = await db.devMailMessage.create({
      data: { outboxId: outbox.id, toAddress: "rita@exemple.ca", subject: "Essai", raw },
    });

    const html = await get(`/dev/mail/${message.id}/html`);
    expect(html.status).toBe(200);
    expectFloor(html);
    const policy = directives(html.headers.get("Content-Security-Policy"));
    expect(policy.get("sandbox")).toEqual([]);
    expect(policy.get("default-src")).toEqual(["'none'"]);
    expect(policy.has("script-src")).toBe(false);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);

    const attachment = await get(`/dev/mail/${message.id}/attachments/0`);
    expect(attachment.status).toBe(200);
    expectSandboxed(attachment);

    await expectPage(await get(`/dev/mail/${message.id}`));
  }, 60_000);
});

describe("production", () => {
  it("adds HSTS for a year, with subdomains; demo mode does not", async () => {
    expect((await get("/favicon.svg")).headers.get("Strict-Transport-Security")).toBeNull();
    const saved = process.env.CHEVRONNE_MODE;
    process.env.CHEVRONNE_MODE = "production";
    const production = await startDevServer().finally(() => {
      if (saved === undefined) delete process.env.CHEVRONNE_MODE;
      else process.env.CHEVRONNE_MODE = saved;
    });
    try {
      const favicon = await fetch(`${production.url}/favicon.svg`);
      expect(favicon.status).toBe(200);
      expectFloor(favicon, { production: true });
    } finally {
      await production.close();
    }
  }, 60_000);
});
