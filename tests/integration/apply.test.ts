import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { AlreadyAppliedError, applyToMission, findCvForViewer, withdrawApplication } from "~/modules/pipeline/applications.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

describe("applying", () => {
  it("writes the application, its first timeline event and the confirmation email together, once per mission", async () => {
    const { user, profile } = await createCandidate("postule@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const cv = { bytes: new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n")), contentType: "application/pdf", originalName: "cv.pdf" };
    const application = await applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "Bonjour", cv });

    const events = await db.applicationEvent.findMany({ where: { applicationId: application.id } });
    expect(events.map((event) => event.kind)).toEqual(["applied"]);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(email.template).toBe("applicationReceived");
    expect(email.subject).toBe("Candidature reçue : Accueil au musée");

    await expect(applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null })).rejects.toBeInstanceOf(AlreadyAppliedError);
    expect(await db.application.count({ where: { missionId: mission.id } })).toBe(1);

    // the CV: its owner and the employer's members only
    expect(await findCvForViewer(application.id, user.id)).not.toBeNull();
    const member = await db.user.create({ data: { email: "rh@musee.example", name: "RH", kind: "employer", memberships: { create: { employerId: employer.id, role: "recruiter" } } } });
    expect(await findCvForViewer(application.id, member.id)).not.toBeNull();
    const { employer: otherEmployer } = await createEmployerWithMission();
    const outsider = await db.user.create({ data: { email: "rh@autre.example", name: "Autre", kind: "employer", memberships: { create: { employerId: otherEmployer.id, role: "owner" } } } });
    expect(await findCvForViewer(application.id, outsider.id)).toBeNull();
  });

  it("lets only the candidate withdraw their own open application", async () => {
    const { user, profile } = await createCandidate("retrait@exemple.ca");
    const { user: other, profile: otherProfile } = await createCandidate("autre@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const application = await applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null });

    expect(await withdrawApplication(otherProfile.id, application.id, other.id)).toBe(false);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("new");

    expect(await withdrawApplication(profile.id, application.id, user.id)).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("withdrawn");
    expect(await withdrawApplication(profile.id, application.id, user.id)).toBe(false);
    const kinds = (await db.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: "asc" } })).map((event) => event.kind);
    expect(kinds).toEqual(["applied", "stage_changed"]);
  });
});
