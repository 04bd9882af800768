import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { storeImage } from "~/modules/files/images.server";
import { loader as cvLoader } from "~/routes/applications.$id.cv";
import { loader as imageLoader } from "~/routes/images.$id";
import { proposeInterview } from "~/modules/interviews/lifecycle.server";
import {
  AlreadyAppliedError,
  applyToMission,
  findCvForViewer,
  findWithdrawable,
  withdrawApplication,
} from "~/modules/pipeline/applications.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { interviewSetup, proposal } from "../support/interviews";

describe("applying", () => {
  it("writes the application, its first timeline event and the confirmation email together, once per mission", async () => {
    const { user, profile } = await createCandidate("postule@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const cv = {
      bytes: new Uint8Array(Buffer.from("%PDF-1.4\n%%EOF\n")),
      contentType: "application/pdf",
      originalName: "cv.pdf",
    };
    const application = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "Bonjour",
      cv,
    });

    const events = await db.applicationEvent.findMany({ where: { applicationId: application.id } });
    expect(events.map((event) => event.kind)).toEqual(["applied"]);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email } });
    expect(email.template).toBe("applicationReceived");
    expect(email.subject).toBe("Candidature reçue : Accueil au musée");

    await expect(
      applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null }),
    ).rejects.toBeInstanceOf(AlreadyAppliedError);
    expect(await db.application.count({ where: { missionId: mission.id } })).toBe(1);

    // the CV: its owner and the employer's members only
    expect(await findCvForViewer(application.id, user.id)).not.toBeNull();
    const member = await db.user.create({
      data: {
        email: "rh@musee.example",
        name: "RH",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "recruiter" } },
      },
    });
    expect(await findCvForViewer(application.id, member.id)).not.toBeNull();
    const { employer: otherEmployer } = await createEmployerWithMission();
    const outsider = await db.user.create({
      data: {
        email: "rh@autre.example",
        name: "Autre",
        kind: "employer",
        memberships: { create: { employerId: otherEmployer.id, role: "owner" } },
      },
    });
    expect(await findCvForViewer(application.id, outsider.id)).toBeNull();
  });

  it("lets only the candidate withdraw their own open application", async () => {
    const { user, profile } = await createCandidate("retrait@exemple.ca");
    const { user: other, profile: otherProfile } = await createCandidate("autre@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const application = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });

    expect(await withdrawApplication(otherProfile.id, application.id, other.id)).toBe(false);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("new");

    expect(await withdrawApplication(profile.id, application.id, user.id)).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("withdrawn");
    expect(await withdrawApplication(profile.id, application.id, user.id)).toBe(false);
    const kinds = (
      await db.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: "asc" } })
    ).map((event) => event.kind);
    expect(kinds).toEqual(["applied", "stage_changed"]);
  });
});

describe("withdrawing, then applying again", () => {
  it("reopens the same application with its history when the candidate applies again to a mission still open", async () => {
    const { user, profile } = await createCandidate("revient@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const first = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "Premier mot",
      cv: null,
    });
    expect(await findWithdrawable(profile.id, first.id)).toMatchObject({ id: first.id, openInterview: null });
    expect(await withdrawApplication(profile.id, first.id, user.id)).toBe(true);
    expect(await findWithdrawable(profile.id, first.id)).toBeNull();

    const again = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "Je reviens",
      cv: null,
    });
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ stage: "new", message: "Je reviens" });
    const events = await db.applicationEvent.findMany({
      where: { applicationId: first.id },
      orderBy: { createdAt: "asc" },
    });
    expect(
      events.map((event) => [event.kind, JSON.parse(event.details).again ?? JSON.parse(event.details).to]),
    ).toEqual([
      ["applied", false],
      ["stage_changed", "withdrawn"],
      ["applied", true],
    ]);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "applicationReceived" } })).toBe(2);
    // an open application is not sent twice
    await expect(
      applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null }),
    ).rejects.toBeInstanceOf(AlreadyAppliedError);
  });

  it("reopens once when two sends race", async () => {
    const { user, profile } = await createCandidate("double@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const application = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    await withdrawApplication(profile.id, application.id, user.id);
    const send = () =>
      applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null }).then(
        () => "sent",
        (error) => (error instanceof AlreadyAppliedError ? "already" : Promise.reject(error)),
      );
    expect((await Promise.all([send(), send()])).sort()).toEqual(["already", "sent"]);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, kind: "applied" } })).toBe(2);
  });

  it("withdraws the interview times still proposed", async () => {
    const { recruiter, candidate, application, employer } = await interviewSetup();
    const now = new Date("2027-09-01T12:00:00Z");
    const proposed = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal([{ startsAt: new Date("2027-09-14T14:00:00Z") }]),
      now,
    });
    expect(proposed.ok).toBe(true);
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: candidate.id } });
    expect((await findWithdrawable(profile.id, application.id))?.openInterview).toMatchObject({ status: "proposed" });

    expect(await withdrawApplication(profile.id, application.id, candidate.id)).toBe(true);
    expect((await db.interview.findFirstOrThrow({ where: { applicationId: application.id } })).status).toBe(
      "cancelled",
    );
    expect(
      await db.outboxEmail.findFirstOrThrow({ where: { toAddress: candidate.email, template: "interviewCancelled" } }),
    ).toBeTruthy();
  });
});

describe("files, kept in the database so that any server process serves them", () => {
  const pdf = new Uint8Array(Buffer.from("%PDF-1.4\n% Chevronné\n%%EOF\n"));

  it("serves a CV to its candidate and to nobody outside the employer", async () => {
    const { user, profile } = await createCandidate("cv@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const application = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: { bytes: pdf, contentType: "application/pdf", originalName: "mon cv.pdf" },
    });
    const requestAs = async (userId: string) => {
      const cookie = (await createSession(userId)).split(";")[0];
      return new Request(`http://chevronne.test/applications/${application.id}/cv`, { headers: { Cookie: cookie } });
    };

    const response = await cvLoader({ request: await requestAs(user.id), params: { id: application.id }, context: {} });
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(pdf);

    const { user: outsider } = await createCandidate("curieux@exemple.ca");
    const refused = await cvLoader({
      request: await requestAs(outsider.id),
      params: { id: application.id },
      context: {},
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(404);
  });

  it("serves an employer's image to anyone, and never a CV through the image route", async () => {
    const { employer } = await createEmployerWithMission();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const image = await db.$transaction((tx) =>
      storeImage(tx, employer.id, { bytes: png, contentType: "image/png", name: "logo.png" }),
    );
    const response = await imageLoader({
      request: new Request(`http://chevronne.test/images/${image.id}`),
      params: { id: image.id },
      context: {},
    });
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);

    const cv = await db.storedFile.create({
      data: {
        ownerId: employer.id,
        content: pdf,
        originalName: "cv.pdf",
        contentType: "application/pdf",
        size: pdf.byteLength,
      },
    });
    const refused = await imageLoader({
      request: new Request(`http://chevronne.test/images/${cv.id}`),
      params: { id: cv.id },
      context: {},
    }).catch((error: unknown) => error);
    expect((refused as Response).status).toBe(404);
  });
});
