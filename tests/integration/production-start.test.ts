// Production refuses to start unsafe (issue 11, item 3), checked with the real scripts as they run in production:
// the web server (scripts/server.mjs; the refusal comes before it loads the build) and the worker.
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { root } from "../../scripts/lib.mjs";

const production: Record<string, string> = {
  CHEVRONNE_MODE: "production",
  APP_URL: "https://chevronne.example.org",
  SESSION_SECRET: "p".repeat(48),
  SMTP_URL: "smtp://127.0.0.1:1",
  WEB_CONCURRENCY: "1",
  PRIVACY_OFFICER_NAME: "Hélène Fortin",
  PRIVACY_OFFICER_TITLE: "Responsable de la protection des renseignements personnels",
  PRIVACY_OFFICER_EMAIL: "vie-privee@exemple.ca",
};

type Run = { code: number | null; stdout: string; stderr: string; stop: () => void };

/** Runs a script until it exits, or until `ready` appears on its output (then it is stopped). */
function run(script: string, env: Record<string, string>, ready?: string): Promise<Run> {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...production, ...env, NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  return new Promise((resolve) => {
    const result = (code: number | null) => ({ code, stdout, stderr, stop: () => child.kill() });
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (ready && stdout.includes(ready)) {
        child.kill();
        resolve(result(null));
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => resolve(result(code)));
  });
}

const demoUser = () =>
  db.user.create({
    data: {
      email: "candidat.demo@chevronne.example",
      name: "Lise Gagnon",
      kind: "candidate",
      passwordHash: "published",
    },
  });

afterEach(async () => {
  await db.user.deleteMany();
});

describe("production start", () => {
  it("the web server refuses a database holding demo accounts, naming them, with exit code 1", async () => {
    await demoUser();
    const server = await run("scripts/server.mjs", {});
    expect(server.code).toBe(1);
    expect(server.stderr).toContain("Chevronné cannot start in production");
    expect(server.stderr).toContain("candidat.demo@chevronne.example");
    expect(server.stderr).toContain("npm run db:migrate");
    expect(server.stdout).not.toContain("listening");
  });

  it("the web server refuses an APP_URL in http, and says how a private network may allow it", async () => {
    const server = await run("scripts/server.mjs", { APP_URL: "http://chevronne.intranet" });
    expect(server.code).toBe(1);
    expect(server.stderr).toContain("APP_URL must start with https:// (it is http://chevronne.intranet)");
    expect(server.stderr).toContain("ALLOW_HTTP_APP_URL=1");
  });

  it("the web server refuses to start without the person in charge of privacy, naming each missing variable", async () => {
    const server = await run("scripts/server.mjs", { PRIVACY_OFFICER_NAME: "", PRIVACY_OFFICER_EMAIL: " " });
    expect(server.code).toBe(1);
    expect(server.stderr).toContain("Chevronné cannot start in production");
    expect(server.stderr).toContain("set PRIVACY_OFFICER_NAME, PRIVACY_OFFICER_EMAIL.");
    expect(server.stderr).not.toContain("PRIVACY_OFFICER_TITLE");
    expect(server.stderr).toContain("Law 25");
    expect(server.stdout).not.toContain("listening");
  });

  it("the worker refuses demo accounts too, and starts once they are gone, with http allowed for a private network", async () => {
    await demoUser();
    const refused = await run("scripts/worker.mjs", {});
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("candidat.demo@chevronne.example");

    await db.user.deleteMany();
    await db.user.create({ data: { email: "vraie.personne@exemple.ca", name: "Vraie Personne", kind: "candidate" } });
    const started = await run(
      "scripts/worker.mjs",
      { APP_URL: "http://chevronne.intranet", ALLOW_HTTP_APP_URL: "1" },
      "[worker]",
    );
    expect(started.stderr).not.toContain("cannot start");
    expect(started.stdout).toContain("[worker] delivering email");
  }, 30_000);
});
