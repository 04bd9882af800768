// Issue 13, points 13 and 14: a move's email is previewed and may be edited (what the recruiter wrote is what the
// candidate reads, over real SMTP), a rejection is never pre-ticked, every move's email waits 5 minutes and may be
// withdrawn until then (injected clock), and an undo racing the outbox worker either withdraws it or is told it went.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { moveApplication, moveApplications, planBulkMove } from "~/modules/pipeline/employer-pipeline.server";
import { notifyByDefault, undoWindowMs } from "~/modules/pipeline/move-emails";
import { pendingMoveEmails, previewMoveEmail, withdrawMoveEmail } from "~/modules/pipeline/move-emails.server";
import { moveForm } from "~/modules/pipeline/pipeline-forms";
import { stages } from "~/modules/vocabulary/pipeline-stages";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});

const minute = 60_000;
const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));

async function deliverAll(now: Date) {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, now)) > 0) {
    // until nothing is due
  }
}

async function setup(locale: "fr" | "en" = "fr") {
  const { employer, mission } = await createEmployerWithMission();
  const recruiter = await db.user.create({
    data: {
      email: `rh-${employer.id}@musee.example`,
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const { user, profile } = await createCandidate(`board-${employer.id}@exemple.ca`, locale);
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

const moveEmailOf = (applicationId: string) =>
  db.outboxEmail.findFirstOrThrow({ where: { topic: `candidate-move:${applicationId}` } });

describe("the 'tell the person' box", () => {
  it("is never ticked in advance for a rejection, nor for a stage without email; ticked for the other stages", () => {
    expect(notifyByDefault("not_selected")).toBe(false);
    expect(notifyByDefault("new")).toBe(false);
    expect(stages.filter(notifyByDefault)).toEqual(["screening", "interview", "offer", "hired"]);
  });
});

describe("the email previewed, edited and sent", () => {
  it("previews the organisation's wording in the person's language, and sends what the recruiter wrote, 5 minutes later", async () => {
    const { employer, recruiter, candidate, application } = await setup("en");
    const preview = await previewMoveEmail(employer.id, application.id, "not_selected");
    expect(preview).toMatchObject({
      kind: "not-selected",
      locale: "en",
      subject: "Your application for the mission “Accueil au musée”",
    });
    expect(preview!.body).toContain("Hello Yvon Lapointe,");

    const now = new Date();
    const written = {
      subject: "About the museum mission",
      body: "Dear Yvon,\n\nWe chose someone living closer to the museum. Thank you warmly.",
    };
    const parsed = moveForm.parse({
      application: application.id,
      from: "new",
      to: "not_selected",
      notify: "on",
      ...written,
    });
    expect(
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        from: parsed.from,
        to: parsed.to,
        notify: parsed.notify,
        written,
        now,
      }),
    ).toBe(true);

    await deliverAll(new Date(now.getTime() + undoWindowMs - minute));
    expect(smtp.messages.filter(to(candidate.email))).toHaveLength(0);
    await deliverAll(new Date(now.getTime() + undoWindowMs + 1000));
    const [mail] = smtp.messages.filter(to(candidate.email));
    expect(mail.subject).toBe("About the museum mission");
    expect(mail.text).toContain("We chose someone living closer to the museum. Thank you warmly.");
    expect(mail.text).not.toContain("Hello Yvon Lapointe,");
  });

  it("refuses an emptied text when the box is ticked, and ignores it when not", () => {
    const base = { application: "a", from: "new", to: "not_selected", subject: " ", body: "" };
    const refused = moveForm.safeParse({ ...base, notify: "on" });
    expect(refused.success ? [] : refused.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["subject", "errors.subjectRequired"],
      ["body", "errors.bodyRequired"],
    ]);
    expect(moveForm.safeParse(base).success).toBe(true);
  });
});

describe("'Annuler l'envoi'", () => {
  it("withdraws the email within 5 minutes, hides it from the person's history, and nothing goes", async () => {
    const other = await setup();
    const { employer, recruiter, candidate, application } = await setup();
    const now = new Date();
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "screening",
      notify: true,
      now,
    });
    const email = await moveEmailOf(application.id);
    expect((await pendingMoveEmails(employer.id, recruiter.id, now)).map((pending) => pending.id)).toEqual([email.id]);
    expect(await pendingMoveEmails(other.employer.id, recruiter.id, now)).toEqual([]);

    expect(await withdrawMoveEmail(other.employer.id, email.id, now)).toBe("not-found");
    expect((await moveEmailOf(application.id)).status).toBe("pending");

    expect(await withdrawMoveEmail(employer.id, email.id, new Date(now.getTime() + 4 * minute))).toBe("withdrawn");
    expect(await withdrawMoveEmail(employer.id, email.id, new Date(now.getTime() + 4 * minute))).toBe("gone");
    expect(await pendingMoveEmails(employer.id, recruiter.id, now)).toEqual([]);
    await deliverAll(new Date(now.getTime() + 10 * minute));
    expect(smtp.messages.filter(to(candidate.email))).toHaveLength(0);
    expect(await moveEmailOf(application.id)).toMatchObject({ status: "withdrawn", text: "" });
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: application.id, kind: "email" },
    });
    expect(event.private).toBe(true);
    // the move itself stays
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("screening");
  });

  it("after 5 minutes is too late: the email is sent and the recruiter told so", async () => {
    const { employer, recruiter, candidate, application } = await setup();
    const now = new Date();
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "interview",
      notify: true,
      now,
    });
    const email = await moveEmailOf(application.id);
    const later = new Date(now.getTime() + undoWindowMs + 1000);
    expect(await withdrawMoveEmail(employer.id, email.id, later)).toBe("gone");
    await deliverAll(later);
    expect(smtp.messages.filter(to(candidate.email))).toHaveLength(1);
    expect((await moveEmailOf(application.id)).status).toBe("sent");
  });

  it("racing the worker: either the email is withdrawn and never sent, or it is sent and the undo says so", async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round += 1) {
      const { employer, recruiter, candidate, application } = await setup();
      const now = new Date();
      await moveApplication({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        to: "offer",
        notify: true,
        now,
      });
      const email = await moveEmailOf(application.id);
      // the recruiter clicks just before the 5 minutes are up, as the worker's clock passes them
      const [outcome] = await Promise.all([
        withdrawMoveEmail(employer.id, email.id, new Date(now.getTime() + undoWindowMs - 1)),
        deliverDueEmails(smtpTransport(smtp.url), new Date(now.getTime() + undoWindowMs + 1)),
      ]);
      await deliverAll(new Date(now.getTime() + undoWindowMs + 1));
      const received = smtp.messages.filter(to(candidate.email)).length;
      const status = (await moveEmailOf(application.id)).status;
      outcomes.add(outcome);
      if (outcome === "withdrawn") expect([status, received]).toEqual(["withdrawn", 0]);
      else expect([outcome, status, received]).toEqual(["gone", "sent", 1]);
    }
    expect([...outcomes].every((outcome) => outcome === "withdrawn" || outcome === "gone")).toBe(true);
  });
});

describe("a bulk move", () => {
  it("says how many move and how many are emailed before confirming; an anonymised application neither moves nor is emailed", async () => {
    const { employer, recruiter, mission, application } = await setup();
    const second = await createCandidate(`second-${employer.id}@exemple.ca`, "en");
    const other = await applyToMission({
      user: second.user,
      candidateId: second.profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    const third = await createCandidate(`third-${employer.id}@exemple.ca`);
    const anonymised = await applyToMission({
      user: third.user,
      candidateId: third.profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    await db.application.update({
      where: { id: anonymised.id },
      data: { candidateId: null, anonymisedAt: new Date(), anonymisedReason: "retention" },
    });
    await db.outboxEmail.deleteMany();
    const ids = [application.id, other.id, anonymised.id];

    expect(await planBulkMove(employer.id, ids, "not_selected")).toEqual({ moving: 2, emailed: 2 });
    expect(await planBulkMove(employer.id, ids, "new")).toEqual({ moving: 0, emailed: 0 });
    expect(await planBulkMove((await setup()).employer.id, ids, "screening")).toEqual({ moving: 0, emailed: 0 });
    expect(await previewMoveEmail(employer.id, anonymised.id, "not_selected")).toBeNull();

    const now = new Date();
    expect(
      await moveApplications({
        employerId: employer.id,
        actor: recruiter,
        applicationIds: ids,
        to: "not_selected",
        notify: true,
        now,
      }),
    ).toBe(2);
    const pending = await pendingMoveEmails(employer.id, recruiter.id, now);
    expect(pending).toHaveLength(2);
    expect(pending.every((email) => email.sendAt.getTime() === now.getTime() + undoWindowMs)).toBe(true);
    expect((await db.application.findUniqueOrThrow({ where: { id: anonymised.id } })).stage).toBe("new");
  });
});
