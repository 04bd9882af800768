// Each organisation sees only its own: every employer route answers 404 for another organisation's records, for
// reads and for writes, and a refused write changes nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { openE2eDatabase } from "../support/e2e-database";
import { demo, signInWithPassword } from "../support/e2e-helpers";

type Foreign = { missionId: string; applicationId: string; membershipId: string; stage: string; title: string };

/** Records of an organisation the demo employer does not belong to. */
function foreignRecords(): Foreign {
  const database = openE2eDatabase(true);
  const row = database
    .prepare(
      `SELECT m.id AS missionId, m.title AS title, a.id AS applicationId, a.stage AS stage, ms.id AS membershipId
       FROM Application a JOIN Mission m ON m.id = a.missionId JOIN Membership ms ON ms.employerId = m.employerId
       WHERE m.employerId NOT IN (SELECT employerId FROM Membership JOIN User ON User.id = Membership.userId WHERE User.email = ?)
       AND a.stage = 'new' AND ms.role = 'recruiter' LIMIT 1`,
    )
    .get(demo.employer) as Foreign | undefined;
  database.close();
  if (!row) throw new Error("the demo data has no foreign application with a recruiter");
  return row;
}

function state(foreign: Foreign) {
  const database = openE2eDatabase(true);
  const result = {
    stage: (database.prepare("SELECT stage FROM Application WHERE id = ?").get(foreign.applicationId) as { stage: string }).stage,
    events: (database.prepare("SELECT COUNT(*) AS n FROM ApplicationEvent WHERE applicationId = ?").get(foreign.applicationId) as { n: number }).n,
    mission: database.prepare("SELECT title, status FROM Mission WHERE id = ?").get(foreign.missionId),
    members: (database.prepare("SELECT COUNT(*) AS n FROM Membership WHERE id = ?").get(foreign.membershipId) as { n: number }).n,
  };
  database.close();
  return result;
}

async function expectNotFound(request: APIRequestContext, method: "GET" | "POST", path: string, form?: Record<string, string>) {
  const response = method === "GET" ? await request.get(path, { maxRedirects: 0 }) : await request.post(path, { form, maxRedirects: 0 });
  expect(response.status(), `${method} ${path}`).toBe(404);
}

test("another organisation's missions, applications, notes, CVs and members answer 404 and change nothing", async ({ page }) => {
  const foreign = foreignRecords();
  const before = state(foreign);
  await signInWithPassword(page, demo.employer);
  const request = page.request;

  for (const path of [
    `/employer/missions/${foreign.missionId}/edit`,
    `/employer/missions/${foreign.missionId}/preview`,
    `/employer/missions/${foreign.missionId}/suggested`,
    `/employer/applications/${foreign.applicationId}`,
    `/applications/${foreign.applicationId}/cv`,
  ]) {
    await expectNotFound(request, "GET", path);
  }

  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/edit`, { intent: "save", title: "Piraté" });
  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/publish`);
  await expectNotFound(request, "POST", "/employer/missions", { intent: "close", mission: foreign.missionId });
  await expectNotFound(request, "POST", "/employer/missions", { intent: "duplicate", mission: foreign.missionId });
  await expectNotFound(request, "POST", "/employer/pipeline", { intent: "move", application: foreign.applicationId, to: "hired", notify: "on" });
  await expectNotFound(request, "POST", `/employer/applications/${foreign.applicationId}`, { intent: "note", text: "intrusion" });
  await expectNotFound(request, "POST", `/employer/applications/${foreign.applicationId}`, { intent: "review", recommendation: "no" });
  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/suggested`, { candidate: "seed-candidate-profile-01" });
  await expectNotFound(request, "POST", "/employer/team", { intent: "remove", membership: foreign.membershipId });

  // A bulk move naming a foreign application moves nothing.
  const bulk = await request.post("/employer/pipeline?view=list", { form: { intent: "bulk", ids: foreign.applicationId, to: "not_selected", notify: "on" }, maxRedirects: 0 });
  expect(bulk.status()).toBe(302);
  expect(bulk.headers().location).toContain("moved=0");

  expect(state(foreign)).toEqual(before);
});
