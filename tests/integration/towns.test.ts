// Towns as people type them, through the doors they use (the search page's loader, the profile's place step), on
// the real database: a misspelt town is named as unknown with the closest names in every sort, a former
// municipality is found in Québec (not France), an ambiguous name is asked about, and cards carry distances.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { distanceKm } from "~/modules/places/distance";
import { findTown } from "~/modules/places/towns.server";
import * as searchPage from "~/routes/($lang).missions._index";
import * as profileStep from "~/routes/profile.$step";
import { createCandidate, signedInRequest } from "../support/fixtures";

const site = "http://chevronne.test";
const sorts = ["fit", "newest", "nearest"] as const;
const sainteFoy = findTown("Sainte-Foy, Québec (QC)")!;
const montreal = findTown("Montréal, QC")!;

let candidateCount = 0;
async function candidateLivingIn(town: { label: string; latitude: number; longitude: number } | null) {
  candidateCount += 1;
  const { user } = await createCandidate(`towns-${candidateCount}-${Date.now()}@exemple.ca`);
  if (town)
    await db.candidateProfile.update({
      where: { userId: user.id },
      data: { town: town.label, latitude: town.latitude, longitude: town.longitude },
    });
  return user;
}

type SearchData = Awaited<ReturnType<typeof searchPage.loader>>;

async function searchAs(userId: string | null, query: string): Promise<SearchData> {
  const url = `${site}/missions?${query}`;
  const request = userId ? await signedInRequest(userId, url) : new Request(url);
  return searchPage.loader({ request, params: {}, context: {} });
}

const formBody = (fields: Record<string, string>) => new URLSearchParams(fields);

type PlaceAnswer = { failure: Record<string, unknown> | null; location: string | null };

async function postPlace(userId: string, fields: Record<string, string>): Promise<PlaceAnswer> {
  const request = await signedInRequest(userId, `${site}/profile/place`, {
    method: "POST",
    body: formBody({ travelMaxKm: "20", then: "later", ...fields }),
  });
  try {
    return {
      failure: (await profileStep.action({ request, params: { step: "place" }, context: {} })) as Record<
        string,
        unknown
      >,
      location: null,
    };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    if (!thrown.headers.get("Location")) throw new Error(`refused: ${thrown.status} ${await thrown.text()}`);
    return { failure: null, location: thrown.headers.get("Location") };
  }
}

beforeEach(async () => {
  await db.mission.deleteMany({ where: { title: { startsWith: "Villes :" } } });
  const employer = await db.employer.upsert({
    where: { slug: "villes-employeur" },
    create: {
      slug: "villes-employeur",
      name: "Bibliothèque de Sainte-Foy",
      sector: "culture",
      purpose: "Lire",
      town: "Québec",
      verificationStatus: "verified",
    },
    update: {},
  });
  await db.mission.create({
    data: {
      employerId: employer.id,
      title: "Villes : accueil à la bibliothèque",
      summary: "Accueillir les lecteurs.",
      description: "Votre mission : accueillir les lecteurs.",
      sector: "culture",
      scheduleMask: 0b111,
      hoursPerWeekMin: 4,
      hoursPerWeekMax: 8,
      town: "Québec",
      latitude: 46.81,
      longitude: -71.21,
      status: "published",
      publishedAt: new Date(),
      closesAt: new Date(Date.now() + 30 * 86_400_000),
    },
  });
});

const ours = (data: SearchData) => data.missions.filter((mission) => mission.title.startsWith("Villes :"));

describe("the search page's town", () => {
  it("says it does not know a misspelt town, and offers Québec, in every sort, signed in or not", async () => {
    const candidate = await candidateLivingIn({
      label: "Montréal (QC)",
      latitude: montreal.latitude,
      longitude: montreal.longitude,
    });
    for (const userId of [null, candidate.id]) {
      for (const sort of sorts) {
        const data = await searchAs(userId, `town=Qubec&sort=${sort}`);
        expect(data.place, `${sort} ${userId ? "candidate" : "anonymous"}`).toMatchObject({
          kind: "unknown",
          typed: "Qubec",
        });
        if (data.place.kind !== "unknown") continue;
        expect(data.place.closest[0].town.label).toBe("Québec (QC)");
        const link = new URL(data.place.closest[0].href, site);
        expect(link.searchParams.get("town")).toBe("Québec (QC)");
        // the link keeps the rest of the search
        expect(link.searchParams.get("sort") ?? "fit").toBe(sort);
      }
    }
  });

  it("reads Sainte-Foy as the former town in Québec, offers the French one, and measures every sort's distances from it", async () => {
    const candidate = await candidateLivingIn({
      label: "Montréal (QC)",
      latitude: montreal.latitude,
      longitude: montreal.longitude,
    });
    for (const userId of [null, candidate.id]) {
      for (const sort of sorts) {
        const data = await searchAs(userId, `town=ste+foy&sort=${sort}`);
        expect(data.place, sort).toMatchObject({
          kind: "town",
          ambiguous: true,
          town: { name: "Sainte-Foy", today: "Québec", region: "QC" },
        });
        if (data.place.kind === "town")
          expect(data.place.alternatives.map((link) => link.town.label)).toEqual(["Sainte-Foy (France)"]);
        const [card] = ours(data);
        expect(card, sort).toBeDefined();
        expect(card.distanceKm, sort).toBeCloseTo(distanceKm(sainteFoy, { latitude: 46.81, longitude: -71.21 }), 3);
        expect(card.distanceKm!, sort).toBeLessThan(10);
      }
    }
  });

  it("measures a signed-in candidate's distances from home when no town is typed, in every sort", async () => {
    const candidate = await candidateLivingIn({
      label: "Montréal (QC)",
      latitude: montreal.latitude,
      longitude: montreal.longitude,
    });
    for (const sort of sorts) {
      const data = await searchAs(candidate.id, `sort=${sort}`);
      expect(data.place).toEqual({ kind: "home", label: "Montréal (QC)" });
      expect(ours(data)[0].distanceKm, sort).toBeGreaterThan(200);
    }
  });
});

describe("the profile's place step", () => {
  it("asks which Sainte-Foy, Québec's ticked, saves nothing until chosen, then saves it with its province", async () => {
    const candidate = await candidateLivingIn(null);
    const asked = await postPlace(candidate.id, { town: "Sainte-Foy" });
    expect(asked.failure).toMatchObject({
      errors: { townChoice: "towns.chooseTown" },
      townPreselected: "Sainte-Foy, Québec (QC)",
    });
    expect((asked.failure?.townChoices as { label: string }[]).map((town) => town.label)).toEqual([
      "Sainte-Foy, Québec (QC)",
      "Sainte-Foy (France)",
    ]);
    expect(await db.candidateProfile.findUnique({ where: { userId: candidate.id } })).toMatchObject({
      town: "",
      latitude: null,
    });

    const saved = await postPlace(candidate.id, {
      town: "Sainte-Foy",
      townTyped: "Sainte-Foy",
      townChoice: "Sainte-Foy, Québec (QC)",
    });
    expect(saved.location).toBe("/profile?saved=1");
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } });
    expect(profile).toMatchObject({
      town: "Sainte-Foy, Québec (QC)",
      latitude: sainteFoy.latitude,
      longitude: sainteFoy.longitude,
    });
  });

  it("saves a clear name at once, and reads a choice only for the name it was offered for", async () => {
    const candidate = await candidateLivingIn(null);
    expect((await postPlace(candidate.id, { town: "montreal" })).location).toBe("/profile?saved=1");
    expect(await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } })).toMatchObject({
      town: "Montréal (QC)",
    });
    // the name was changed after the choice was offered: the new name counts
    expect(
      (await postPlace(candidate.id, { town: "Hull", townTyped: "Sainte-Foy", townChoice: "Sainte-Foy (France)" }))
        .location,
    ).toBe("/profile?saved=1");
    expect(await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } })).toMatchObject({
      town: "Hull, Gatineau (QC)",
    });
  });

  it("says it does not know a misspelt town and offers the closest names to choose from", async () => {
    const candidate = await candidateLivingIn(null);
    const answer = await postPlace(candidate.id, { town: "Qubec" });
    expect(answer.failure).toMatchObject({ errors: { town: "towns.unknownTown" }, townPreselected: null });
    expect((answer.failure?.townChoices as { label: string }[])[0].label).toBe("Québec (QC)");
    expect(
      (await postPlace(candidate.id, { town: "Qubec", townTyped: "Qubec", townChoice: "Québec (QC)" })).location,
    ).toBe("/profile?saved=1");
    expect(await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } })).toMatchObject({
      town: "Québec (QC)",
    });
  });
});
