// `npm run admin`: the real script (scripts/admin.mjs) run as an operator runs it, against this test's database
// (DATABASE_URL), and the way it finds the embedded server `npm start` already runs on a laptop.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { listAudit } from "~/modules/audit/audit.server";
import { root } from "../../scripts/lib.mjs";
import { runningEmbeddedPostgres, startEmbeddedPostgres, withClient } from "../../scripts/postgres.mjs";
import { createCandidate } from "../support/fixtures";

type Outcome = { code: number; stdout: string; stderr: string };

/** Runs `node scripts/admin.mjs ...args` against the test database and waits for it to end. */
async function admin(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ["scripts/admin.mjs", ...args], {
      cwd: root,
      env: { ...process.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe("npm run admin", () => {
  it(
    "grants and revokes with an audit entry each, lists administrators, and changes nothing for an unknown address",
    { timeout: 120_000 },
    async () => {
      const { user } = await createCandidate("operatrice@exemple.ca");

      // an address as the operator types it: spaces and capitals do not matter
      const granted = await admin("grant", " Operatrice@Exemple.ca ");
      expect(granted).toMatchObject({ code: 0 });
      expect(granted.stdout).toContain("is now an administrator");
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isAdministrator).toBe(true);

      const again = await admin("grant", "operatrice@exemple.ca");
      expect(again.stdout).toContain("already an administrator");

      const listed = await admin("list");
      expect(listed.code).toBe(0);
      expect(listed.stdout).toMatch(/operatrice@exemple\.ca {2}Yvon Lapointe {2}\(since \d{4}-\d{2}-\d{2}\)/);

      const unknown = await admin("grant", "personne@exemple.ca");
      expect(unknown.code).toBe(1);
      expect(unknown.stdout).toContain("No account uses personne@exemple.ca");

      const revoked = await admin("revoke", "operatrice@exemple.ca");
      expect(revoked).toMatchObject({ code: 0 });
      expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isAdministrator).toBe(false);

      const entries = await listAudit();
      expect(entries.map((entry) => entry.action)).toEqual(["administrator.revoked", "administrator.granted"]);
      for (const entry of entries) {
        expect(entry).toMatchObject({
          actorId: null,
          actorRole: "system",
          subjectType: "user",
          subjectId: user.id,
          details: { by: "command line" },
        });
      }
    },
  );

  it("refuses anything else with its usage and exit code 2", { timeout: 60_000 }, async () => {
    for (const args of [
      [],
      ["grant"],
      ["list", "x@exemple.ca"],
      ["promote", "x@exemple.ca"],
      ["grant", "a@exemple.ca", "b@exemple.ca"],
    ]) {
      const refused = await admin(...args);
      expect(refused.code, args.join(" ")).toBe(2);
      expect(refused.stderr).toContain("npm run admin -- grant <email>");
    }
  });

  it(
    "finds the embedded server that `npm start` runs from its data folder, and none once it stopped",
    { timeout: 120_000 },
    async () => {
      const parent = fs.mkdtempSync(path.join(os.tmpdir(), "chevronne-admin-cli-"));
      // as root the server runs as the `postgres` user, who must reach the folder
      fs.chmodSync(parent, 0o755);
      const dataDir = path.join(parent, "postgres");
      try {
        expect(await runningEmbeddedPostgres(dataDir)).toBeNull();
        const server = await startEmbeddedPostgres({ dataDir, port: 0 });
        const found = await runningEmbeddedPostgres(dataDir);
        expect(found?.port).toBe(server.port);
        expect(
          await withClient(
            found!.url("postgres"),
            async (client) => (await client.query("SELECT 1 AS one")).rows[0].one,
          ),
        ).toBe(1);
        await server.stop();
        expect(await runningEmbeddedPostgres(dataDir)).toBeNull();
      } finally {
        fs.rmSync(parent, { recursive: true, force: true });
      }
    },
  );
});
