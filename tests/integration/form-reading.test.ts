// Forms the site cannot read get a plain page in the person's language with 400, 405 or 413, never a 500, and one
// line in the log instead of a stack trace (app/modules/forms/read.server.ts). Real HTTP requests through the dev
// server: its checks, Remix's routing and error page, and the actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { startDevServer, languageCookie, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer();
}, 60_000);
afterAll(() => server?.close());

/** What the person would see: the status and the page's heading. */
type Answer = { status: number; heading: string | null; allow: string | null; location: string | null };

async function send(
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: BodyInit },
): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method: init.method ?? "POST",
    // as the site's own pages send it (the cross-site check is tests/integration/cross-site.test.ts)
    headers: { Origin: server.url, "Sec-Fetch-Site": "same-origin", ...init.headers },
    body: init.body,
    redirect: "manual",
  });
  const html = await response.text();
  const heading = html.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1] ?? null;
  return {
    status: response.status,
    heading,
    allow: response.headers.get("Allow"),
    location: response.headers.get("Location"),
  };
}

let loggedErrors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  loggedErrors = vi.spyOn(console, "error");
  return () => {
    const logged = loggedErrors.mock.calls.map((call: unknown[]) => String(call[0]).split("\n")[0]);
    loggedErrors.mockRestore();
    // a refused form is the sender's doing: nothing for the operator's log
    expect(logged).toEqual([]);
  };
});

describe("an unexpected method", () => {
  it.each(["PUT", "DELETE", "PATCH"])(
    "%s on /signin answers 405 with the methods it takes, in the person's language",
    async (method) => {
      const answer = await send("/signin?index", {
        method,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: languageCookie("en") },
        body: "intent=link&email=a%40exemple.ca",
      });
      expect(answer).toMatchObject({ status: 405, heading: "Not something this page does", allow: "GET, HEAD, POST" });
    },
  );

  it("says so in one line of the log", async () => {
    const warnings = vi.spyOn(console, "warn");
    await send("/signin?index", {
      method: "PATCH",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "intent=link",
    });
    const logged = warnings.mock.calls.map((call: unknown[]) => call.join(" "));
    warnings.mockRestore();
    expect(logged).toEqual(["[refused] method: PATCH /signin"]);
  });

  it("on a page that takes no form at all answers 405 with the same words", async () => {
    const answer = await send("/missions", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "q=jardin",
    });
    expect(answer).toMatchObject({ status: 405, heading: "Action non prévue" });
  });

  it("speaks the account's language when no cookie says otherwise, as every page does", async () => {
    const { user } = await createCandidate(`anglais.${Date.now()}@exemple.ca`, "en");
    const cookie = (await createSession(user.id)).split(";")[0];
    const answer = await send("/language", {
      method: "PUT",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: "lang=fr",
    });
    expect(answer.status).toBe(405);
    const page = await send("/signin?index", {
      method: "DELETE",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: "",
    });
    expect(page).toMatchObject({ status: 405, heading: "Not something this page does" });
  });

  it("speaks French by default", async () => {
    const answer = await send("/signin?index", {
      method: "PUT",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "intent=link",
    });
    expect(answer).toMatchObject({ status: 405, heading: "Action non prévue" });
  });
});

describe("a body that is not the form expected", () => {
  it.each([
    ["JSON", "application/json", '{"intent":"link","email":"a@exemple.ca"}'],
    ["plain text", "text/plain", "intent=link&email=a@exemple.ca"],
    ["no content type", null, "intent=link&email=a@exemple.ca"],
    [
      "multipart on a form without files",
      "multipart/form-data; boundary=x",
      '--x\r\nContent-Disposition: form-data; name="intent"\r\n\r\nlink\r\n--x--\r\n',
    ],
  ])("%s answers 400", async (_label, contentType, body) => {
    const headers: Record<string, string> = contentType ? { "Content-Type": contentType } : {};
    const answer = await send("/signin?index", { headers, body: new TextEncoder().encode(body) });
    expect(answer).toMatchObject({ status: 400, heading: "Formulaire illisible" });
  });

  it("an empty body with no content type answers 400", async () => {
    expect(await send("/language", {})).toMatchObject({ status: 400 });
  });
});

describe("the wrong encoding", () => {
  const form = { "Content-Type": "application/x-www-form-urlencoded" };
  it.each([
    [
      "a declared charset other than UTF-8",
      { "Content-Type": "application/x-www-form-urlencoded; charset=iso-8859-1" },
      "intent=link&email=caf%E9%40exemple.ca",
    ],
    ["a percent sequence that is not UTF-8", form, "intent=link&email=caf%E9%40exemple.ca"],
    ["raw bytes that are not UTF-8", form, Buffer.from("intent=link&email=caf\xe9@exemple.ca", "latin1")],
    ["a NUL", form, "intent=link&email=a%00%40exemple.ca"],
  ])("%s answers 400", async (_label, headers, body) => {
    const answer = await send("/signin?index", {
      headers,
      body: typeof body === "string" ? body : new Uint8Array(body),
    });
    expect(answer).toMatchObject({ status: 400, heading: "Caractères illisibles" });
  });
});

describe("too much", () => {
  it("a form without files past its cap answers 413", async () => {
    const answer = await send("/signin?index", {
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `intent=link&email=${"a".repeat(300 * 1024)}`,
    });
    expect(answer).toMatchObject({ status: 413, heading: "Envoi trop volumineux" });
  });
});

describe("applying to a mission (a form with a file)", () => {
  async function setUp() {
    const { user } = await createCandidate(`applique.${Date.now()}@exemple.ca`);
    const { mission } = await createEmployerWithMission();
    const cookie = (await createSession(user.id)).split(";")[0];
    return { path: `/missions/${mission.id}/apply`, cookie, missionId: mission.id };
  }

  function multipart(
    parts: { name: string; value: string | Uint8Array; filename?: string; contentType?: string }[],
    boundary = "chevronne-boundary",
  ) {
    const chunks: Buffer[] = [];
    for (const part of parts) {
      const disposition = `form-data; name="${part.name}"${part.filename === undefined ? "" : `; filename="${part.filename}"`}`;
      const type = part.contentType ? `\r\nContent-Type: ${part.contentType}` : "";
      chunks.push(
        Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`, "latin1"),
        Buffer.from(part.value),
        Buffer.from("\r\n"),
      );
    }
    chunks.push(Buffer.from(`--${boundary}--\r\n`));
    return new Uint8Array(Buffer.concat(chunks));
  }
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
  const multipartType = "multipart/form-data; boundary=chevronne-boundary";

  it("a message over 64 KB beside a CV answers 413 and applies nothing", async () => {
    const { path, cookie, missionId } = await setUp();
    const body = multipart([
      { name: "message", value: "é".repeat(40 * 1024) },
      { name: "cv", value: pdf, filename: "cv.pdf", contentType: "application/pdf" },
    ]);
    const answer = await send(path, {
      headers: { "Content-Type": multipartType, Cookie: `${cookie}; ${languageCookie("en")}` },
      body,
    });
    expect(answer).toMatchObject({ status: 413, heading: "Too much to send" });
    expect(await db.application.count({ where: { missionId } })).toBe(0);
  });

  it("a CV far past its limit answers 413 as a page (what is still coming is read and dropped, not cut off)", async () => {
    const { path, cookie, missionId } = await setUp();
    const body = multipart([
      { name: "message", value: "Bonjour" },
      {
        name: "cv",
        value: Buffer.concat([pdf, Buffer.alloc(11 * 1024 * 1024, 0x20)]),
        filename: "cv.pdf",
        contentType: "application/pdf",
      },
    ]);
    expect(await send(path, { headers: { "Content-Type": multipartType, Cookie: cookie }, body })).toMatchObject({
      status: 413,
      heading: "Envoi trop volumineux",
    });
    expect(await db.application.count({ where: { missionId } })).toBe(0);
  });

  it.each([
    [
      "a charset other than UTF-8 on the whole form",
      `multipart/form-data; charset=iso-8859-1; boundary=chevronne-boundary`,
      "text/plain",
    ],
    ["a charset other than UTF-8 on the message", multipartType, "text/plain; charset=iso-8859-1"],
    ["Latin-1 bytes in the message", multipartType, undefined],
  ])("%s answers 400 and applies nothing", async (_label, contentType, partType) => {
    const { path, cookie, missionId } = await setUp();
    const body = multipart([
      { name: "message", value: Buffer.from("Je suis très intéressée.", "latin1"), contentType: partType },
      { name: "cv", value: pdf, filename: "cv.pdf", contentType: "application/pdf" },
    ]);
    const answer = await send(path, { headers: { "Content-Type": contentType, Cookie: cookie }, body });
    expect(answer).toMatchObject({ status: 400, heading: "Caractères illisibles" });
    expect(await db.application.count({ where: { missionId } })).toBe(0);
  });

  it("a broken multipart body answers 400", async () => {
    const { path, cookie, missionId } = await setUp();
    const body = new TextEncoder().encode(
      '--chevronne-boundary\r\nContent-Disposition: form-data; name="message"\r\n\r\nBonjour',
    );
    expect(await send(path, { headers: { "Content-Type": multipartType, Cookie: cookie }, body })).toMatchObject({
      status: 400,
      heading: "Formulaire illisible",
    });
    expect(await db.application.count({ where: { missionId } })).toBe(0);
  });

  it("a URL-encoded form where a file is expected answers 400", async () => {
    const { path, cookie } = await setUp();
    expect(
      await send(path, {
        headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
        body: "message=Bonjour",
      }),
    ).toMatchObject({ status: 400 });
  });

  it("a right form still applies, with its accents", async () => {
    const { path, cookie, missionId } = await setUp();
    const body = multipart([
      { name: "message", value: "Je suis très intéressée." },
      { name: "cv", value: pdf, filename: "cv.pdf", contentType: "application/pdf" },
    ]);
    const answer = await send(path, { headers: { "Content-Type": multipartType, Cookie: cookie }, body });
    expect(answer).toMatchObject({ status: 302, location: "/applications?applied=1" });
    const application = await db.application.findFirstOrThrow({ where: { missionId } });
    expect(application.message).toBe("Je suis très intéressée.");
  });
});
