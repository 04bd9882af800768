// Each rule that several server processes could break by "check, then write", fired twice (or more) at once:
// exactly one request wins and the others get the rule's own answer. (Two picks of one interview's slots race in
// interviews.test.ts, outbox claims in outbox.test.ts, leases and rounds in leases.test.ts.)
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { maxPasswordFailures, signInWithPassword } from "~/modules/auth/password-sign-in.server";
import {
  maxCodeTries,
  maxEmailsPerHour,
  requestSignIn,
  signInWithCode,
  TooManySignInEmails,
} from "~/modules/auth/sign-in.server";
import { forgetMission, saveMission } from "~/modules/candidates/saved-missions.server";
import { inviteToApply } from "~/modules/employers/suggestions.server";
import {
  cancelByRecruiter,
  pickSlotByToken,
  proposeInterview,
  rescheduleByRecruiter,
} from "~/modules/interviews/lifecycle.server";
import { interviewToken } from "~/modules/interviews/token.server";
import { AlreadyAppliedError, applyToMission, withdrawApplication } from "~/modules/pipeline/applications.server";
import { moveApplication } from "~/modules/pipeline/employer-pipeline.server";
import { createCandidate } from "../support/fixtures";
import { interviewSetup, proposal } from "../support/interviews";

const now = new Date("2027-09-01T12:00:00Z");
const twoSlots = () =>
  proposal([{ startsAt: new Date("2027-09-14T14:00:00Z") }, { startsAt: new Date("2027-09-15T14:00:00Z") }]);

async function proposed(setup: Awaited<ReturnType<typeof interviewSetup>>) {
  const result = await proposeInterview({
    employerId: setup.employer.id,
    actor: setup.recruiter,
    applicationId: setup.application.id,
    proposal: twoSlots(),
    now,
  });
  if (!result.ok) throw new Error("no interview proposed");
  return result.interviewId;
}

describe("one application per candidate and mission", () => {
  it("of two submissions at once, one applies and the other is told the person has applied", async () => {
    const { employer, mission, candidate, application } = await interviewSetup();
    const { user, profile } = await createCandidate(`twice-${application.id}@exemple.ca`);
    const apply = () =>
      applyToMission({ user, candidateId: profile.id, mission: { ...mission, employer }, message: "", cv: null });
    const results = await Promise.allSettled([apply(), apply()]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((result) => result.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(AlreadyAppliedError);
    expect(await db.application.count({ where: { missionId: mission.id, candidateId: profile.id } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "applicationReceived" } })).toBe(1);
    expect(candidate.id).not.toBe(user.id);
  });
});

describe("a mission kept once", () => {
  it("the same mission kept from two servers at once is kept once, and neither request fails", async () => {
    const { mission, application } = await interviewSetup();
    const { profile } = await createCandidate(`keeps-${application.id}@exemple.ca`);
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => saveMission(profile.id, mission.id)));
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(await db.savedMission.count({ where: { candidateId: profile.id, missionId: mission.id } })).toBe(1);
  });

  it("keeping and forgetting one mission from two servers at once never fails: the mission ends kept or not", async () => {
    const { mission, application } = await interviewSetup();
    const { profile } = await createCandidate(`keeps-forgets-${application.id}@exemple.ca`);
    const requests = Array.from({ length: 40 }, (_, index) =>
      (index % 2 === 0 ? saveMission : forgetMission)(profile.id, mission.id),
    );
    const results = await Promise.allSettled(requests);
    expect(results.filter((result) => result.status === "rejected")).toEqual([]);
    expect(
      await db.savedMission.count({ where: { candidateId: profile.id, missionId: mission.id } }),
    ).toBeLessThanOrEqual(1);
  });
});

describe("one open interview per application", () => {
  it("of two proposals at once, one is made and the other is told an interview is open", async () => {
    const setup = await interviewSetup();
    const propose = () =>
      proposeInterview({
        employerId: setup.employer.id,
        actor: setup.recruiter,
        applicationId: setup.application.id,
        proposal: twoSlots(),
        now,
      });
    const results = await Promise.all([propose(), propose()]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "open-exists" }]);
    expect(await db.interview.count({ where: { applicationId: setup.application.id } })).toBe(1);
    expect(
      await db.outboxEmail.count({ where: { template: "interviewProposal", toAddress: setup.candidate.email } }),
    ).toBe(1);
  });
});

describe("a slot booked once", () => {
  it("the candidate's pick and the recruiter's withdrawal at once: one of them happens, the other is told it changed", async () => {
    const setup = await interviewSetup();
    const interviewId = await proposed(setup);
    const [pick, cancel] = await Promise.all([
      pickSlotByToken(interviewToken(interviewId), 1, { status: "proposed" }, { via: "link", now }),
      cancelByRecruiter({
        employerId: setup.employer.id,
        actor: setup.recruiter,
        interviewId,
        expected: { status: "proposed" },
        now,
      }),
    ]);
    expect([pick.ok, cancel.ok].filter(Boolean)).toHaveLength(1);
    expect(pick.ok ? cancel : pick).toEqual({ ok: false, reason: "changed" });
    const interview = await db.interview.findUniqueOrThrow({ where: { id: interviewId } });
    expect(interview.status).toBe(pick.ok ? "booked" : "cancelled");
  });

  it("two recruiters moving a booked interview to new times at once: one move, the other is told it changed", async () => {
    const setup = await interviewSetup();
    const interviewId = await proposed(setup);
    expect(
      (await pickSlotByToken(interviewToken(interviewId), 1, { status: "proposed" }, { via: "link", now })).ok,
    ).toBe(true);
    const moveTo = (startsAt: Date) =>
      rescheduleByRecruiter({
        employerId: setup.employer.id,
        actor: setup.recruiter,
        interviewId,
        expected: { status: "booked", sequence: 0 },
        target: { slot: { startsAt, durationMinutes: 45 } },
        now,
      });
    const results = await Promise.all([
      moveTo(new Date("2027-09-20T14:00:00Z")),
      moveTo(new Date("2027-09-21T14:00:00Z")),
    ]);
    expect(results).toContainEqual({ ok: true, change: "rescheduled" });
    expect(results).toContainEqual({ ok: false, reason: "changed" });
    expect(await db.interviewSlot.count({ where: { interviewId } })).toBe(3);
    expect((await db.interview.findUniqueOrThrow({ where: { id: interviewId } })).sequence).toBe(1);
  });
});

describe("a stage move made from the stage seen", () => {
  it("two recruiters moving one card at once from the stage they saw: one move, the other refused", async () => {
    const { employer, recruiter, application } = await interviewSetup();
    const move = (to: "screening" | "not_selected") =>
      moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        from: "new",
        to,
        notify: true,
      });
    const results = await Promise.all([move("screening"), move("not_selected")]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const stage = (await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage;
    expect(stage).toBe(results[0] ? "screening" : "not_selected");
    const events = await db.applicationEvent.findMany({
      where: { applicationId: application.id, kind: "stage_changed" },
    });
    expect(events.map((event) => JSON.parse(event.details))).toEqual([{ from: "new", to: stage }]);
  });

  it("a move from a stage that is no longer the application's is refused", async () => {
    const { employer, recruiter, application } = await interviewSetup();
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        from: "new",
        to: "screening",
        notify: false,
      }),
    ).toBe(true);
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        from: "new",
        to: "offer",
        notify: false,
      }),
    ).toBe(false);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("screening");
  });

  it("the recruiter's decision and the candidate's withdrawal at once: one of them stands, recorded once", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup();
    const [moved, withdrawn] = await Promise.all([
      moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        from: "new",
        to: "hired",
        notify: false,
      }),
      withdrawApplication(application.candidateId!, application.id, candidate.id),
    ]);
    expect([moved, withdrawn].filter(Boolean)).toHaveLength(1);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe(
      moved ? "hired" : "withdrawn",
    );
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, kind: "stage_changed" } })).toBe(
      1,
    );
  });
});

describe("limits per address", () => {
  it(`sends at most ${maxEmailsPerHour} sign-in emails an hour to one address, however many requests come at once; the others are told when to try again`, async () => {
    const email = "flood@exemple.ca";
    const answers = await Promise.allSettled(
      Array.from({ length: maxEmailsPerHour + 4 }, () =>
        requestSignIn({ email, locale: "fr", signUp: { kind: "candidate", name: "Flo" } }),
      ),
    );
    expect(answers.filter((answer) => answer.status === "fulfilled")).toHaveLength(maxEmailsPerHour);
    expect(
      answers.filter((answer) => answer.status === "rejected" && answer.reason instanceof TooManySignInEmails),
    ).toHaveLength(4);
    expect(await db.outboxEmail.count({ where: { toAddress: email } })).toBe(maxEmailsPerHour);
  });

  it(`checks at most ${maxPasswordFailures} passwords in a pause's length, however many come at once`, async () => {
    const email = "guess@exemple.ca";
    const answers = await Promise.all(
      Array.from({ length: maxPasswordFailures + 3 }, (_, index) => signInWithPassword(email, `guess-${index}`)),
    );
    expect(answers.filter((answer) => answer.outcome === "wrong")).toHaveLength(maxPasswordFailures);
    expect(answers.filter((answer) => answer.outcome === "paused")).toHaveLength(3);
    expect(await db.passwordFailure.count({ where: { email } })).toBe(maxPasswordFailures);
  });

  it(`compares at most ${maxCodeTries} codes of one sign-in request, however many come at once`, async () => {
    const challengeId = await requestSignIn({
      email: "codes@exemple.ca",
      locale: "fr",
      signUp: { kind: "candidate", name: "Co" },
    });
    const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "codes@exemple.ca" } });
    const rightCode = /\b(\d{6})\b/.exec(row.text)![1];
    const wrongCode = rightCode === "000000" ? "111111" : "000000";
    const answers = await Promise.all(Array.from({ length: 12 }, () => signInWithCode(challengeId, wrongCode)));
    expect(answers.every((answer) => !answer.ok)).toBe(true);
    // a code is compared only after its try is counted: the count says how many were compared
    expect((await db.signInChallenge.findUniqueOrThrow({ where: { id: challengeId } })).failedTries).toBe(maxCodeTries);
    expect(await signInWithCode(challengeId, rightCode)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("one invitation to apply per mission and person", () => {
  it("of two recruiters inviting at once, one invites and the other is told no", async () => {
    const { employer, mission, recruiter } = await interviewSetup();
    const { profile, user } = await createCandidate(`invited-${mission.id}@exemple.ca`);
    await db.consent.create({ data: { userId: user.id, purpose: "suggestions" } });
    const results = await Promise.all([
      inviteToApply(employer.id, recruiter, mission.id, profile.id),
      inviteToApply(employer.id, recruiter, mission.id, profile.id),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email } })).toBe(1);
  });
});
