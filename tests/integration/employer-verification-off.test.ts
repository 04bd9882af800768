// EMPLOYER_VERIFICATION=off, for a private installation: a new organisation is verified as it signs up, and its
// missions are shown as soon as they are published.
import { describe, expect, it } from "vitest";

process.env.EMPLOYER_VERIFICATION = "off";

describe("EMPLOYER_VERIFICATION=off", () => {
  it("verifies a new organisation at once: its mission is published and found", async () => {
    const { db } = await import("~/db.server");
    const { requestSignIn, signInWithLink } = await import("~/modules/auth/sign-in.server");
    const { publishMission } = await import("~/modules/missions/editor.server");
    const { parseMissionSearch } = await import("~/modules/missions/parse-search.server");
    const { searchMissions } = await import("~/modules/missions/search.server");

    await requestSignIn({
      email: "prive@exemple.ca",
      locale: "fr",
      signUp: { kind: "employer", name: "Marc Roy", orgName: "Coopérative privée" },
    });
    const signIn = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "prive@exemple.ca", template: "signIn" },
    });
    const result = await signInWithLink(signIn.text.match(/token=([\w-]+)/)?.[1] ?? "");
    if (!result.ok) throw new Error(result.reason);
    const { employer } = await db.membership.findFirstOrThrow({
      where: { userId: result.user.id },
      include: { employer: true },
    });
    expect(employer.verificationStatus).toBe("verified");
    expect(employer.verificationDecidedAt).not.toBeNull();

    const mission = await db.mission.create({
      data: {
        employerId: employer.id,
        title: "Accueil zqprivee",
        summary: "Accueillir les membres.",
        description: "Votre mission : accueillir les membres de la coopérative.",
        sector: "retail",
        scheduleMask: 0b1,
        hoursPerWeekMin: 4,
        hoursPerWeekMax: 6,
        town: "Québec",
        status: "draft",
      },
    });
    expect(await publishMission(employer.id, mission.id)).toEqual({ ok: true, status: "published" });
    const found = await searchMissions(parseMissionSearch(new URLSearchParams({ q: "zqprivee" })));
    expect(found.missions.map((card) => card.id)).toEqual([mission.id]);
  });
});
