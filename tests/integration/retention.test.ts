// Retention and "who looked" (issue 12, points 5 and 6), driven by a fake clock: each round takes `now`, and each rule
// is checked one day before and one day after its limit. Real database, real SMTP for the warning email, and the
// employer's and candidate's pages read through their loaders.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { pruneExpiredSessions } from "~/modules/auth/pruning.server";
import { createSession } from "~/modules/auth/session.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { addNote, moveApplication, saveReview } from "~/modules/pipeline/employer-pipeline.server";
import { applyToMission, withdrawApplication } from "~/modules/pipeline/applications.server";
import { grantConsent, withdrawConsent } from "~/modules/consents/consents.server";
import {
  anonymiseUntouchedApplications,
  deleteCvsOfEndedApplications,
  eraseSettledReportContacts,
  monthsBefore,
  pruneFinishedEmails,
  pruneProfileViews,
  pruneTeamInvitations,
  warnAndDeleteUnusedAccounts,
} from "~/modules/privacy/retention.server";
import { recordViews } from "~/modules/privacy/who-looked.server";
import { loader as accountLoader } from "~/routes/account";
import { action as applicationAction, loader as applicationLoader } from "~/routes/employer.applications.$id";
import { loader as cvLoader } from "~/routes/applications.$id.cv";
import { loader as pipelineLoader } from "~/routes/employer.pipeline";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

const day = 86_400_000;
const monthsAfter = (date: Date, months: number) => monthsBefore(date, -months);
const daysAfter = (date: Date, days: number) => new Date(date.getTime() + days * day);
const cvBytes = new TextEncoder().encode("%PDF-1.4\n% CV de Lise Tremblay\n");

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
// every round reads the whole database: each test starts from an empty one, so one test's rows never meet another's limit
beforeEach(async () => {
  smtp.messages.length = 0;
  await db.employer.deleteMany();
  await db.user.deleteMany();
  await db.storedFile.deleteMany();
  await db.outboxEmail.deleteMany();
});

let counter = 0;

/** A candidate who applied with a message, a CV and their phone shared, and a recruiter of the mission's organisation. */
async function applied(locale: "fr" | "en" = "fr") {
  counter += 1;
  const { user, profile } = await createCandidate(`lise.tremblay${counter}@exemple.ca`, locale);
  await db.user.update({ where: { id: user.id }, data: { name: "Lise Tremblay" } });
  await db.candidateProfile.update({
    where: { id: profile.id },
    data: { phone: "418 555-0199", contactPreference: "phone", headline: "Libraire" },
  });
  const { employer, mission } = await createEmployerWithMission({ employerName: `Librairie du Quai ${counter}` });
  const recruiter = await db.user.create({
    data: {
      email: `rh${counter}@librairie.example`,
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const application = await applyToMission({
    user: { ...user, name: "Lise Tremblay" },
    candidateId: profile.id,
    mission: { ...mission, employer },
    message: "Bonjour, Lise Tremblay ici : j’ai tenu une librairie 20 ans.",
    cv: { bytes: cvBytes, contentType: "application/pdf", originalName: "cv-lise-tremblay.pdf" },
    shareContact: true,
  });
  return { user, profile, employer, mission, recruiter, application };
}

describe("an application untouched for 24 months", () => {
  it("is anonymised a day after, not a day before: the employer keeps stage, notes and ratings, nothing of the person", async () => {
    const { user, profile, employer, recruiter, application } = await applied();
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "screening",
      notify: true,
    });
    await addNote(employer.id, recruiter, application.id, "Très bonne première impression.");
    await saveReview(employer.id, recruiter, application.id, {
      customerCare: 5,
      reliability: 4,
      languages: null,
      teamwork: null,
      recommendation: "yes",
    });
    const cvFileId = application.cvFileId!;
    const lastTouch = new Date();

    expect(await anonymiseUntouchedApplications(daysAfter(monthsAfter(lastTouch, 24), -1))).toBe(0);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).candidateId).toBe(profile.id);

    const when = daysAfter(monthsAfter(lastTouch, 24), 1);
    expect(await anonymiseUntouchedApplications(when)).toBe(1);
    const after = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after).toMatchObject({
      candidateId: null,
      message: "",
      cvFileId: null,
      contactSharedAt: null,
      anonymisedAt: when,
      anonymisedReason: "retention",
      stage: "screening",
    });
    expect(await db.storedFile.count({ where: { id: cvFileId } })).toBe(0);
    // the person's account and profile are theirs: only this application leaves them
    expect(await db.candidateProfile.count({ where: { id: profile.id } })).toBe(1);

    const events = await db.applicationEvent.findMany({ where: { applicationId: application.id } });
    expect(events.some((event) => event.actorId === user.id)).toBe(false);
    expect(events.find((event) => event.kind === "note")?.details).toContain("Très bonne première impression.");
    expect(events.find((event) => event.kind === "anonymised")?.details).toBe(JSON.stringify({ reason: "retention" }));
    expect(await db.applicationReview.count({ where: { applicationId: application.id } })).toBe(1);
    const stageEmail = events.find((event) => event.kind === "email")!;
    const outboxId = String(JSON.parse(stageEmail.details).outboxId);
    expect(JSON.parse(stageEmail.details).subject).toBe("");
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: outboxId } })).toMatchObject({
      toAddress: "",
      toName: "",
      subject: "",
      text: "",
    });
    expect(await db.auditEntry.count({ where: { action: "application.anonymised", subjectId: application.id } })).toBe(
      1,
    );

    // the employer's pages: named by what happened, no name, contact, message or CV
    const page = await applicationLoader({
      request: await signedInRequest(recruiter.id, `http://chevronne.test/employer/applications/${application.id}`),
      params: { id: application.id },
      context: {},
    });
    expect(page.anonymised?.application.reason).toBe("retention");
    const shown = JSON.stringify(page);
    for (const secret of ["Lise", "Tremblay", user.email, "555-0199", "cv-lise-tremblay", "librairie 20 ans"])
      expect(shown).not.toContain(secret);
    expect(shown).toContain("Très bonne première impression.");
    const pipeline = await pipelineLoader({
      request: await signedInRequest(recruiter.id, "http://chevronne.test/employer/pipeline"),
      params: {},
      context: {},
    });
    expect(pipeline.items.find((item) => item.id === application.id)?.candidateName).toBe("Candidature anonymisée");
    // nothing more can be written on it, and the CV link answers 404
    const note = new URLSearchParams({ intent: "note", text: "Encore une note" });
    const refused = await thrown(
      applicationAction({
        request: await signedInRequest(recruiter.id, `http://chevronne.test/employer/applications/${application.id}`, {
          method: "POST",
          body: note,
        }),
        params: { id: application.id },
        context: {},
      }),
    );
    expect(refused.status).toBe(404);
    expect(
      (
        await thrown(
          cvLoader({
            request: await signedInRequest(recruiter.id, `http://chevronne.test/applications/${application.id}/cv`),
            params: { id: application.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
  });

  it("counts from the last event: a note a year later moves the limit by a year", async () => {
    const { employer, application } = await applied();
    const start = new Date();
    const later = monthsAfter(start, 12);
    await db.applicationEvent.create({
      data: {
        applicationId: application.id,
        kind: "note",
        private: true,
        details: JSON.stringify({ text: "On garde" }),
        createdAt: later,
      },
    });
    expect(employer.id).toBeTruthy();
    expect(await anonymiseUntouchedApplications(daysAfter(monthsAfter(start, 24), 1))).toBe(0);
    expect(await anonymiseUntouchedApplications(daysAfter(monthsAfter(later, 24), -1))).toBe(0);
    expect(await anonymiseUntouchedApplications(daysAfter(monthsAfter(later, 24), 1))).toBe(1);
  });

  it("two rounds at once anonymise it once", async () => {
    const { application } = await applied();
    const when = daysAfter(monthsAfter(new Date(), 24), 1);
    const counts = await Promise.all([anonymiseUntouchedApplications(when), anonymiseUntouchedApplications(when)]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    expect(await db.applicationEvent.count({ where: { applicationId: application.id, kind: "anonymised" } })).toBe(1);
  });
});

describe("a CV after its application ends", () => {
  it("is deleted 6 months after the candidate withdrew, a day after and not a day before", async () => {
    const { user, profile, application } = await applied();
    expect(await withdrawApplication(profile.id, application.id, user.id)).toBe(true);
    const ended = new Date();
    expect(await deleteCvsOfEndedApplications(daysAfter(monthsAfter(ended, 6), -1))).toBe(0);
    expect(await db.storedFile.count({ where: { id: application.cvFileId! } })).toBe(1);
    expect(await deleteCvsOfEndedApplications(daysAfter(monthsAfter(ended, 6), 1))).toBe(1);
    expect(await db.storedFile.count({ where: { id: application.cvFileId! } })).toBe(0);
    const after = await db.application.findUniqueOrThrow({ where: { id: application.id } });
    // only the CV goes: the application is still the candidate's
    expect(after).toMatchObject({ cvFileId: null, candidateId: profile.id, stage: "withdrawn" });
    expect(
      await db.applicationEvent.count({ where: { applicationId: application.id, kind: "cvDeleted", private: true } }),
    ).toBe(1);
  });

  it("is kept while the candidate agrees to keep it, and deleted at the next round once they withdraw that consent", async () => {
    const { user, employer, recruiter, application } = await applied();
    await db.$transaction((tx) => grantConsent(tx, user.id, "keep-cv", "account"));
    await moveApplication({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      to: "not_selected",
      notify: false,
    });
    const afterLimit = daysAfter(monthsAfter(new Date(), 6), 1);
    expect(await deleteCvsOfEndedApplications(afterLimit)).toBe(0);
    expect(await db.storedFile.count({ where: { id: application.cvFileId! } })).toBe(1);
    await db.$transaction((tx) => withdrawConsent(tx, user.id, "keep-cv", "account"));
    expect(await deleteCvsOfEndedApplications(afterLimit)).toBe(1);
    expect(await db.storedFile.count({ where: { id: application.cvFileId! } })).toBe(0);
  });

  it("counts an open application as ended when its mission closes; one still open keeps its CV, one reopened too", async () => {
    const closed = await applied();
    await db.mission.update({ where: { id: closed.mission.id }, data: { status: "closed" } });
    const closedAt = (await db.mission.findUniqueOrThrow({ where: { id: closed.mission.id } })).updatedAt;
    const open = await applied();
    const reopened = await applied();
    await moveApplication({
      employerId: reopened.employer.id,
      actor: reopened.recruiter,
      applicationId: reopened.application.id,
      to: "not_selected",
      notify: false,
    });
    await moveApplication({
      employerId: reopened.employer.id,
      actor: reopened.recruiter,
      applicationId: reopened.application.id,
      to: "screening",
      notify: false,
    });

    expect(await deleteCvsOfEndedApplications(daysAfter(monthsAfter(closedAt, 6), -1))).toBe(0);
    expect(await deleteCvsOfEndedApplications(daysAfter(monthsAfter(closedAt, 6), 1))).toBe(1);
    expect(await db.storedFile.count({ where: { id: closed.application.cvFileId! } })).toBe(0);
    expect(await deleteCvsOfEndedApplications(monthsAfter(closedAt, 60))).toBe(0);
    expect(
      await db.storedFile.count({
        where: { id: { in: [open.application.cvFileId!, reopened.application.cvFileId!] } },
      }),
    ).toBe(2);
  });
});

describe("an account unused for 3 years", () => {
  it("is warned by email in its language a day after, not a day before, then deleted 30 days after the warning", async () => {
    const { user, application } = await applied("en");
    const lastUse = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastActiveAt;

    expect(await warnAndDeleteUnusedAccounts(daysAfter(monthsAfter(lastUse, 36), -1))).toMatchObject({ warned: 0 });
    const warnedAt = daysAfter(monthsAfter(lastUse, 36), 1);
    expect(await warnAndDeleteUnusedAccounts(warnedAt)).toEqual({ warned: 1, deleted: 0 });
    // warned once, however many rounds run
    expect(await warnAndDeleteUnusedAccounts(daysAfter(warnedAt, 1))).toEqual({ warned: 0, deleted: 0 });
    const transport = smtpTransport(smtp.url);
    try {
      await deliverDueEmails(transport, daysAfter(warnedAt, 1));
    } finally {
      transport.close();
    }
    const warning = smtp.messages.find((mail) => mail.subject?.startsWith("Your Chevronné account will be deleted on"));
    expect(warning?.to && "text" in warning.to ? warning.to.text : "").toContain(user.email);
    expect(warning?.text).toContain("You have not signed in to Chevronné for three years");
    expect(warning?.text).toContain("http://chevronne.test/signin");

    expect(await warnAndDeleteUnusedAccounts(daysAfter(warnedAt, 29))).toEqual({ warned: 0, deleted: 0 });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
    expect(await warnAndDeleteUnusedAccounts(daysAfter(warnedAt, 31))).toEqual({ warned: 0, deleted: 1 });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    // the deletion is the account deletion's: the application stays with the employer, anonymised
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({
      candidateId: null,
      anonymisedReason: "deleted-account",
    });
  });

  it("is kept when its owner signs in after the warning", async () => {
    const { user } = await createCandidate(`revient${++counter}@exemple.ca`);
    const warnedAt = daysAfter(monthsAfter(user.lastActiveAt, 36), 1);
    expect(await warnAndDeleteUnusedAccounts(warnedAt)).toMatchObject({ warned: 1 });
    await createSession(user.id, { now: daysAfter(warnedAt, 10) });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      inactivityWarnedAt: null,
      lastActiveAt: daysAfter(warnedAt, 10),
    });
    expect(await warnAndDeleteUnusedAccounts(daysAfter(warnedAt, 31))).toEqual({ warned: 0, deleted: 0 });
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });

  it("counts a session's last activity, kept on the account when the session is pruned", async () => {
    const { user } = await createCandidate(`actif${++counter}@exemple.ca`);
    const signedIn = user.lastActiveAt;
    await createSession(user.id, { now: signedIn });
    const lastSeen = daysAfter(signedIn, 20);
    await db.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: lastSeen, expiresAt: daysAfter(lastSeen, 7) },
    });
    // while the session row exists, its activity counts
    expect(await warnAndDeleteUnusedAccounts(daysAfter(monthsAfter(signedIn, 36), 1))).toMatchObject({ warned: 0 });
    expect(await pruneExpiredSessions(daysAfter(lastSeen, 8))).toBeGreaterThanOrEqual(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastActiveAt).toEqual(lastSeen);
    expect(await warnAndDeleteUnusedAccounts(daysAfter(monthsAfter(lastSeen, 36), -1))).toMatchObject({ warned: 0 });
    expect(await warnAndDeleteUnusedAccounts(daysAfter(monthsAfter(lastSeen, 36), 1))).toMatchObject({ warned: 1 });
  });

  it("leaves out an organisation's owner and an administrator", async () => {
    const { recruiter } = await applied();
    const admin = await db.user.create({
      data: { email: `admin${counter}@chevronne.test`, name: "Admin", kind: "employer", isAdministrator: true },
    });
    await warnAndDeleteUnusedAccounts(daysAfter(monthsAfter(new Date(), 36), 1));
    const rows = await db.user.findMany({ where: { id: { in: [recruiter.id, admin.id] } } });
    expect(rows.map((row) => row.inactivityWarnedAt)).toEqual([null, null]);
  });
});

describe("who looked", () => {
  it("records an employer opening the application and downloading the CV, once per hour, shown to the candidate by organisation", async () => {
    const { user, employer, recruiter, application } = await applied();
    const other = await applied();
    const openPage = async (memberId: string) =>
      applicationLoader({
        request: await signedInRequest(memberId, `http://chevronne.test/employer/applications/${application.id}`),
        params: { id: application.id },
        context: {},
      });
    await openPage(recruiter.id);
    await openPage(recruiter.id);
    const cv = await cvLoader({
      request: await signedInRequest(recruiter.id, `http://chevronne.test/applications/${application.id}/cv`),
      params: { id: application.id },
      context: {},
    });
    expect(cv.status).toBe(200);
    // the candidate reading their own CV, and another organisation's member, are no views
    await cvLoader({
      request: await signedInRequest(user.id, `http://chevronne.test/applications/${application.id}/cv`),
      params: { id: application.id },
      context: {},
    });
    expect((await thrown(openPage(other.recruiter.id))).status).toBe(404);
    expect(
      (
        await thrown(
          cvLoader({
            request: await signedInRequest(
              other.recruiter.id,
              `http://chevronne.test/applications/${application.id}/cv`,
            ),
            params: { id: application.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);

    const rows = await db.profileView.findMany({
      where: { candidateId: application.candidateId! },
      orderBy: { what: "asc" },
    });
    expect(rows.map((row) => [row.employerId, row.memberId, row.what])).toEqual([
      [employer.id, recruiter.id, "application"],
      [employer.id, recruiter.id, "cv"],
    ]);

    const account = await accountLoader({
      request: await signedInRequest(user.id, "http://chevronne.test/account"),
      params: {},
      context: {},
    });
    expect(account.viewedBy).toEqual([
      { organisation: employer.name, lastViewedAt: expect.any(Date), what: ["application", "cv"] },
    ]);
    expect(JSON.stringify(account.viewedBy)).not.toContain("Nadia");
    // an employer member has no such section
    expect(
      (
        await accountLoader({
          request: await signedInRequest(recruiter.id, "http://chevronne.test/account"),
          params: {},
          context: {},
        })
      ).viewedBy,
    ).toBeNull();
  });

  it("two servers recording the same view at once write one row; the next hour writes another", async () => {
    const { profile, employer, recruiter } = await applied();
    const view = {
      employerId: employer.id,
      memberId: recruiter.id,
      candidateId: profile.id,
      what: "application" as const,
    };
    const at = new Date("2031-03-04T10:15:00Z");
    await Promise.all(Array.from({ length: 12 }, () => recordViews([view], at)));
    expect(await db.profileView.count({ where: { candidateId: profile.id } })).toBe(1);
    await recordViews([view], new Date("2031-03-04T10:59:59Z"));
    expect(await db.profileView.count({ where: { candidateId: profile.id } })).toBe(1);
    await recordViews([view], new Date("2031-03-04T11:00:00Z"));
    expect(await db.profileView.count({ where: { candidateId: profile.id } })).toBe(2);
  });

  it("is kept 12 months", async () => {
    const { profile, employer, recruiter } = await applied();
    const at = new Date("2031-06-10T09:00:00Z");
    await recordViews([{ employerId: employer.id, memberId: recruiter.id, candidateId: profile.id, what: "cv" }], at);
    await pruneProfileViews(daysAfter(monthsAfter(at, 12), -1));
    expect(await db.profileView.count({ where: { candidateId: profile.id } })).toBe(1);
    await pruneProfileViews(daysAfter(monthsAfter(at, 12), 1));
    expect(await db.profileView.count({ where: { candidateId: profile.id } })).toBe(0);
  });
});

describe("what else is pruned", () => {
  it("removes finished emails' rows after 24 months and keeps one still waiting", async () => {
    const sentAt = new Date("2030-02-01T12:00:00Z");
    const base = {
      toAddress: "ancien@exemple.ca",
      locale: "fr",
      template: "signIn",
      subject: "Connexion",
      text: "",
      html: "",
    };
    const sent = await db.outboxEmail.create({
      data: { ...base, messageId: `<a${++counter}@chevronne.test>`, status: "sent", sentAt, createdAt: sentAt },
    });
    const waiting = await db.outboxEmail.create({
      data: { ...base, messageId: `<b${counter}@chevronne.test>`, status: "pending", createdAt: sentAt },
    });
    await pruneFinishedEmails(daysAfter(monthsAfter(sentAt, 24), -1));
    expect(await db.outboxEmail.count({ where: { id: sent.id } })).toBe(1);
    await pruneFinishedEmails(daysAfter(monthsAfter(sentAt, 24), 1));
    expect(await db.outboxEmail.count({ where: { id: { in: [sent.id, waiting.id] } } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { id: waiting.id } })).toBe(1);
  });

  it("removes team invitations 30 days after they expired", async () => {
    const { employer, recruiter } = await applied();
    const expiresAt = new Date("2030-05-01T12:00:00Z");
    const invitation = await db.invitation.create({
      data: {
        employerId: employer.id,
        email: "nouvelle@exemple.ca",
        tokenHash: `hash-${++counter}`,
        invitedById: recruiter.id,
        expiresAt,
      },
    });
    await pruneTeamInvitations(daysAfter(expiresAt, 29));
    expect(await db.invitation.count({ where: { id: invitation.id } })).toBe(1);
    await pruneTeamInvitations(daysAfter(expiresAt, 31));
    expect(await db.invitation.count({ where: { id: invitation.id } })).toBe(0);
  });

  it("erases a visitor's address left on a report 30 days after the report was settled, never while it is open", async () => {
    const { employer } = await applied();
    const resolvedAt = new Date("2030-06-01T12:00:00Z");
    const base = { employerId: employer.id, reason: "doubtful", contactEmail: "temoin@exemple.ca" };
    const settled = await db.report.create({ data: { ...base, status: "dismissed", resolvedAt } });
    const open = await db.report.create({ data: { ...base, createdAt: resolvedAt } });
    await eraseSettledReportContacts(daysAfter(resolvedAt, 29));
    expect((await db.report.findUniqueOrThrow({ where: { id: settled.id } })).contactEmail).toBe("temoin@exemple.ca");
    await eraseSettledReportContacts(daysAfter(resolvedAt, 31));
    expect((await db.report.findUniqueOrThrow({ where: { id: settled.id } })).contactEmail).toBeNull();
    expect((await db.report.findUniqueOrThrow({ where: { id: open.id } })).contactEmail).toBe("temoin@exemple.ca");
  });
});
