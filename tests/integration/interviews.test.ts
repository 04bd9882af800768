// The whole life of an interview through the real outbox and a real SMTP server, every invitation read back with ical.js.
import type { ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { NotFoundError } from "~/modules/errors";
import { findInterviewByToken } from "~/modules/interviews/context.server";
import { proposalForm } from "~/modules/interviews/interview-forms";
import {
  cancelByRecruiter,
  cancelByToken,
  pickSlotByToken,
  proposeInterview,
  recordOutcome,
  rescheduleByRecruiter,
  suggestOtherTimes,
} from "~/modules/interviews/lifecycle.server";
import { recruiterAgenda, overlapsForProposal } from "~/modules/interviews/agenda.server";
import { handleInterviewReply } from "~/modules/interviews/replies.server";
import { applicationTimeline } from "~/modules/pipeline/timeline.server";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { interviewSetup, proposal, readInvitation, tokenFromMail } from "../support/interviews";

const HOUR = 3_600_000;
const rules = { reminderHours: [24, 2], candidateRescheduleLimit: 2, rescheduleCutoffHours: 12 };
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
  smtp.refuseWith(null);
});

async function deliverAll(now: Date) {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, now)) > 0) {
    // until nothing is due
  }
}

/** The token in the proposal email waiting in the outbox for this candidate. */
async function proposalToken(candidateEmail: string) {
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: candidateEmail, template: "interviewProposal" },
  });
  return tokenFromMail({ text: row.text } as ParsedMail);
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));
const mailsTo = (address: string) => smtp.messages.filter(to(address));

describe("an interview from proposal to cancellation", () => {
  it("proposes, books by link, reminds, moves twice, cancels: one UID, SEQUENCE 0-1-2-3, REQUEST-REQUEST-REQUEST-CANCEL, no reminder after", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup({ locale: "fr" });
    const now = new Date("2027-09-01T12:00:00Z");
    const slots = [
      new Date("2027-09-14T14:00:00Z"),
      new Date("2027-09-15T18:00:00Z"),
      new Date("2027-09-16T13:30:00Z"),
    ];
    const proposed = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal(slots.map((startsAt) => ({ startsAt }))),
      now,
    });
    expect(proposed.ok).toBe(true);

    await deliverAll(now);
    const proposalMail = await smtp.waitForMessage(to(candidate.email));
    expect(proposalMail.subject).toBe("Entrevue pour « Accueil au musée » : choisissez un moment");
    expect(proposalMail.text).toContain("1. mardi 14 septembre 2027 à 10 h 00, heure de Montréal (45 min)");
    expect(proposalMail.text).toContain("Une question? Joignez Nadia Roy au 418 555-0100.");
    const token = tokenFromMail(proposalMail);
    expect(proposalMail.replyTo?.value[0].address).toBe(`rdv+${token}@reponses.chevronne.localhost`);
    expect(proposalMail.html).toContain(`/interviews/${token}/slots/2`);
    expect(proposalMail.html).toContain(`/interviews/${token}/suggest`);

    // pick slot 1 by its link
    expect(await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules })).toEqual({
      ok: true,
      change: "booked",
    });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).stage).toBe("interview");
    await deliverAll(now);
    const booked = [
      await smtp.waitForMessage((mail) => to(candidate.email)(mail) && /^Entrevue confirmée/.test(mail.subject ?? "")),
      await smtp.waitForMessage(to(recruiter.email)),
    ];
    const first = booked.map(readInvitation);
    expect(first.map((file) => [file.method, file.partMethod, file.sequence, file.status])).toEqual([
      ["REQUEST", "REQUEST", 0, "CONFIRMED"],
      ["REQUEST", "REQUEST", 0, "CONFIRMED"],
    ]);
    expect(first[0].uid).toBe(first[1].uid);
    expect(first[0].start.toISOString()).toBe(slots[0].toISOString());
    expect(booked[0].subject).toBe("Entrevue confirmée : mardi 14 septembre 2027 à 10 h 00, heure de Montréal");
    expect(booked[0].text).toContain("Ajouter à Google Agenda");
    expect(booked[0].text).toContain("https://calendar.google.com/calendar/render?action=TEMPLATE");
    expect(booked[0].text).toContain("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(booked[0].text).toContain(`/interviews/${token}`);

    // the 24-hour reminders come due
    smtp.messages.length = 0;
    const dayBefore = new Date(slots[0].getTime() - 24 * HOUR + 60_000);
    await deliverAll(dayBefore);
    expect(smtp.messages.map((mail) => mail.subject).sort()).toEqual([
      "Rappel : entrevue dans 24 heures pour « Accueil au musée »",
      "Rappel : entrevue dans 24 heures pour « Accueil au musée »",
    ]);

    // the candidate moves it twice; a third time is refused
    let sequence = 0;
    for (const position of [2, 3]) {
      expect(
        await pickSlotByToken(token, position, { status: "booked", sequence }, { via: "link", now: dayBefore, rules }),
      ).toEqual({ ok: true, change: "rescheduled" });
      sequence += 1;
    }
    expect(
      await pickSlotByToken(token, 1, { status: "booked", sequence }, { via: "link", now: dayBefore, rules }),
    ).toEqual({ ok: false, reason: "limit" });
    expect(
      await pickSlotByToken(token, 1, { status: "booked", sequence: 0 }, { via: "link", now: dayBefore, rules }),
    ).toEqual({ ok: false, reason: "changed" });

    // the recruiter cancels
    const interview = (await findInterviewByToken(token))!;
    expect(
      await cancelByRecruiter({
        employerId: employer.id,
        actor: recruiter,
        interviewId: interview.id,
        expected: { status: "booked", sequence },
        now: dayBefore,
      }),
    ).toEqual({ ok: true, change: "cancelled" });

    await deliverAll(dayBefore);
    const calendarMails = smtp.messages.filter((mail) =>
      mail.attachments.some((file) => file.contentType === "text/calendar"),
    );
    const forCandidate = calendarMails.filter(to(candidate.email)).map(readInvitation);
    const forRecruiter = calendarMails.filter(to(recruiter.email)).map(readInvitation);
    for (const files of [forCandidate, forRecruiter]) {
      expect(files.map((file) => [file.method, file.partMethod, file.sequence])).toEqual([
        ["REQUEST", "REQUEST", 1],
        ["REQUEST", "REQUEST", 2],
        ["CANCEL", "CANCEL", 3],
      ]);
      expect(new Set(files.map((file) => file.uid))).toEqual(new Set([first[0].uid]));
      expect(files[2].status).toBe("CANCELLED");
    }
    expect(forCandidate[1].start.toISOString()).toBe(slots[2].toISOString());

    // long after: no reminder of any time ever goes out
    smtp.messages.length = 0;
    await deliverAll(new Date("2027-09-20T00:00:00Z"));
    expect(mailsTo(candidate.email).concat(mailsTo(recruiter.email))).toEqual([]);
    const reminders = await db.outboxEmail.findMany({
      where: { template: "interviewReminder", toAddress: { in: [candidate.email, recruiter.email] } },
    });
    expect(reminders.filter((row) => row.status === "sent")).toHaveLength(2);
    expect(reminders.filter((row) => row.status !== "sent").every((row) => row.status === "withdrawn")).toBe(true);

    // the timeline tells the story, with each email's delivery
    const timeline = await applicationTimeline(application.id);
    expect(timeline.map((event) => event.kind).filter((kind) => kind !== "email")).toEqual([
      "applied",
      "interviewProposed",
      "stage_changed",
      "interviewBooked",
      "interviewRescheduled",
      "interviewRescheduled",
      "interviewCancelled",
    ]);
    const emails = timeline.filter((event) => event.kind === "email");
    expect(emails.some((event) => event.emailStatus === "withdrawn")).toBe(true);
    expect(emails.filter((event) => event.emailStatus === "sent").length).toBeGreaterThanOrEqual(11);
  });

  it("two picks at the same moment make one booking", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup();
    const now = new Date("2027-09-01T12:00:00Z");
    const result = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    const interview = await db.interview.findUniqueOrThrow({ where: { id: result.ok ? result.interviewId : "" } });
    const token = await proposalToken(candidate.email);
    const picks = await Promise.all(
      [1, 2, 1, 2].map((position) =>
        pickSlotByToken(token, position, { status: "proposed" }, { via: "link", now, rules }),
      ),
    );
    expect(picks.filter((pick) => pick.ok)).toHaveLength(1);
    expect(picks.filter((pick) => !pick.ok).map((pick) => (pick.ok ? null : pick.reason))).toEqual([
      "changed",
      "changed",
      "changed",
    ]);
    expect(
      await db.outboxEmail.count({
        where: { template: "interviewInvitation", toAddress: { in: [candidate.email, recruiter.email] } },
      }),
    ).toBe(2);
    expect((await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).sequence).toBe(0);
  });

  it("refuses a past slot, a second open interview, another organisation, and a candidate change within 12 hours", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup();
    const other = await interviewSetup();
    const now = new Date("2027-09-01T12:00:00Z");
    const slots = proposal([
      { startsAt: new Date("2027-09-02T08:00:00Z") },
      { startsAt: new Date("2027-09-02T14:00:00Z") },
    ]);
    expect(
      await proposeInterview({
        employerId: other.employer.id,
        actor: other.recruiter,
        applicationId: application.id,
        proposal: slots,
        now,
      }),
    ).toEqual({ ok: false, reason: "not-found" });
    const created = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: slots,
      now,
    });
    expect(created.ok).toBe(true);
    expect(
      await proposeInterview({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        proposal: slots,
        now,
      }),
    ).toEqual({ ok: false, reason: "open-exists" });
    const interviewId = created.ok ? created.interviewId : "";
    await expect(
      cancelByRecruiter({
        employerId: other.employer.id,
        actor: other.recruiter,
        interviewId,
        expected: { status: "proposed" },
      }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const token = await proposalToken(candidate.email);
    expect(
      await pickSlotByToken(
        token,
        1,
        { status: "proposed" },
        { via: "link", now: new Date("2027-09-02T09:00:00Z"), rules },
      ),
    ).toEqual({ ok: false, reason: "slot-past" });
    expect(await pickSlotByToken(token, 9, { status: "proposed" }, { via: "link", now, rules })).toEqual({
      ok: false,
      reason: "no-such-slot",
    });
    expect(await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
    // 9 hours before the start: too late for the candidate, still possible for the recruiter
    const late = new Date("2027-09-01T23:00:00Z");
    expect(
      await pickSlotByToken(token, 2, { status: "booked", sequence: 0 }, { via: "link", now: late, rules }),
    ).toEqual({ ok: false, reason: "too-late" });
    expect(
      await rescheduleByRecruiter({
        employerId: employer.id,
        actor: recruiter,
        interviewId,
        expected: { status: "booked", sequence: 0 },
        target: { slot: { startsAt: new Date("2027-09-03T14:00:00Z"), durationMinutes: 30 } },
        now: late,
        rules,
      }),
    ).toEqual({ ok: true, change: "rescheduled" });
    const moved = await db.interview.findUniqueOrThrow({ where: { id: interviewId }, include: { slots: true } });
    expect([moved.bookedPosition, moved.sequence, moved.candidateReschedules, moved.slots.length]).toEqual([
      3, 1, 0, 3,
    ]);
    expect(await recordOutcome({ employerId: employer.id, actor: recruiter, interviewId, outcome: "held", now })).toBe(
      false,
    );
    expect(
      await recordOutcome({
        employerId: employer.id,
        actor: recruiter,
        interviewId,
        outcome: "held",
        now: new Date("2027-09-03T15:00:00Z"),
      }),
    ).toBe(true);
    expect(await cancelByToken(token, { status: "booked", sequence: 1 }, new Date("2027-09-03T15:00:00Z"))).toEqual({
      ok: false,
      reason: "finished",
    });
  });

  it("withdraws a proposal without a calendar file, and passes the candidate's other times to the recruiter", async () => {
    const { candidate, recruiter, employer, application } = await interviewSetup({ locale: "en" });
    const now = new Date("2027-09-01T12:00:00Z");
    const created = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    const mail = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: candidate.email, template: "interviewProposal" },
    });
    expect(mail.subject).toBe("Interview for “Accueil au musée”: choose a time");
    expect(mail.text).toContain("1. Tuesday, September 14, 2027 at 10:00 AM, Montréal time (45 min)");
    const token = await proposalToken(candidate.email);
    expect(await suggestOtherTimes(token, "Thursday mornings work best")).toBe("sent");
    const toRecruiter = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: recruiter.email, template: "interviewNeedsAnswer" },
    });
    expect(toRecruiter.text).toContain("Thursday mornings work best");
    expect(
      await cancelByRecruiter({
        employerId: employer.id,
        actor: recruiter,
        interviewId: created.ok ? created.interviewId : "",
        expected: { status: "proposed" },
        now,
      }),
    ).toMatchObject({ ok: true });
    const withdrawn = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: candidate.email, template: "interviewCancelled" },
    });
    expect(withdrawn.subject).toBe("Interview proposal withdrawn: Accueil au musée");
    expect(withdrawn.attachments).toBe("[]");
    expect(await db.outboxEmail.count({ where: { toAddress: recruiter.email, template: "interviewCancelled" } })).toBe(
      0,
    );
  });
});

describe("with SMTP down", () => {
  it("proposing, booking and cancelling still succeed; once SMTP is back each email arrives exactly once; a 5xx is failed on the timeline", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup();
    const now = new Date("2027-09-01T12:00:00Z");
    smtp.refuseWith(421);
    const created = await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    await deliverAll(now);
    const token = await proposalToken(candidate.email);
    expect(await pickSlotByToken(token, 2, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
    await deliverAll(now);
    expect(await cancelByToken(token, { status: "booked", sequence: 0 }, now)).toMatchObject({ ok: true });
    await deliverAll(new Date(now.getTime() + 60_000));
    expect(smtp.messages).toHaveLength(0);

    smtp.refuseWith(null);
    for (let minutes = 1; minutes <= 5; minutes += 1) await deliverAll(new Date(now.getTime() + minutes * 10 * 60_000));
    const received = smtp.messages.filter((mail) => to(candidate.email)(mail) || to(recruiter.email)(mail));
    expect(received.map((mail) => mail.subject).sort()).toEqual(
      [
        "Entrevue annulée : mercredi 15 septembre 2027 à 10 h 00, heure de Montréal",
        "Entrevue annulée : mercredi 15 septembre 2027 à 10 h 00, heure de Montréal",
        "Entrevue confirmée : mercredi 15 septembre 2027 à 10 h 00, heure de Montréal",
        "Entrevue confirmée : mercredi 15 septembre 2027 à 10 h 00, heure de Montréal",
        "Entrevue pour « Accueil au musée » : choisissez un moment",
      ].sort(),
    );
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(received.length);

    // a permanent refusal: marked failed and shown on the recruiter's timeline
    const second = await interviewSetup();
    smtp.refuseWith(550);
    await proposeInterview({
      employerId: second.employer.id,
      actor: second.recruiter,
      applicationId: second.application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    await deliverAll(now);
    const timeline = await applicationTimeline(second.application.id);
    expect(timeline.find((event) => event.kind === "email")).toMatchObject({ emailStatus: "failed" });
    expect(created.ok).toBe(true);
  });
});

describe("the recruiter's agenda", () => {
  it("lists booked and proposed times by day and points out overlaps", async () => {
    const { employer, recruiter, candidate, application } = await interviewSetup();
    const now = new Date("2027-09-01T12:00:00Z");
    await proposeInterview({
      employerId: employer.id,
      actor: recruiter,
      applicationId: application.id,
      proposal: proposal([
        { startsAt: new Date("2027-09-14T14:00:00Z") },
        { startsAt: new Date("2027-09-15T14:00:00Z") },
      ]),
      now,
    });
    const token = await proposalToken(candidate.email);
    await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules });
    const overlaps = await overlapsForProposal(
      recruiter.id,
      employer.id,
      [
        { startsAt: new Date("2027-09-14T14:30:00Z"), durationMinutes: 30 },
        { startsAt: new Date("2027-09-14T14:45:00Z"), durationMinutes: 30 },
      ],
      now,
    );
    expect(overlaps).toEqual([
      { slot: 1, candidateName: "Yvon Lapointe", start: new Date("2027-09-14T14:00:00Z"), status: "booked" },
    ]);

    const days = await recruiterAgenda(recruiter.id, employer.id, "America/Toronto", now);
    expect(days.map((day) => day.day)).toEqual(["2027-09-14"]);
    expect(days[0].entries).toMatchObject([{ status: "booked", candidateName: "Yvon Lapointe", overlaps: [] }]);
  });
});

describe("daylight saving time in 2027", () => {
  const table = [
    // [place zone, local date, person's zone, expected UTC, the person's wall time in words]
    [
      "America/Toronto",
      "2027-03-13",
      "Europe/Paris",
      "2027-03-13T15:00:00Z",
      "samedi 13 mars 2027 à 16 h 00, heure de Paris",
    ],
    [
      "America/Toronto",
      "2027-03-15",
      "Europe/Paris",
      "2027-03-15T14:00:00Z",
      "lundi 15 mars 2027 à 15 h 00, heure de Paris",
    ],
    [
      "America/Toronto",
      "2027-03-29",
      "Europe/Paris",
      "2027-03-29T14:00:00Z",
      "lundi 29 mars 2027 à 16 h 00, heure de Paris",
    ],
    [
      "Europe/Paris",
      "2027-03-27",
      "America/Toronto",
      "2027-03-27T09:00:00Z",
      "samedi 27 mars 2027 à 5 h 00, heure de Montréal",
    ],
    [
      "Europe/Paris",
      "2027-03-29",
      "America/Toronto",
      "2027-03-29T08:00:00Z",
      "lundi 29 mars 2027 à 4 h 00, heure de Montréal",
    ],
    [
      "Europe/Paris",
      "2027-10-30",
      "America/Toronto",
      "2027-10-30T08:00:00Z",
      "samedi 30 octobre 2027 à 4 h 00, heure de Montréal",
    ],
    [
      "Europe/Paris",
      "2027-11-01",
      "America/Toronto",
      "2027-11-01T09:00:00Z",
      "lundi 1 novembre 2027 à 5 h 00, heure de Montréal",
    ],
    [
      "America/Toronto",
      "2027-11-06",
      "Europe/Paris",
      "2027-11-06T14:00:00Z",
      "samedi 6 novembre 2027 à 15 h 00, heure de Paris",
    ],
    [
      "America/Toronto",
      "2027-11-08",
      "Europe/Paris",
      "2027-11-08T15:00:00Z",
      "lundi 8 novembre 2027 à 16 h 00, heure de Paris",
    ],
  ] as const;

  it.each(table)(
    "10:00 in %s on %s reaches a person in %s at the right instant",
    async (placeZone, date, personZone, utc, words) => {
      const now = new Date("2027-01-01T12:00:00Z");
      const form = proposalForm(now).safeParse({
        format: "phone",
        callNumber: "418 555-0199",
        recruiterPhone: "418 555-0100",
        timeZone: placeZone,
        date1: date,
        time1: "10:00",
        duration1: "30",
        date2: date,
        time2: "11:00",
        duration2: "30",
      });
      if (!form.success) throw new Error(JSON.stringify(form.error.issues));
      expect(form.data.slots[0].startsAt.toISOString()).toBe(new Date(utc).toISOString());

      const { employer, recruiter, candidate, application } = await interviewSetup({ candidateZone: personZone });
      await proposeInterview({
        employerId: employer.id,
        actor: recruiter,
        applicationId: application.id,
        proposal: { ...form.data, timeZone: placeZone },
        now,
      });
      const token = await proposalToken(candidate.email);
      await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules });
      smtp.messages.length = 0;
      await deliverAll(now);
      const invitation = await smtp.waitForMessage((mail) => to(candidate.email)(mail) && mail.attachments.length > 0);
      expect(invitation.subject).toBe(`Entrevue confirmée : ${words}`);
      // a phone interview: the candidate learns the number they will be called at, and the number the call comes from
      expect(invitation.text).toContain("Nadia Roy vous appellera au 418 555-0199, depuis le 418 555-0100.");
      expect(readInvitation(invitation).start.toISOString()).toBe(new Date(utc).toISOString());
    },
  );

  it("refuses 02:30 on the spring-forward night, with an explanation next to the field", () => {
    const form = proposalForm(new Date("2027-01-01T12:00:00Z")).safeParse({
      format: "phone",
      callNumber: "418 555-0199",
      recruiterPhone: "418 555-0100",
      timeZone: "America/Toronto",
      date1: "2027-03-14",
      time1: "02:30",
      date2: "2027-03-15",
      time2: "10:00",
    });
    expect(form.success).toBe(false);
    expect(form.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["time1", "interviews.errors.timeNonexistent"],
    ]);
  });

  it("says an impossible time (24:00, 10:75) on the time field, not the date", () => {
    for (const time of ["24:00", "10:75"]) {
      const form = proposalForm(new Date("2027-01-01T12:00:00Z")).safeParse({
        format: "phone",
        callNumber: "418 555-0199",
        recruiterPhone: "418 555-0100",
        timeZone: "America/Toronto",
        date1: "2027-03-15",
        time1: time,
        date2: "2027-03-16",
        time2: "10:00",
      });
      expect(form.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["time1", "interviews.errors.timeInvalid"],
      ]);
    }
  });
});

describe("a reply by email, through the inbound listener", () => {
  it("books the slot a candidate names, and sends anything unclear to a person without guessing", async () => {
    const now = new Date("2027-09-01T12:00:00Z");
    const listener = await startInboundMailListener({
      port: 0,
      host: "127.0.0.1",
      domain: "reponses.chevronne.localhost",
      onReply: async (reply) => void (await handleInterviewReply(reply, { now, rules })),
    });
    const sender = nodemailer.createTransport({
      host: "127.0.0.1",
      port: listener.port,
      secure: false,
      ignoreTLS: true,
    });
    try {
      const clear = await interviewSetup();
      const unclear = await interviewSetup();
      for (const setup of [clear, unclear]) {
        await proposeInterview({
          employerId: setup.employer.id,
          actor: setup.recruiter,
          applicationId: setup.application.id,
          proposal: proposal([
            { startsAt: new Date("2027-09-14T14:00:00Z") },
            { startsAt: new Date("2027-09-15T14:00:00Z") },
          ]),
          now,
        });
      }
      const replyTo = async (setup: typeof clear) =>
        (
          await db.outboxEmail.findFirstOrThrow({
            where: { toAddress: setup.candidate.email, template: "interviewProposal" },
          })
        ).replyTo!;

      await sender.sendMail({
        from: clear.candidate.email,
        to: await replyTo(clear),
        subject: "RE: Entrevue",
        text: "Le 2, merci !\n\nLe mer. 1 sept. 2027 à 08:00, Chevronné <bonjour@chevronne.localhost> a écrit :\n> 1. mardi 14 septembre\n> 2. mercredi 15 septembre",
      });
      const booked = await db.interview.findFirstOrThrow({ where: { applicationId: clear.application.id } });
      expect([booked.status, booked.bookedPosition, booked.sequence]).toEqual(["booked", 2, 0]);
      const bookedEvent = await db.applicationEvent.findFirstOrThrow({
        where: { applicationId: clear.application.id, kind: "interviewBooked" },
      });
      expect(JSON.parse(bookedEvent.details)).toMatchObject({ position: 2, via: "reply" });
      expect(
        await db.outboxEmail.count({
          where: { template: "interviewInvitation", toAddress: { in: [clear.candidate.email, clear.recruiter.email] } },
        }),
      ).toBe(2);

      await sender.sendMail({
        from: unclear.candidate.email,
        to: await replyTo(unclear),
        subject: "RE: Entrevue",
        text: "Le 2 ou le 3, je ne sais pas encore. Jeudi plutôt?",
      });
      const waiting = await db.interview.findFirstOrThrow({ where: { applicationId: unclear.application.id } });
      expect(waiting.status).toBe("proposed");
      const replyEvent = await db.applicationEvent.findFirstOrThrow({
        where: { applicationId: unclear.application.id, kind: "interviewReply" },
      });
      expect(JSON.parse(replyEvent.details)).toMatchObject({
        position: null,
        text: "Le 2 ou le 3, je ne sais pas encore. Jeudi plutôt?",
      });
      expect(
        await db.outboxEmail.count({ where: { template: "interviewNeedsAnswer", toAddress: unclear.recruiter.email } }),
      ).toBe(1);
      expect(
        await db.outboxEmail.count({
          where: { template: "interviewReplyReceived", toAddress: unclear.candidate.email },
        }),
      ).toBe(1);

      // the right number from somebody else's address is not a booking either
      const stranger = await interviewSetup();
      await proposeInterview({
        employerId: stranger.employer.id,
        actor: stranger.recruiter,
        applicationId: stranger.application.id,
        proposal: proposal([
          { startsAt: new Date("2027-09-14T14:00:00Z") },
          { startsAt: new Date("2027-09-15T14:00:00Z") },
        ]),
        now,
      });
      await sender.sendMail({
        from: "quelqu.un@ailleurs.example",
        to: await replyTo(stranger),
        subject: "RE",
        text: "1",
      });
      expect((await db.interview.findFirstOrThrow({ where: { applicationId: stranger.application.id } })).status).toBe(
        "proposed",
      );
    } finally {
      sender.close();
      await listener.close();
    }
  });
});
