// Issue 13, item 15: a new organisation's first steps on its dashboard, and its sector as a required choice. Through
// the route loaders and actions, as Remix calls them, on the real database.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as dashboard from "~/routes/dashboard";
import * as organisationProfile from "~/routes/employer.profile";
import { createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { signUpOrganisation } from "../support/sign-up";

const site = "http://chevronne.test";

async function stepsOf(userId: string) {
  const data = (await dashboard.loader({
    request: await signedInRequest(userId, `${site}/dashboard`),
    params: {},
    context: {},
  })) as {
    firstSteps: { id: string; done: boolean; to: string }[];
  };
  return Object.fromEntries(data.firstSteps.map((step) => [step.id, step.done]));
}

function profileForm(fields: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  body.append("intent", "save");
  return body;
}

const goodProfile = {
  name: "Quincaillerie Roy",
  purpose: "Aider chaque bricoleur à réussir son projet, du premier coup.",
  values: "Patience, franchise, entraide.",
  town: "Québec",
  contentLocale: "fr",
};

async function saveProfile(userId: string, fields: Record<string, string>) {
  const request = await signedInRequest(userId, `${site}/employer/profile`, {
    method: "POST",
    body: profileForm(fields),
  });
  try {
    return {
      status: 200,
      data: (await organisationProfile.action({ request, params: {}, context: {} })) as {
        errors: Record<string, string>;
      },
    };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

describe("a new organisation's sector", () => {
  it("is not chosen for it at sign-up, and the profile refuses to save without one", async () => {
    const { owner, employer } = await signUpOrganisation("Quincaillerie Roy");
    expect(employer.sector).toBe("");
    const before = await db.employer.findUniqueOrThrow({ where: { id: employer.id } });
    const refused = await saveProfile(owner.id, { ...goodProfile, sector: "" });
    expect(refused.status).toBe(200);
    expect(refused.data?.errors.sector).toBe("errors.sectorRequired");
    const unknown = await saveProfile(owner.id, { ...goodProfile, sector: "casino" });
    expect(unknown.data?.errors.sector).toBe("errors.sectorRequired");
    const missing = await saveProfile(owner.id, goodProfile);
    expect(missing.data?.errors.sector).toBe("errors.sectorRequired");
    expect(await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).toEqual(before);
    const saved = await saveProfile(owner.id, { ...goodProfile, sector: "hospitality" });
    expect(saved).toMatchObject({ status: 302, location: "/employer/profile?saved=1" });
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).sector).toBe("hospitality");
  });

  it("an organisation made before keeps the sector it has", async () => {
    const { employer } = await createEmployerWithMission();
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).sector).toBe("culture");
  });
});

describe("first steps on the dashboard", () => {
  it("ticks each step from what the organisation has, and are gone once all are done", async () => {
    const { owner, employer } = await signUpOrganisation("Quincaillerie Roy");
    expect(await stepsOf(owner.id)).toEqual({ profile: false, mission: false, team: false });
    const data = (await dashboard.loader({
      request: await signedInRequest(owner.id, `${site}/dashboard`),
      params: {},
      context: {},
    })) as {
      firstSteps: { id: string; to: string }[];
    };
    expect(data.firstSteps.map((step) => step.to)).toEqual([
      "/employer/profile",
      "/employer/missions/new",
      "/employer/team",
    ]);

    // purpose alone is not enough: the values too
    await db.employer.update({ where: { id: employer.id }, data: { purpose: goodProfile.purpose } });
    expect((await stepsOf(owner.id)).profile).toBe(false);
    await saveProfile(owner.id, { ...goodProfile, sector: "retail" });
    expect(await stepsOf(owner.id)).toEqual({ profile: true, mission: false, team: false });

    // a draft is not published; a mission waiting for the organisation's verification is
    const mission = await db.mission.create({
      data: {
        employerId: employer.id,
        title: "Conseils",
        summary: "Conseiller.",
        description: "Conseiller.",
        sector: "retail",
        scheduleMask: 1,
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 8,
        town: "Québec",
      },
    });
    expect((await stepsOf(owner.id)).mission).toBe(false);
    await db.mission.update({ where: { id: mission.id }, data: { status: "awaiting-verification" } });
    expect((await stepsOf(owner.id)).mission).toBe(true);

    // an expired invitation is not a team; one still waiting is
    const invitation = await db.invitation.create({
      data: {
        employerId: employer.id,
        email: "collegue@exemple.ca",
        tokenHash: `hash-${Date.now()}-${Math.random()}`,
        invitedById: owner.id,
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    expect((await stepsOf(owner.id)).team).toBe(false);
    await db.invitation.update({
      where: { id: invitation.id },
      data: { expiresAt: new Date(Date.now() + 86_400_000) },
    });
    expect(await stepsOf(owner.id)).toEqual({ profile: true, mission: true, team: true });

    // a member who joined counts too, once the invitation is used
    await db.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date() } });
    expect((await stepsOf(owner.id)).team).toBe(false);
    const colleague = await db.user.create({
      data: {
        email: `collegue-${Date.now()}@exemple.ca`,
        name: "Rémi",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "recruiter" } },
      },
    });
    expect((await stepsOf(owner.id)).team).toBe(true);
    // a recruiter is not shown the owner's steps
    expect(await stepsOf(colleague.id)).toEqual({});
  });
});
