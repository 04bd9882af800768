// Modules return values or throw domain errors; routes turn them into responses (issue 16, item 5; decision 0035).
// The converter (app/modules/http/domain-errors.server.ts) answers each error as the modules answered before: 404
// "Not found", the sign-in redirect that comes back, the removed recruiter's 403. The mission editor's module returns
// what happened, and the routes send the recruiter to the same pages as before. On PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { requireCandidate, signedInSession } from "~/modules/auth/session.server";
import { requireAdministrator, signedInAdministrator } from "~/modules/administration/access.server";
import { findOwnApplication, findOwnMission, ownApplication, ownMission } from "~/modules/employers/access.server";
import { freshlyProvedSession, proofPage, requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { ForbiddenError, FreshProofNeededError, NotFoundError, NotSignedInError } from "~/modules/errors";
import { answering, responseFor } from "~/modules/http/domain-errors.server";
import { editorDestination, handleMissionForm } from "~/modules/missions/editor-actions.server";
import { publishMission, saveMission } from "~/modules/missions/editor.server";
import * as editMission from "~/routes/employer.missions.$id.edit";
import * as publishRoute from "~/routes/employer.missions.$id.publish";
import { createEmployerWithMission, missionFormFields, signedInRequest } from "../support/fixtures";
import { thrown } from "../support/thrown";

const site = "http://chevronne.test";

const fields = { ...missionFormFields, town: "Sherbrooke" };

const form = (values: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
};

async function organisation() {
  const { employer, mission } = await createEmployerWithMission();
  const owner = await db.user.create({
    data: {
      email: `erreurs-${employer.id}@exemple.ca`,
      name: "Rémi",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  return { employer, mission, owner };
}

describe("the converter", () => {
  it("answers a missing thing with a plain 404", async () => {
    const response = responseFor(new NotFoundError()) as Response;
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });

  it("sends someone not signed in to sign in, coming back where they were, with the cookies the module gave", () => {
    const response = responseFor(new NotSignedInError("/account?tab=1", ["draft=abc; Path=/"])) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get("Location")).toBe(`/signin?${new URLSearchParams({ redirectTo: "/account?tab=1" })}`);
    expect(response.headers.get("Set-Cookie")).toBe("draft=abc; Path=/");
  });

  it("sends to the plain sign-in page when there is nowhere to come back to, and to the proof page for a sensitive change", () => {
    expect((responseFor(new NotSignedInError(null)) as Response).headers.get("Location")).toBe("/signin");
    const proof = responseFor(new FreshProofNeededError(proofPage("/account"))) as Response;
    expect([proof.status, proof.headers.get("Location")]).toEqual([
      302,
      `/account/confirm?${new URLSearchParams({ returnTo: "/account" })}`,
    ]);
  });

  it("answers a refusal with its page and a 403, and gives any other error back untouched", async () => {
    expect(responseFor(new ForbiddenError({ removedFromTeam: 1 }))).toMatchObject({
      data: { removedFromTeam: 1 },
      init: { status: 403 },
    });
    const other = new Error("database down");
    expect(responseFor(other)).toBe(other);
    await expect(answering(Promise.reject(other))).rejects.toBe(other);
    expect((await thrown(answering(() => Promise.reject(new NotFoundError())))).status).toBe(404);
    expect(await answering(Promise.resolve(7))).toBe(7);
  });
});

describe("the guards", () => {
  it("throw domain errors in the module, and the route-facing guard answers as before", async () => {
    const { owner } = await organisation();
    const anonymous = new Request(`${site}/alerts?x=1`);
    await expect(signedInSession(anonymous)).rejects.toMatchObject({
      name: "NotSignedInError",
      returnTo: "/alerts?x=1",
    });
    const response = await thrown(requireCandidate(anonymous));
    expect([response.status, response.headers.get("Location")]).toEqual([
      302,
      `/signin?${new URLSearchParams({ redirectTo: "/alerts?x=1" })}`,
    ]);
    // an employer member on a candidate's page: not found, as before
    expect((await thrown(requireCandidate(await signedInRequest(owner.id, `${site}/alerts`)))).status).toBe(404);
  });
});

describe("the employer-side and administrators' lookups", () => {
  it("throw NotFoundError in the module, and the route-facing lookups answer 404 as before", async () => {
    const { employer, mission, owner } = await organisation();
    const other = await organisation();
    expect((await ownMission(employer.id, mission.id)).id).toBe(mission.id);
    await expect(ownMission(employer.id, other.mission.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(ownApplication(employer.id, "none")).rejects.toBeInstanceOf(NotFoundError);
    expect((await thrown(findOwnMission(employer.id, other.mission.id))).status).toBe(404);
    expect((await thrown(findOwnApplication(employer.id, undefined))).status).toBe(404);
    const request = await signedInRequest(owner.id, `${site}/admin`);
    await expect(signedInAdministrator(request)).rejects.toBeInstanceOf(NotFoundError);
    expect((await thrown(requireAdministrator(request))).status).toBe(404);
    await db.user.update({ where: { id: owner.id }, data: { isAdministrator: true } });
    expect((await requireAdministrator(request)).id).toBe(owner.id);
  });
});

describe("the fresh proof guard", () => {
  it("throws domain errors in the module, and requireFreshProof answers with the same redirects as before", async () => {
    const { owner } = await organisation();
    await expect(freshlyProvedSession(new Request(`${site}/account`), "/account")).rejects.toMatchObject({
      name: "NotSignedInError",
      returnTo: "/account",
    });
    const anonymous = await thrown(requireFreshProof(new Request(`${site}/account`), "/account"));
    expect(anonymous.headers.get("Location")).toBe(`/signin?${new URLSearchParams({ redirectTo: "/account" })}`);
    const request = await signedInRequest(owner.id, `${site}/account`);
    // a session a while after signing in: its proof is stale
    await db.session.updateMany({ where: { userId: owner.id }, data: { provedAt: new Date(Date.now() - 3_600_000) } });
    await expect(freshlyProvedSession(request, "/account")).rejects.toBeInstanceOf(FreshProofNeededError);
    expect((await thrown(requireFreshProof(request, "/account"))).headers.get("Location")).toBe(proofPage("/account"));
  });
});

describe("the mission editor's module", () => {
  it("returns what happened, and editorDestination names the same pages as before", async () => {
    const { employer } = await organisation();
    const saved = await handleMissionForm(employer.id, null, form({ ...fields, intent: "save" }));
    expect(saved).toMatchObject({ ok: true, next: "saved" });
    if (!saved.ok) throw new Error("not saved");
    expect(editorDestination(saved)).toBe(`/employer/missions/${saved.missionId}/edit?saved=1`);
    expect(editorDestination({ ...saved, next: "preview" })).toBe(`/employer/missions/${saved.missionId}/preview`);
    expect(editorDestination({ ...saved, next: "blocked" })).toBe(
      `/employer/missions/${saved.missionId}/edit?blocked=1`,
    );
    expect(editorDestination({ ...saved, next: "published" })).toBe("/employer/missions?done=published");
    expect(editorDestination({ ...saved, next: "awaiting-verification" })).toBe(
      "/employer/missions?done=awaiting-verification",
    );
    const refused = await handleMissionForm(
      employer.id,
      saved.missionId,
      form({ ...fields, description: "Une personne jeune et dynamique.", intent: "publish" }),
    );
    expect(refused).toEqual({ ok: true, missionId: saved.missionId, next: "blocked" });
    const published = await handleMissionForm(employer.id, saved.missionId, form({ ...fields, intent: "publish" }));
    expect(published).toEqual({ ok: true, missionId: saved.missionId, next: "published" });
  });

  it("throws NotFoundError for another organisation's mission, and changes nothing", async () => {
    const { employer } = await organisation();
    const other = await organisation();
    await expect(
      saveMission(employer.id, other.mission.id, {
        ...fields,
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        liftingKg: 0,
      } as never),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(publishMission(employer.id, other.mission.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      handleMissionForm(employer.id, other.mission.id, form({ ...fields, intent: "save" })),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.mission.findUniqueOrThrow({ where: { id: other.mission.id } })).title).toBe(other.mission.title);
  });

  it("through the routes: the same redirects and the same 404 as before", async () => {
    const { mission, owner } = await organisation();
    const post = async (url: string, values: Record<string, string>) =>
      signedInRequest(owner.id, url, {
        method: "POST",
        body: new URLSearchParams(values).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      });
    const saved = await thrown(
      editMission.action({
        request: await post(`${site}/employer/missions/${mission.id}/edit`, { ...fields, intent: "preview" }),
        params: { id: mission.id },
        context: {},
      }),
    );
    expect([saved.status, saved.headers.get("Location")]).toEqual([302, `/employer/missions/${mission.id}/preview`]);
    const failure = await editMission.action({
      request: await post(`${site}/employer/missions/${mission.id}/edit`, { ...fields, title: "", intent: "save" }),
      params: { id: mission.id },
      context: {},
    });
    expect(failure).toMatchObject({ ok: false });
    const published = await thrown(
      publishRoute.action({
        request: await post(`${site}/employer/missions/${mission.id}/publish`, {}),
        params: { id: mission.id },
        context: {},
      }),
    );
    expect([published.status, published.headers.get("Location")]).toEqual([302, "/employer/missions?done=published"]);
    const other = await organisation();
    const notOurs = await thrown(
      publishRoute.action({
        request: await post(`${site}/employer/missions/${other.mission.id}/publish`, {}),
        params: { id: other.mission.id },
        context: {},
      }),
    );
    expect(notOurs.status).toBe(404);
  });
});
