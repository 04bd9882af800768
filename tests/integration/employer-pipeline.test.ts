import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { createSession } from "~/modules/auth/session.server";
import { acceptTeamInvitation, inviteRecruiter, removeMember } from "~/modules/employers/team.server";
import { inviteToApply, suggestCandidates } from "~/modules/employers/suggestions.server";
import {
  closeExpiredMissions,
  closeMission,
  duplicateMission,
  publishMission,
  reopenMission,
} from "~/modules/missions/editor.server";
import {
  addNote,
  listPipeline,
  moveApplication,
  moveApplications,
  remindIdleApplications,
} from "~/modules/pipeline/employer-pipeline.server";
import { groupByStage } from "~/modules/vocabulary/pipeline-stages";
import { applyToMission, withdrawApplication } from "~/modules/pipeline/applications.server";
import { bulkForm, moveForm } from "~/modules/pipeline/pipeline-forms";
import { listTemplates, resetTemplate, saveTemplate } from "~/modules/pipeline/candidate-emails.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

const day = 86_400_000;

async function setup(locale: "fr" | "en" = "en") {
  const { employer, mission } = await createEmployerWithMission();
  const recruiter = await db.user.create({
    data: {
      email: `rh-${employer.id}@musee.example`,
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const { user, profile } = await createCandidate(`cand-${employer.id}@exemple.ca`, locale);
  const application = await applyToMission({
    user,
    candidateId: profile.id,
    mission: { ...mission, employer },
    message: "",
    cv: null,
  });
  await db.outboxEmail.deleteMany();
  return { employer, mission, recruiter, candidate: user, application };
}

describe("moving a card", () => {
  it("writes the stage, the timeline and, when asked, the email in the candidate's language with the merge fields", async () => {
    const { employer, recruiter, candidate, application } = await setup("en");
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        to: "not_selected",
        notify: true,
      }),
    ).toBe(true);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: candidate.email } });
    expect(email.locale).toBe("en");
    expect(email.subject).toBe("Your application for the mission “Accueil au musée”");
    expect(email.text).toContain("Hello Yvon Lapointe,");
    expect(email.text).toContain(`The ${employer.name} team`);
    const kinds = (
      await db.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { createdAt: "asc" } })
    ).map((event) => event.kind);
    expect(kinds).toEqual(["applied", "stage_changed", "email"]);
  });

  it("sends nothing when the recruiter chooses not to, and refuses another organisation's application", async () => {
    const { employer, recruiter, application } = await setup();
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        to: "screening",
        notify: false,
      }),
    ).toBe(true);
    expect(await db.outboxEmail.count()).toBe(0);
    const other = await setup();
    expect(
      await moveApplication({
        employerId: other.employer.id,
        actor: other.recruiter,
        applicationId: application.id,
        to: "hired",
        notify: true,
      }),
    ).toBe(false);
    expect(await addNote(other.employer.id, other.recruiter, application.id, "intrusion")).toBe(false);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("screening");
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("a withdrawn application", () => {
  it("stays the candidate's decision: a recruiter can neither move it nor mark an application withdrawn", async () => {
    const { employer, recruiter, candidate, application } = await setup();
    expect(await withdrawApplication(application.candidateId!, application.id, candidate.id)).toBe(true);
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        to: "interview",
        notify: true,
      }),
    ).toBe(false);
    expect(
      await moveApplications({
        employerId: employer.id,
        actor: recruiter,
        applicationIds: [application.id],
        to: "screening",
        notify: true,
      }),
    ).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("withdrawn");
    expect(await db.outboxEmail.count()).toBe(0);

    expect(moveForm.safeParse({ application: application.id, from: "new", to: "withdrawn" }).success).toBe(false);
    expect(bulkForm.safeParse({ ids: [application.id], to: "withdrawn" }).success).toBe(false);
    expect(moveForm.safeParse({ application: application.id, from: "new", to: "screening" }).success).toBe(true);
    expect(bulkForm.safeParse({ ids: [application.id], to: "screening" }).success).toBe(true);
  });
});

describe("the employer's own wording", () => {
  it("replaces the default, with the merge fields filled, until it is reset", async () => {
    const { employer, recruiter, candidate, application } = await setup("fr");
    await saveTemplate(employer.id, {
      kind: "stage-screening",
      locale: "fr",
      subject: "{employer} : on vous lit, {candidate}",
      body: "Bonjour {candidate},\n\nMerci pour « {mission} ».",
    });
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "screening",
      notify: true,
    });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: candidate.email } });
    expect(email.subject).toBe(`${employer.name} : on vous lit, Yvon Lapointe`);
    expect(email.text).toContain("Merci pour « Accueil au musée ».");
    await resetTemplate(employer.id, "stage-screening", "fr");
    const templates = await listTemplates(employer.id);
    expect(templates.find((template) => template.kind === "stage-screening" && template.locale === "fr")).toMatchObject(
      { custom: false, subject: "{employer} lit votre candidature" },
    );
  });
});

describe("nobody left waiting", () => {
  it("after 10 days without a decision, sends one honest 'still reviewing' email, never a second", async () => {
    const { application, candidate } = await setup("fr");
    const start = (await db.application.findUniqueOrThrow({ where: { id: application.id } })).lastActivityAt;
    const sentToCandidate = () => db.outboxEmail.count({ where: { toAddress: candidate.email } });
    await remindIdleApplications(new Date(start.getTime() + 9 * day));
    expect(await sentToCandidate()).toBe(0);
    await remindIdleApplications(new Date(start.getTime() + 10 * day + 1000));
    expect(await sentToCandidate()).toBe(1);
    await remindIdleApplications(new Date(start.getTime() + 30 * day));
    const emails = await db.outboxEmail.findMany({ where: { toAddress: candidate.email } });
    expect(emails.map((email) => email.subject)).toEqual([
      "Votre candidature à la mission « Accueil au musée » est toujours à l’étude",
    ]);
  });

  it("does not remind when a recruiter acted in time", async () => {
    const { employer, recruiter, application } = await setup();
    const start = (await db.application.findUniqueOrThrow({ where: { id: application.id } })).lastActivityAt;
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "screening",
      notify: false,
      now: new Date(start.getTime() + 8 * day),
    });
    await remindIdleApplications(new Date(start.getTime() + 12 * day));
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stillReviewingSentAt).toBeNull();
  });
});

describe("missions", () => {
  it("refuses to publish a text with an age term, and closes missions past their end date", async () => {
    const { employer, mission } = await setup();
    await db.mission.update({
      where: { id: mission.id },
      data: { status: "draft", publishedAt: null, description: "Nous cherchons une personne jeune et dynamique." },
    });
    const refused = await publishMission(employer.id, mission.id);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.hits.map((field) => field.field)).toEqual(["description"]);
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("draft");

    await db.mission.update({
      where: { id: mission.id },
      data: { description: "Vous accueillez les visiteurs avec chaleur." },
    });
    const now = new Date();
    expect((await publishMission(employer.id, mission.id, now)).ok).toBe(true);
    const published = await db.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(published.status).toBe("published");
    expect(await closeExpiredMissions(new Date(published.closesAt!.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("closed");
  });
});

describe("the pipeline list", () => {
  it("filters by stage, fit and waiting time, and sorts", async () => {
    const { employer, recruiter, application, mission } = await setup();
    const second = await createCandidate(`second-${employer.id}@exemple.ca`);
    const other = await applyToMission({
      user: second.user,
      candidateId: second.profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: other.id,
      to: "screening",
      notify: false,
    });
    const all = await listPipeline(employer.id, { sort: "activity" });
    expect(all.map((item) => item.id).sort()).toEqual([application.id, other.id].sort());
    expect((await listPipeline(employer.id, { sort: "activity", stage: "screening" })).map((item) => item.id)).toEqual([
      other.id,
    ]);
    const later = new Date(Date.now() + 11 * day);
    const waiting = await listPipeline(employer.id, { sort: "activity", idleDays: 10 }, later);
    expect(waiting).toHaveLength(2);
    expect(waiting.every((item) => item.waiting)).toBe(true);
    expect(await listPipeline(employer.id, { sort: "score", minScore: 101 })).toEqual([]);
    expect(groupByStage(all).map((column) => column.items.length)).toEqual([1, 1, 0, 0, 0, 0, 0]);
  });

  it("moves a selection at once and tells each person", async () => {
    const { employer, recruiter, application, mission, candidate } = await setup("fr");
    const second = await createCandidate(`bulk-${employer.id}@exemple.ca`, "en");
    const other = await applyToMission({
      user: second.user,
      candidateId: second.profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    await db.outboxEmail.deleteMany();
    expect(
      await moveApplications({
        employerId: employer.id,
        actor: recruiter,
        applicationIds: [application.id, other.id],
        to: "not_selected",
        notify: true,
      }),
    ).toBe(2);
    const subjects = (await db.outboxEmail.findMany({ orderBy: { toAddress: "asc" } })).map((email) => [
      email.toAddress,
      email.subject,
    ]);
    expect(subjects).toEqual(
      [
        [second.user.email, "Your application for the mission “Accueil au musée”"],
        [candidate.email, "Votre candidature à la mission « Accueil au musée »"],
      ].sort(),
    );
  });
});

describe("suggested candidates", () => {
  it("ranks only visible people who have not applied, and invites each once", async () => {
    const { employer, recruiter, mission } = await setup();
    const visible = await createCandidate(`visible-${employer.id}@exemple.ca`);
    await db.candidateProfile.update({ where: { id: visible.profile.id }, data: { availabilityMask: 0b1 } });
    await db.consent.create({ data: { userId: visible.user.id, purpose: "suggestions" } });
    const hidden = await createCandidate(`hidden-${employer.id}@exemple.ca`);
    const suggestions = await suggestCandidates(employer.id, mission.id);
    const ids = suggestions!.ranked.map((item) => item.profile.id);
    expect(ids).toContain(visible.profile.id);
    expect(ids).not.toContain(hidden.profile.id);
    expect(await inviteToApply(employer.id, recruiter, mission.id, hidden.profile.id)).toBe(false);
    expect(await inviteToApply(employer.id, recruiter, mission.id, visible.profile.id)).toBe(true);
    expect(await inviteToApply(employer.id, recruiter, mission.id, visible.profile.id)).toBe(false);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: visible.user.email } });
    expect(email.text).toContain(`/missions/${mission.id}`);
    const other = await setup();
    expect(await suggestCandidates(other.employer.id, mission.id)).toBeNull();
  });
});

describe("mission lifecycle", () => {
  it("closes, reopens with a new end date, and duplicates as a draft", async () => {
    const { employer, mission } = await setup();
    expect(await closeMission(employer.id, mission.id)).toBe(true);
    expect(await closeMission(employer.id, mission.id)).toBe(false);
    await db.mission.update({ where: { id: mission.id }, data: { closesAt: new Date(Date.now() - day) } });
    expect(await reopenMission(employer.id, mission.id)).toBe(true);
    const reopened = await db.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect(reopened.status).toBe("published");
    expect(reopened.closesAt!.getTime()).toBeGreaterThan(Date.now() + 44 * day);
    const copyId = await duplicateMission(employer.id, mission.id, "(copie)");
    const copy = await db.mission.findUniqueOrThrow({ where: { id: copyId! } });
    expect(copy).toMatchObject({
      status: "draft",
      title: "Accueil au musée (copie)",
      publishedAt: null,
      scheduleMask: mission.scheduleMask,
    });
    const other = await setup();
    expect(await duplicateMission(other.employer.id, mission.id, "(copie)")).toBeNull();
    expect(await reopenMission(other.employer.id, mission.id)).toBe(false);
  });
});

describe("team", () => {
  it("an invitation creates the recruiter's account; removing them takes effect on their very next request", async () => {
    const { employer, recruiter } = await setup();
    await inviteRecruiter({ employer, inviter: recruiter, email: "nouvelle@musee.example", locale: "fr" });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "nouvelle@musee.example" } });
    const token = email.text.match(/token=([\w-]+)/)?.[1] ?? "";
    expect(await acceptTeamInvitation(token, "")).toEqual({ ok: false, reason: "name-required" });
    const accepted = await acceptTeamInvitation(token, "Chantal Giroux");
    expect(accepted.ok).toBe(true);
    expect(await acceptTeamInvitation(token, "Chantal Giroux")).toEqual({ ok: false, reason: "expired" });
    const member = await db.membership.findFirstOrThrow({
      where: { employerId: employer.id, user: { email: "nouvelle@musee.example" } },
    });
    expect(member.role).toBe("recruiter");

    const cookie = (await createSession(member.userId)).split(";")[0];
    const request = () => new Request("http://chevronne.test/employer/pipeline", { headers: { Cookie: cookie } });
    expect((await requireEmployerMember(request())).employer.id).toBe(employer.id);
    expect(await removeMember(employer.id, member.id)).toBe(true);
    // the page that says they left the team, by its name (organisations.test.ts), rather than "not found"
    await expect(requireEmployerMember(request())).rejects.toMatchObject({
      init: { status: 403 },
      data: { removedFromTeam: { removedFrom: { id: employer.id } } },
    });
  });

  it("a candidate account cannot join a team", async () => {
    const { employer, recruiter } = await setup();
    await createCandidate("deja.candidate@exemple.ca");
    await inviteRecruiter({ employer, inviter: recruiter, email: "deja.candidate@exemple.ca", locale: "fr" });
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: "deja.candidate@exemple.ca" } });
    expect(await acceptTeamInvitation(email.text.match(/token=([\w-]+)/)?.[1] ?? "", "X")).toEqual({
      ok: false,
      reason: "candidate-account",
    });
  });
});
