// Issue 13, item 15: a new organisation's first mission does not silently become "Commerce de détail". The editor
// starts from the organisation's sector when it has one and from no sector when it has none, and saving without one
// is refused on the field, nothing written. Through the route's loader and action, on the real database.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as newMission from "~/routes/employer.missions.new";
import { createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { signUpOrganisation } from "../support/sign-up";

const site = "http://chevronne.test";

async function editorStart(userId: string) {
  const data = (await newMission.loader({
    request: await signedInRequest(userId, `${site}/employer/missions/new`),
    params: {},
    context: {},
  })) as { mission: { sector: string } };
  return data.mission.sector;
}

const goodMission = {
  title: "Accueil à l’atelier",
  summary: "Les visiteurs sont accueillis.",
  description: "Accueillir les visiteurs de l’atelier.",
  slot: "0-0",
  hoursPerWeekMin: "4",
  hoursPerWeekMax: "8",
  town: "Québec",
  closesOn: "2099-01-31",
  liftingKg: "0",
  physicalDemand: "mixed",
  intent: "save",
};

async function save(userId: string, fields: Record<string, string>) {
  const request = await signedInRequest(userId, `${site}/employer/missions/new`, {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  try {
    return {
      status: 200,
      data: (await newMission.action({ request, params: {}, context: {} })) as { errors: Record<string, string> },
    };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

describe("the sector of a mission in the editor", () => {
  it("starts empty for an organisation without a sector, and saving without one is refused, nothing written", async () => {
    const { owner, employer } = await signUpOrganisation("Atelier Roy");
    expect(employer.sector).toBe("");
    expect(await editorStart(owner.id)).toBe("");
    for (const sector of ["", "casino"]) {
      const refused = await save(owner.id, { ...goodMission, sector });
      expect(refused.status).toBe(200);
      expect(refused.data?.errors).toEqual({ sector: "errors.sectorRequired" });
    }
    // no sector field at all
    expect((await save(owner.id, goodMission)).data?.errors).toEqual({ sector: "errors.sectorRequired" });
    expect(await db.mission.count({ where: { employerId: employer.id } })).toBe(0);

    const saved = await save(owner.id, { ...goodMission, sector: "culture" });
    expect(saved).toMatchObject({
      status: 302,
      location: expect.stringMatching(/^\/employer\/missions\/[\w-]+\/edit\?saved=1$/),
    });
    expect((await db.mission.findFirstOrThrow({ where: { employerId: employer.id } })).sector).toBe("culture");
  });

  it("starts from the organisation's sector when it has one", async () => {
    const { employer } = await createEmployerWithMission();
    const owner = await db.user.create({
      data: {
        email: `secteur-proprio-${Date.now()}@exemple.ca`,
        name: "Rémi",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "owner" } },
      },
    });
    expect(await editorStart(owner.id)).toBe("culture");
  });
});
