// A write that another site's page makes a browser send is refused with 403 before any route runs, and changes
// nothing (app/modules/request-gate/cross-site.server.ts). Real HTTP through the dev server, whose plugin makes the same
// call as scripts/server.mjs (tests/e2e/cross-site.spec.ts tries the production server).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { changePassword } from "~/modules/auth/password-sign-in.server";
import { createSession } from "~/modules/auth/session.server";
import { startDevServer, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer();
}, 60_000);
afterAll(() => server?.close());

const doors: [string, Record<string, string>][] = [
  ["Sec-Fetch-Site: cross-site", { "Sec-Fetch-Site": "cross-site" }],
  ["Sec-Fetch-Site: same-site", { "Sec-Fetch-Site": "same-site", Origin: "http://blog.chevronne.test" }],
  [
    "Origin: https://evil.example with Sec-Fetch-Site: cross-site",
    { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
  ],
  ["Origin: https://evil.example alone", { Origin: "https://evil.example" }],
  ["Origin: null", { Origin: "null" }],
  ["neither Origin nor Sec-Fetch-Site", {}],
];

type Answer = { status: number; html: string; setCookie: string | null };

async function post(path: string, body: string, headers: Record<string, string>, method = "POST"): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body,
    redirect: "manual",
  });
  return { status: response.status, html: await response.text(), setCookie: response.headers.get("Set-Cookie") };
}

async function signedInCandidate() {
  const { user, profile } = await createCandidate(`porte.${Date.now()}.${Math.random()}@exemple.ca`);
  return { user, profile, cookie: (await createSession(user.id)).split(";")[0] };
}

describe("a write from another site", () => {
  it.each(doors)(
    "with %s is refused and changes nothing (document, .data; PUT and DELETE are no page's method)",
    async (_label, headers) => {
      const { user, profile, cookie } = await signedInCandidate();
      const { mission } = await createEmployerWithMission();

      for (const path of [`/missions/${mission.id}?index`, `/missions/${mission.id}.data?index`]) {
        const answer = await post(path, "intent=save", { ...headers, Cookie: cookie });
        expect(answer.status, path).toBe(403);
        expect(answer.html).toContain("<h1>Demande refusée</h1>");
      }
      for (const method of ["PUT", "DELETE"]) {
        const answer = await post(
          `/missions/${mission.id}?index`,
          "intent=save",
          { ...headers, Cookie: cookie },
          method,
        );
        expect(answer.status, method).toBe(405);
        expect(answer.html).toContain("<h1>Action non prévue</h1>");
      }
      expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(0);

      const language = await post("/language", "lang=en&returnTo=%2F", { ...headers, Cookie: cookie });
      expect(language.status).toBe(403);
      expect(language.setCookie).toBeNull();
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe("fr");
    },
  );

  it.each(doors)(
    "with %s cannot sign anyone in (no session for a forged password sign-in)",
    async (_label, headers) => {
      const { user } = await createCandidate(`connexion.${Date.now()}@exemple.ca`);
      await changePassword(user.id, "un mot de passe solide", null);
      const before = await db.session.count({ where: { userId: user.id } });
      const answer = await post(
        "/signin?index",
        new URLSearchParams({ intent: "password", email: user.email, password: "un mot de passe solide" }).toString(),
        headers,
      );
      expect(answer.status).toBe(403);
      expect(answer.setCookie).toBeNull();
      expect(await db.session.count({ where: { userId: user.id } })).toBe(before);
    },
  );

  it("is refused in the browser's language, with one line in the log and no stack trace", async () => {
    const warnings = vi.spyOn(console, "warn");
    const answer = await post("/language", "lang=fr", {
      Origin: "https://evil.example",
      "Accept-Language": "en-CA,en;q=0.8",
    });
    const logged = warnings.mock.calls.map((call: unknown[]) => call.join(" "));
    warnings.mockRestore();
    expect(answer.status).toBe(403);
    expect(answer.html).toContain('<html lang="en">');
    expect(answer.html).toContain("<h1>Request refused</h1>");
    expect(logged).toEqual(['[refused] write from other-origin: POST /language (Origin "https://evil.example")']);
  });
});

describe("a write from our own pages", () => {
  it.each([
    [
      "Origin and Sec-Fetch-Site: same-origin",
      (origin: string) => ({ Origin: origin, "Sec-Fetch-Site": "same-origin" }),
    ],
    ["only Sec-Fetch-Site: same-origin", () => ({ "Sec-Fetch-Site": "same-origin" })],
    ["only a Referer from our page (an older browser)", (origin: string) => ({ Referer: `${origin}/missions` })],
  ])("with %s goes through", async (_label, headersFor) => {
    const { profile, cookie } = await signedInCandidate();
    const { mission } = await createEmployerWithMission();
    const answer = await post(`/missions/${mission.id}?index`, "intent=save", {
      ...headersFor(server.url),
      Cookie: cookie,
    });
    expect(answer.status).toBe(302);
    expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(1);
  });

  it("as a .data request (what Remix's scripts send) goes through", async () => {
    const { profile, cookie } = await signedInCandidate();
    const { mission } = await createEmployerWithMission();
    const answer = await post(`/missions/${mission.id}.data?index`, "intent=save", {
      Origin: server.url,
      "Sec-Fetch-Site": "same-origin",
      Cookie: cookie,
    });
    expect(answer.status).toBeLessThan(400);
    expect(await db.savedMission.count({ where: { candidateId: profile.id } })).toBe(1);
  });

  it("and a link from another site still opens a page", async () => {
    const response = await fetch(`${server.url}/signin`, {
      headers: { "Sec-Fetch-Site": "cross-site", Referer: "https://evil.example/" },
    });
    expect(response.status).toBe(200);
  });
});
