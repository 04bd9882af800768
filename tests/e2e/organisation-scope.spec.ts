// Each organisation sees only its own: every employer route answers 404 for another organisation's records, for
// reads and for writes, and a refused write changes nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eQuery } from "../support/e2e-database";
import { demo, fromOurPages, signInWithPassword } from "../support/e2e-helpers";

type Foreign = { missionId: string; applicationId: string; membershipId: string; stage: string; title: string };

/** Records of an organisation the demo employer does not belong to. */
async function foreignRecords(): Promise<Foreign> {
  const [row] = await e2eQuery<Foreign>(
    `SELECT m.id AS "missionId", m.title AS title, a.id AS "applicationId", a.stage AS stage, ms.id AS "membershipId"
     FROM "Application" a JOIN "Mission" m ON m.id = a."missionId" JOIN "Membership" ms ON ms."employerId" = m."employerId"
     WHERE m."employerId" NOT IN (SELECT "employerId" FROM "Membership" JOIN "User" u ON u.id = "Membership"."userId" WHERE u.email = $1)
     AND a.stage = 'new' AND ms.role = 'recruiter' ORDER BY a.id LIMIT 1`,
    [demo.employer],
  );
  if (!row) throw new Error("the demo data has no foreign application with a recruiter");
  return row;
}

async function state(foreign: Foreign) {
  const [row] = await e2eQuery(
    `SELECT (SELECT stage FROM "Application" WHERE id = $1) AS stage,
       (SELECT COUNT(*)::int FROM "ApplicationEvent" WHERE "applicationId" = $1) AS events,
       (SELECT json_build_object('title', title, 'status', status) FROM "Mission" WHERE id = $2) AS mission,
       (SELECT COUNT(*)::int FROM "Membership" WHERE id = $3) AS members`,
    [foreign.applicationId, foreign.missionId, foreign.membershipId],
  );
  return row;
}

async function expectNotFound(
  request: APIRequestContext,
  method: "GET" | "POST",
  path: string,
  form?: Record<string, string>,
) {
  const response =
    method === "GET"
      ? await request.get(path, { maxRedirects: 0 })
      : await request.post(path, { form, maxRedirects: 0 });
  expect(response.status(), `${method} ${path}`).toBe(404);
}

test("another organisation's missions, applications, notes, CVs and members answer 404 and change nothing", async ({
  page,
  playwright,
  baseURL,
}) => {
  const foreign = await foreignRecords();
  const before = await state(foreign);
  await signInWithPassword(page, demo.employer);
  // the signed-in browser's cookies, posting as its pages do (a post from elsewhere gets 403 before any route runs)
  const request = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: fromOurPages(baseURL),
    storageState: await page.context().storageState(),
  });

  for (const path of [
    `/employer/missions/${foreign.missionId}/edit`,
    `/employer/missions/${foreign.missionId}/preview`,
    `/employer/missions/${foreign.missionId}/suggested`,
    `/employer/applications/${foreign.applicationId}`,
    `/applications/${foreign.applicationId}/cv`,
  ]) {
    await expectNotFound(request, "GET", path);
  }

  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/edit`, {
    intent: "save",
    title: "Piraté",
  });
  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/publish`);
  await expectNotFound(request, "POST", "/employer/missions", { intent: "close", mission: foreign.missionId });
  await expectNotFound(request, "POST", "/employer/missions", { intent: "duplicate", mission: foreign.missionId });
  await expectNotFound(request, "GET", `/employer/applications/${foreign.applicationId}/move?to=hired`);
  await expectNotFound(request, "POST", `/employer/applications/${foreign.applicationId}/move`, {
    application: foreign.applicationId,
    from: foreign.stage,
    to: "hired",
    notify: "on",
  });
  await expectNotFound(request, "POST", "/employer/pipeline", { intent: "undo", outbox: foreign.applicationId });
  await expectNotFound(request, "POST", `/employer/applications/${foreign.applicationId}`, {
    intent: "note",
    text: "intrusion",
  });
  await expectNotFound(request, "POST", `/employer/applications/${foreign.applicationId}`, {
    intent: "review",
    recommendation: "no",
  });
  await expectNotFound(request, "POST", `/employer/missions/${foreign.missionId}/suggested`, {
    candidate: "seed-candidate-profile-01",
  });
  await expectNotFound(request, "POST", "/employer/team", { intent: "remove", membership: foreign.membershipId });

  // A bulk move naming a foreign application moves nothing.
  const bulk = await request.post("/employer/pipeline?view=list", {
    form: { intent: "bulk", ids: foreign.applicationId, to: "not_selected", notify: "on" },
    maxRedirects: 0,
  });
  expect(bulk.status()).toBe(302);
  expect(bulk.headers().location).toContain("moved=0");

  expect(await state(foreign)).toEqual(before);
  await request.dispose();
});
