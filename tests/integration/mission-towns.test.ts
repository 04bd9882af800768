// Issue 13, item 2 leftover (decision 0023): the mission editor and the organisation form read a typed town like the
// candidate's place step.
// "Sainte-Foy" is asked about (Québec's ticked), nothing saved until chosen; the choice counts only for the name it
// was offered for; a town we do not know comes back with the closest names. Through the route's action, on PostgreSQL.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import * as organisationProfile from "~/routes/employer.profile";
import * as newMission from "~/routes/employer.missions.new";
import { createEmployerWithMission, missionFormFields, signedInRequest } from "../support/fixtures";

const site = "http://chevronne.test";

const mission = { ...missionFormFields, intent: "save" };

type Failure = { errors: Record<string, string>; townChoices?: { label: string }[]; townPreselected?: string | null };

async function organisation() {
  const { employer } = await createEmployerWithMission();
  const owner = await db.user.create({
    data: {
      email: `villes-mission-${Date.now()}-${Math.random()}@exemple.ca`,
      name: "Rémi",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  return { employerId: employer.id, ownerId: owner.id };
}

async function save(userId: string, fields: Record<string, string>) {
  const request = await signedInRequest(userId, `${site}/employer/missions/new`, {
    method: "POST",
    body: new URLSearchParams({ ...mission, ...fields }).toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
  });
  try {
    return { status: 200, failure: (await newMission.action({ request, params: {}, context: {} })) as Failure };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

const missionsOf = (employerId: string) =>
  db.mission.findMany({
    where: { employerId, title: mission.title },
    select: { town: true, latitude: true, longitude: true },
  });

describe("a town typed in the mission editor", () => {
  it("asks which Sainte-Foy, Québec's ticked, saves nothing until chosen, then saves the chosen one", async () => {
    const { employerId, ownerId } = await organisation();
    const asked = await save(ownerId, { town: "Sainte-Foy" });
    expect(asked.failure).toMatchObject({
      errors: { townChoice: "towns.chooseTown" },
      townPreselected: "Sainte-Foy, Québec (QC)",
    });
    expect(asked.failure?.townChoices?.map((town) => town.label)).toEqual([
      "Sainte-Foy, Québec (QC)",
      "Sainte-Foy (France)",
    ]);
    expect(await missionsOf(employerId)).toEqual([]);

    const saved = await save(ownerId, {
      town: "Sainte-Foy",
      townTyped: "Sainte-Foy",
      townChoice: "Sainte-Foy, Québec (QC)",
    });
    expect(saved.status).toBe(302);
    const [row] = await missionsOf(employerId);
    expect(row!.town).toBe("Sainte-Foy");
    // in Québec City, not in France
    expect(row!.latitude).toBeCloseTo(46.78, 1);
    expect(row!.longitude).toBeCloseTo(-71.29, 1);
  });

  it("takes the French one when chosen, and ignores a choice made for a name since changed", async () => {
    const { employerId, ownerId } = await organisation();
    expect(
      (await save(ownerId, { town: "Sainte-Foy", townTyped: "Sainte-Foy", townChoice: "Sainte-Foy (France)" })).status,
    ).toBe(302);
    // in France (Vendée), not in Québec
    expect((await missionsOf(employerId))[0]!.longitude).toBeGreaterThan(-10);
    await db.mission.deleteMany({ where: { employerId, title: mission.title } });
    expect(
      (await save(ownerId, { town: "Sherbrooke", townTyped: "Sainte-Foy", townChoice: "Sainte-Foy (France)" })).status,
    ).toBe(302);
    expect((await missionsOf(employerId))[0]!.town).toBe("Sherbrooke");
  });

  it("offers the closest names for a town it does not know, and a clear name saves at once", async () => {
    const { employerId, ownerId } = await organisation();
    const unknown = await save(ownerId, { town: "Qubec" });
    expect(unknown.failure?.errors).toEqual({ town: "towns.unknownTown" });
    expect(unknown.failure?.townChoices?.map((town) => town.label)).toContain("Québec (QC)");
    expect(await missionsOf(employerId)).toEqual([]);
    expect((await save(ownerId, { town: "Montréal" })).status).toBe(302);
  });
});

async function saveProfile(userId: string, fields: Record<string, string>) {
  const body = new FormData();
  const all = {
    name: "Bibliothèque des Saules",
    sector: "culture",
    purpose: "Faire lire tout le monde, à tout âge, dans le quartier.",
    values: "Patience.",
    contentLocale: "fr",
    intent: "save",
    ...fields,
  };
  for (const [name, value] of Object.entries(all)) body.append(name, value);
  const request = await signedInRequest(userId, `${site}/employer/profile`, { method: "POST", body });
  try {
    return {
      status: 200,
      failure: (await organisationProfile.action({ request, params: {}, context: {} })) as Failure,
    };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, location: thrown.headers.get("Location") };
    throw thrown;
  }
}

describe("a town typed in the organisation form", () => {
  it("asks which Sainte-Foy, changes nothing until chosen, then saves the chosen one; an unknown town offers the closest names", async () => {
    const { employerId, ownerId } = await organisation();
    const before = await db.employer.findUniqueOrThrow({ where: { id: employerId } });
    const asked = await saveProfile(ownerId, { town: "Sainte-Foy" });
    expect(asked.failure).toMatchObject({
      errors: { townChoice: "towns.chooseTown" },
      townPreselected: "Sainte-Foy, Québec (QC)",
    });
    expect(asked.failure?.townChoices?.map((town) => town.label)).toEqual([
      "Sainte-Foy, Québec (QC)",
      "Sainte-Foy (France)",
    ]);
    const unknown = await saveProfile(ownerId, { town: "Qubec" });
    expect(unknown.failure?.errors).toEqual({ town: "towns.unknownTown" });
    expect(await db.employer.findUniqueOrThrow({ where: { id: employerId } })).toEqual(before);

    expect(
      await saveProfile(ownerId, {
        town: "Sainte-Foy",
        townTyped: "Sainte-Foy",
        townChoice: "Sainte-Foy, Québec (QC)",
      }),
    ).toMatchObject({ status: 302 });
    const saved = await db.employer.findUniqueOrThrow({ where: { id: employerId } });
    expect(saved.town).toBe("Sainte-Foy");
    expect(saved.longitude).toBeCloseTo(-71.29, 1);
  });
});
