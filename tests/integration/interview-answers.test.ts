// Interviews, issue 13, through the real outbox, a real SMTP server read back with mailparser, the inbound listener
// over real SMTP, and calendar files parsed with ical.js: no proposal to a closed application (10), calendar answers
// and written replies read and acted on (17, 19), no double booking of a recruiter (18), one calendar part per
// message (20), the candidate's language on the interview pages and no button in the text of an email (21).
import ICAL from "ical.js";
import type { ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { startInboundMailListener } from "~/modules/email/inbound.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { languageCookie } from "~/modules/i18n/preferences.server";
import { candidateInterviewView } from "~/modules/interviews/candidate-view.server";
import {
  cancelByRecruiter,
  pickSlotByToken,
  proposeInterview,
  rescheduleByRecruiter,
} from "~/modules/interviews/lifecycle.server";
import { interviewPageLocale } from "~/modules/interviews/page-language.server";
import { handleInterviewReply } from "~/modules/interviews/replies.server";
import { mayProposeInterview } from "~/modules/interviews/rules";
import { interviewToken, recruiterReplyToken } from "~/modules/interviews/token.server";
import { applyToMission, withdrawApplication } from "~/modules/pipeline/applications.server";
import { stages } from "~/modules/vocabulary/pipeline-stages";
import { action as proposeAction, loader as proposeLoader } from "~/routes/employer.applications.$id_.interview";
import { loader as interviewPageLoader } from "~/routes/interviews.$token._index";
import { action as languageAction } from "~/routes/language";
import { createCandidate, signedInRequest } from "../support/fixtures";
import { interviewSetup, proposal, readInvitation } from "../support/interviews";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

const rules = { reminderHours: [24, 2], candidateRescheduleLimit: 2, rescheduleCutoffHours: 12 };
const now = new Date("2027-09-01T12:00:00Z");
// 10:00, 14:00 and 11:00 in Montréal
const [T1, T2, T3] = [
  new Date("2027-09-14T14:00:00Z"),
  new Date("2027-09-15T18:00:00Z"),
  new Date("2027-09-16T15:00:00Z"),
];

let smtp: TestSmtpServer;
let listener: { port: number; close(): Promise<void> };
let sender: ReturnType<typeof nodemailer.createTransport>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  listener = await startInboundMailListener({
    port: 0,
    host: "127.0.0.1",
    domain: env.replyDomain,
    onReply: (reply) => handleInterviewReply(reply, { now, rules }),
  });
  sender = nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false, ignoreTLS: true });
});
afterAll(async () => {
  sender.close();
  await listener.close();
  await smtp.close();
});

async function deliverAll(at = now) {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, at)) > 0) {
    // until nothing is due
  }
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));
const mailTo = (address: string, subject: RegExp) =>
  smtp.waitForMessage((mail) => to(address)(mail) && subject.test(mail.subject ?? ""));
const outbox = (address: string, template: string) =>
  db.outboxEmail.findMany({ where: { toAddress: address, template }, orderBy: { createdAt: "asc" } });

type Setup = Awaited<ReturnType<typeof interviewSetup>>;

async function propose(setup: Pick<Setup, "employer" | "recruiter" | "application">, times = [T1, T2, T3]) {
  const result = await proposeInterview({
    employerId: setup.employer.id,
    actor: setup.recruiter,
    applicationId: setup.application.id,
    proposal: proposal(times.map((startsAt) => ({ startsAt }))),
    now,
  });
  if (!result.ok) throw new Error(`not proposed: ${result.reason}`);
  return { id: result.interviewId, token: interviewToken(result.interviewId) };
}

/** Another candidate on the same mission, so that the same recruiter interviews both. */
async function secondApplicant(setup: Setup, locale: "fr" | "en" = "fr") {
  const { user, profile } = await createCandidate(`autre-${Date.now()}-${Math.random()}@exemple.ca`, locale);
  const application = await applyToMission({
    user,
    candidateId: profile.id,
    mission: { ...setup.mission, employer: setup.employer },
    message: "",
    cv: null,
  });
  return { ...setup, candidate: user, application };
}

/** The calendar parts of a message as mailparser lists them (alternatives and attachments alike). */
const calendarParts = (mail: ParsedMail) =>
  mail.attachments.filter((part) => /calendar|ics/i.test(part.contentType) || /\.ics$/i.test(part.filename ?? ""));

function organizerOf(mail: ParsedMail) {
  const calendar = new ICAL.Component(ICAL.parse(calendarParts(mail)[0].content.toString("utf8")));
  const organizer = calendar.getFirstSubcomponent("vevent")!.getFirstProperty("organizer")!;
  return {
    address: String(organizer.getFirstValue()).replace(/^mailto:/i, ""),
    name: String(organizer.getParameter("cn")),
  };
}

/** What a calendar program sends back to the ORGANIZER: an iTIP REPLY, as a text/calendar part (and an .ics copy). */
async function calendarAnswer(options: {
  from: string;
  organizer: string;
  uid: string;
  sequence: number;
  partstat: string;
  attendee?: string;
}) {
  const ics = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Exemple//Agenda 1.0//FR",
    "METHOD:REPLY",
    "BEGIN:VEVENT",
    `UID:${options.uid}`,
    `SEQUENCE:${options.sequence}`,
    "DTSTAMP:20270901T120000Z",
    `ORGANIZER:mailto:${options.organizer}`,
    `ATTENDEE;PARTSTAT=${options.partstat};CN=Quelqu'un:mailto:${(options.attendee ?? options.from).toUpperCase()}`,
    "END:VEVENT",
    "END:VCALENDAR",
    "",
  ].join("\r\n");
  await sender.sendMail({
    from: options.from,
    to: options.organizer,
    subject: `${options.partstat}: Entrevue`,
    text: `${options.partstat}`,
    icalEvent: { method: "REPLY", content: ics },
  });
}

async function bookedWithInvitations(setup: Setup, position = 1) {
  const { id, token } = await propose(setup);
  expect(await pickSlotByToken(token, position, { status: "proposed" }, { via: "link", now, rules })).toEqual({
    ok: true,
    change: "booked",
  });
  await deliverAll();
  const forCandidate = await mailTo(setup.candidate.email, /^(Entrevue confirmée|Interview confirmed)/);
  const forRecruiter = await smtp.waitForMessage(
    (mail) => to(setup.recruiter.email)(mail) && calendarParts(mail).length > 0,
  );
  return { id, token, forCandidate, forRecruiter, uid: readInvitation(forCandidate).uid };
}

const eventsOf = async (applicationId: string, kind: string) =>
  (await db.applicationEvent.findMany({ where: { applicationId, kind }, orderBy: { createdAt: "asc" } })).map(
    (event) => ({ ...JSON.parse(event.details), private: event.private }),
  );

describe("10. no interview is proposed to a closed application", () => {
  it.each(["withdrawn", "not_selected", "hired"] as const)(
    "%s: the interview module refuses, nothing is sent, the page says so plainly",
    async (stage) => {
      const setup = await interviewSetup();
      await db.application.update({ where: { id: setup.application.id }, data: { stage } });
      expect(
        await proposeInterview({
          employerId: setup.employer.id,
          actor: setup.recruiter,
          applicationId: setup.application.id,
          proposal: proposal([{ startsAt: T1 }, { startsAt: T2 }]),
          now,
        }),
      ).toEqual({
        ok: false,
        reason: "application-closed",
      });
      expect(await db.interview.count({ where: { applicationId: setup.application.id } })).toBe(0);
      expect(await db.outboxEmail.count({ where: { toAddress: setup.candidate.email } })).toBe(0);
      expect(mayProposeInterview(stage)).toBe(false);

      // the page offers no form, and a form posted anyway is answered in words, not an error page
      const url = `http://chevronne.test/employer/applications/${setup.application.id}/interview`;
      const page = await proposeLoader({
        request: await signedInRequest(setup.recruiter.id, url),
        params: { id: setup.application.id },
        context: {},
      });
      expect(page.closed).toBe(true);
      const form = new URLSearchParams({
        format: "in_person",
        address: "100, rue Racine Est",
        recruiterPhone: "418 555-0100",
        timeZone: "America/Toronto",
        date1: "2027-09-14",
        time1: "10:00",
        date2: "2027-09-15",
        time2: "14:00",
      });
      const request = await signedInRequest(setup.recruiter.id, url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: form,
      });
      const answer = await proposeAction({ request, params: { id: setup.application.id }, context: {} });
      expect(answer).toMatchObject({ ok: false, errors: { form: "interviews.propose.closed" } });
      expect(await db.interview.count({ where: { applicationId: setup.application.id } })).toBe(0);
    },
  );

  it("a withdrawal and a proposal at the same moment: the proposal comes before the withdrawal, or is refused after it", async () => {
    for (let round = 0; round < 4; round += 1) {
      const setup = await interviewSetup();
      const [proposed, withdrawn] = await Promise.all([
        proposeInterview({
          employerId: setup.employer.id,
          actor: setup.recruiter,
          applicationId: setup.application.id,
          proposal: proposal([{ startsAt: T1 }, { startsAt: T2 }]),
          now,
        }),
        withdrawApplication(setup.application.candidateId!, setup.application.id, setup.candidate.id),
      ]);
      expect(withdrawn).toBe(true);
      const events = await db.applicationEvent.findMany({
        where: { applicationId: setup.application.id, kind: { in: ["interviewProposed", "stage_changed"] } },
        orderBy: { createdAt: "asc" },
      });
      if (proposed.ok) expect(events.map((event) => event.kind)).toEqual(["interviewProposed", "stage_changed"]);
      else {
        expect(proposed).toEqual({ ok: false, reason: "application-closed" });
        expect(await db.interview.count({ where: { applicationId: setup.application.id } })).toBe(0);
      }
    }
  });

  it("stays open to every other stage", () => {
    expect(stages.filter(mayProposeInterview)).toEqual(["new", "screening", "interview", "offer"]);
  });
});

describe("18. a recruiter's time is booked once", () => {
  it("two candidates booking the same time at once: one wins, the other is refused and offered the times still free", async () => {
    const first = await interviewSetup();
    const second = await secondApplicant(first);
    const [a, b] = [await propose(first, [T1, T2]), await propose(second, [T1, T3])];
    const results = await Promise.all(
      [a, b].map(({ token }) => pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules })),
    );
    expect(results.filter((result) => result.ok)).toEqual([{ ok: true, change: "booked" }]);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "slot-taken" }]);
    expect(
      await db.interview.count({ where: { recruiterId: first.recruiter.id, status: "booked", startsAt: T1 } }),
    ).toBe(1);
    expect(
      await db.outboxEmail.count({
        where: {
          template: "interviewInvitation",
          toAddress: { in: [first.candidate.email, second.candidate.email, first.recruiter.email] },
        },
      }),
    ).toBe(2);

    const loser = results[0].ok ? b : a;
    const view = (await candidateInterviewView(loser.token, "fr", now))!;
    expect(view.slots.map((slot) => [slot.position, slot.taken, slot.free])).toEqual([
      [1, true, false],
      [2, false, true],
    ]);
    // on the page a time taken meanwhile is no longer offered; the one still free is
    const page = await interviewPageLoader({
      request: new Request(`http://chevronne.test/interviews/${loser.token}`),
      params: { token: loser.token },
      context: {},
    });
    expect(page.view.slots.filter((slot) => slot.free).map((slot) => slot.position)).toEqual([2]);
  });

  it("a proposal may not offer a time already booked (error next to its field); moving to a taken time is refused", async () => {
    const first = await interviewSetup();
    const second = await secondApplicant(first);
    const third = await secondApplicant(first);
    // proposed before the booking, with the time about to be booked as its second
    const other = await propose(second, [T2, T1]);
    await bookedWithInvitations(first, 1);
    // 10:30 to 11:15 in Montréal overlaps the booked 10:00 to 10:45
    const overlapping = new Date(T1.getTime() + 30 * 60_000);
    expect(
      await proposeInterview({
        employerId: first.employer.id,
        actor: first.recruiter,
        applicationId: third.application.id,
        proposal: proposal([{ startsAt: T3 }, { startsAt: overlapping }]),
        now,
      }),
    ).toEqual({
      ok: false,
      reason: "slot-booked",
      slots: [2],
    });
    // the form: the error sits next to the time of the row that holds it (row 3 here, row 2 left empty)
    const url = `http://chevronne.test/employer/applications/${third.application.id}/interview`;
    const form = new URLSearchParams({
      format: "in_person",
      address: "100, rue Racine Est",
      recruiterPhone: "418 555-0100",
      timeZone: "America/Toronto",
      date1: "2027-09-16",
      time1: "11:00",
      date3: "2027-09-14",
      time3: "10:30",
    });
    const request = await signedInRequest(first.recruiter.id, url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: form,
    });
    expect(await proposeAction({ request, params: { id: third.application.id }, context: {} })).toMatchObject({
      ok: false,
      errors: { time3: "interviews.errors.slotBooked" },
    });
    expect(await db.interview.count({ where: { applicationId: third.application.id } })).toBe(0);

    // the second candidate books their other time, and may not move to the booked one
    expect(await pickSlotByToken(other.token, 1, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
    expect(
      await pickSlotByToken(other.token, 2, { status: "booked", sequence: 0 }, { via: "link", now, rules }),
    ).toEqual({ ok: false, reason: "slot-taken" });
    const move = {
      employerId: first.employer.id,
      actor: first.recruiter,
      interviewId: other.id,
      expected: { status: "booked" as const, sequence: 0 },
      now,
      rules,
    };
    expect(
      await rescheduleByRecruiter({ ...move, target: { slot: { startsAt: overlapping, durationMinutes: 30 } } }),
    ).toEqual({ ok: false, reason: "slot-taken" });
    const unchanged = await db.interview.findUniqueOrThrow({ where: { id: other.id }, include: { slots: true } });
    expect([unchanged.startsAt, unchanged.sequence, unchanged.slots.length]).toEqual([T2, 0, 2]);
  });
});

describe("20. one calendar file per message", () => {
  it("an invitation and a cancellation carry the calendar once, as text/calendar with the METHOD of the file", async () => {
    const setup = await interviewSetup();
    const booked = await bookedWithInvitations(setup);
    expect(
      await cancelByRecruiter({
        employerId: setup.employer.id,
        actor: setup.recruiter,
        interviewId: booked.id,
        expected: { status: "booked", sequence: 0 },
        now,
      }),
    ).toMatchObject({ ok: true });
    await deliverAll();
    const cancellations = [
      await mailTo(setup.candidate.email, /^Entrevue annulée/),
      await smtp.waitForMessage((mail) => to(setup.recruiter.email)(mail) && /annulée/.test(mail.subject ?? "")),
    ];
    for (const [mail, method] of [
      [booked.forCandidate, "REQUEST"],
      [booked.forRecruiter, "REQUEST"],
      [cancellations[0], "CANCEL"],
      [cancellations[1], "CANCEL"],
    ] as const) {
      const parts = calendarParts(mail);
      expect(parts.map((part) => part.contentType)).toEqual(["text/calendar"]);
      expect((parts[0].headers.get("content-type") as { params: Record<string, string> }).params.method).toBe(method);
      expect(readInvitation(mail).method).toBe(method);
    }
  });
});

describe("17. calendar answers and written words reach the recruiter", () => {
  it("the invitation's ORGANIZER is the interview's reply address under the recruiter's name, as is its Reply-To; the recruiter's copy has its own", async () => {
    const setup = await interviewSetup();
    const booked = await bookedWithInvitations(setup);
    const candidateAddress = `rdv+${booked.token}@${env.replyDomain}`;
    expect(organizerOf(booked.forCandidate)).toEqual({ address: candidateAddress, name: "Nadia Roy" });
    expect(booked.forCandidate.replyTo?.value[0].address).toBe(candidateAddress);
    const recruiterAddress = `rdv+${recruiterReplyToken(booked.id)}@${env.replyDomain}`;
    expect(organizerOf(booked.forRecruiter)).toEqual({ address: recruiterAddress, name: "Nadia Roy" });
    // the candidate's token (their key to the interview's page) never reaches the recruiter
    const recruiterMail = [
      booked.forRecruiter.text,
      booked.forRecruiter.html,
      calendarParts(booked.forRecruiter)[0].content.toString("utf8"),
    ].join("\n");
    expect(recruiterMail).not.toContain(booked.token);
  });

  it("ACCEPTED and TENTATIVE from the candidate's calendar go on the timeline and to the recruiter at once, in the recruiter's language", async () => {
    const setup = await interviewSetup();
    await db.user.update({ where: { id: setup.recruiter.id }, data: { locale: "en" } });
    const booked = await bookedWithInvitations(setup);
    const answer = {
      from: setup.candidate.email,
      organizer: organizerOf(booked.forCandidate).address,
      uid: booked.uid,
      sequence: 0,
    };
    await calendarAnswer({ ...answer, partstat: "ACCEPTED" });
    await calendarAnswer({ ...answer, partstat: "ACCEPTED" }); // calendar programs send the same answer again
    await calendarAnswer({ ...answer, partstat: "TENTATIVE" });
    expect(
      (await eventsOf(setup.application.id, "interviewCalendarReply")).map((event) => [
        event.partstat,
        event.by,
        event.private,
      ]),
    ).toEqual([
      ["ACCEPTED", "candidate", false],
      ["TENTATIVE", "candidate", false],
    ]);
    await deliverAll();
    expect((await mailTo(setup.recruiter.email, /accepted the interview of/)).subject).toMatch(
      /^Yvon Lapointe accepted the interview of Tuesday, September 14, 2027 at 10:00/,
    );
    await mailTo(setup.recruiter.email, /answered “maybe”/);
    expect(await outbox(setup.recruiter.email, "interviewCalendarAnswer")).toHaveLength(2);
    expect((await db.interview.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("booked");
  });

  it("DECLINED frees the time, takes it out of both calendars, and asks the candidate (link to the page) whether to choose another", async () => {
    const setup = await interviewSetup();
    const booked = await bookedWithInvitations(setup);
    smtp.messages.length = 0;
    await calendarAnswer({
      from: setup.candidate.email,
      organizer: organizerOf(booked.forCandidate).address,
      uid: booked.uid,
      sequence: 0,
      partstat: "DECLINED",
    });
    const released = await db.interview.findUniqueOrThrow({ where: { id: booked.id } });
    expect([released.status, released.startsAt, released.bookedPosition, released.sequence]).toEqual([
      "proposed",
      null,
      null,
      1,
    ]);
    await deliverAll();

    const toCandidate = await mailTo(setup.candidate.email, /^Voulez-vous choisir un autre moment\?/);
    expect(toCandidate.text).toContain(`/interviews/${booked.token}`);
    expect(toCandidate.text).toContain(
      "Vous avez refusé dans votre agenda l’entrevue du mardi 14 septembre 2027 à 10 h 00",
    );
    const toRecruiter = await mailTo(setup.recruiter.email, /a refusé l’entrevue du/);
    for (const mail of [toCandidate, toRecruiter])
      expect(readInvitation(mail)).toMatchObject({ method: "CANCEL", uid: booked.uid, sequence: 1 });
    expect((await eventsOf(setup.application.id, "interviewCalendarReply")).map((event) => event.partstat)).toEqual([
      "DECLINED",
    ]);
    expect(await eventsOf(setup.application.id, "interviewReleased")).toHaveLength(1);
    expect(
      await db.outboxEmail.count({ where: { topic: `interview-reminders:${booked.id}`, status: "pending" } }),
    ).toBe(0);

    // the time is free for another candidate of the recruiter; this one picks another and the same event comes back
    const other = await propose(await secondApplicant(setup), [T1, T3]);
    expect(await pickSlotByToken(other.token, 1, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
    expect(await pickSlotByToken(booked.token, 2, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
      change: "booked",
    });
    await deliverAll();
    expect(
      readInvitation(await mailTo(setup.candidate.email, /^Entrevue confirmée : mercredi 15 septembre/)),
    ).toMatchObject({ method: "REQUEST", uid: booked.uid, sequence: 2 });
  });

  it("the recruiter's own calendar declining changes nothing; the recruiter is reminded the interview stands", async () => {
    const setup = await interviewSetup();
    const booked = await bookedWithInvitations(setup);
    await calendarAnswer({
      from: setup.recruiter.email,
      organizer: organizerOf(booked.forRecruiter).address,
      uid: booked.uid,
      sequence: 0,
      partstat: "DECLINED",
    });
    expect((await db.interview.findUniqueOrThrow({ where: { id: booked.id } })).status).toBe("booked");
    expect(await eventsOf(setup.application.id, "interviewCalendarReply")).toMatchObject([
      { partstat: "DECLINED", by: "recruiter", private: true },
    ]);
    await deliverAll();
    expect((await mailTo(setup.recruiter.email, /^Votre agenda a refusé l’entrevue/)).text).toContain(
      "L’entrevue reste prévue",
    );
    expect(await outbox(setup.candidate.email, "interviewReleased")).toHaveLength(0);
  });

  it("free words after the booking go to the recruiter at once, and the candidate is told the time stands", async () => {
    const setup = await interviewSetup();
    const booked = await bookedWithInvitations(setup);
    await sender.sendMail({
      from: setup.candidate.email,
      to: booked.forCandidate.replyTo!.value[0].address,
      subject: "RE: Entrevue confirmée",
      text: "Je serai en retard de dix minutes, désolée.",
    });
    await deliverAll();
    const toRecruiter = await mailTo(setup.recruiter.email, /attend votre réponse/);
    expect(toRecruiter.text).toContain("Yvon Lapointe vous écrit au sujet de son entrevue");
    expect(toRecruiter.text).toContain("Je serai en retard de dix minutes, désolée.");
    expect((await mailTo(setup.candidate.email, /^Nous avons bien reçu votre réponse/)).text).toContain(
      "Votre entrevue reste prévue :\n\nmardi 14 septembre 2027 à 10 h 00",
    );
    expect(await eventsOf(setup.application.id, "interviewReply")).toMatchObject([
      { text: "Je serai en retard de dix minutes, désolée.", position: null, fromCandidate: true, private: false },
    ]);
  });
});

describe("19. replies by email", () => {
  it("the same reply delivered twice books once and answers the second with the booking; the recruiter hears of no failure", async () => {
    const setup = await interviewSetup();
    const { token } = await propose(setup);
    const message = {
      from: setup.candidate.email,
      to: `rdv+${token}@${env.replyDomain}`,
      subject: "RE: Entrevue",
      text: "Le 2, merci!",
      messageId: "<une-fois@exemple.ca>",
    };
    await sender.sendMail(message);
    await sender.sendMail(message);
    await sender.sendMail({ ...message, text: "1", messageId: "<apres@exemple.ca>" });
    const interview = await db.interview.findFirstOrThrow({ where: { applicationId: setup.application.id } });
    expect([interview.status, interview.bookedPosition, interview.sequence]).toEqual(["booked", 2, 0]);
    expect(await outbox(setup.recruiter.email, "interviewNeedsAnswer")).toHaveLength(0);
    expect(await outbox(setup.candidate.email, "interviewReplyReceived")).toHaveLength(0);
    await deliverAll();
    const answers = smtp.messages.filter(
      (mail) => to(setup.candidate.email)(mail) && /^Votre entrevue est déjà confirmée/.test(mail.subject ?? ""),
    );
    expect(answers).toHaveLength(2);
    expect(answers[0].subject).toBe(
      "Votre entrevue est déjà confirmée : mercredi 15 septembre 2027 à 14 h 00, heure de Montréal",
    );
    expect(answers[0].text).toContain(`/interviews/${token}`);
  });

  it("a reply from another address never books: the recruiter gets it with the sender shown, the candidate nothing", async () => {
    const setup = await interviewSetup();
    const { token } = await propose(setup);
    await db.outboxEmail.deleteMany({ where: { toAddress: setup.candidate.email } });
    await sender.sendMail({
      from: "Conjoint <conjoint@ailleurs.example>",
      to: `rdv+${token}@${env.replyDomain}`,
      subject: "RE: Entrevue",
      text: "2",
    });
    expect((await db.interview.findFirstOrThrow({ where: { applicationId: setup.application.id } })).status).toBe(
      "proposed",
    );
    expect(await db.outboxEmail.count({ where: { toAddress: setup.candidate.email } })).toBe(0);
    await deliverAll();
    const toRecruiter = await mailTo(setup.recruiter.email, /conjoint@ailleurs\.example/);
    expect(toRecruiter.subject).toBe(
      "Un courriel de conjoint@ailleurs.example au sujet de l’entrevue avec Yvon Lapointe",
    );
    expect(toRecruiter.text).toContain(
      "est arrivé de conjoint@ailleurs.example, qui n’est pas son adresse. Rien n’a été réservé.",
    );
    expect(await eventsOf(setup.application.id, "interviewReply")).toMatchObject([
      { from: "conjoint@ailleurs.example", fromCandidate: false, private: true },
    ]);
  });

  it("a number naming a time taken meanwhile is answered with the times still free, without troubling the recruiter", async () => {
    const first = await interviewSetup();
    const second = await secondApplicant(first);
    const a = await propose(first, [T1, T2]);
    const b = await propose(second, [T1, T3]);
    expect(await pickSlotByToken(a.token, 1, { status: "proposed" }, { via: "link", now, rules })).toMatchObject({
      ok: true,
    });
    await sender.sendMail({
      from: second.candidate.email,
      to: `rdv+${b.token}@${env.replyDomain}`,
      subject: "RE: Entrevue",
      text: "1",
    });
    expect((await db.interview.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("proposed");
    expect(await outbox(first.recruiter.email, "interviewNeedsAnswer")).toHaveLength(0);
    await deliverAll();
    const answer = await mailTo(second.candidate.email, /^Ce moment n’est plus libre/);
    expect(answer.text).toContain("2. jeudi 16 septembre 2027 à 11 h 00, heure de Montréal (45 min)");
    expect(answer.text).toContain(`/interviews/${b.token}/slots/2`);
    expect(answer.text).not.toContain(`/interviews/${b.token}/slots/1`);
  });
});

describe("21. the candidate's language", () => {
  it("an interview page speaks its candidate's language whatever the browser chose; a switch made there is kept for that interview", async () => {
    const setup = await interviewSetup({ locale: "en" });
    const { token } = await propose(setup);
    const french = (await languageCookie.serialize("fr")).split(";")[0];
    const page = `http://chevronne.test/interviews/${token}`;
    expect(await interviewPageLocale(new Request(page, { headers: { Cookie: french } }))).toBe("en");
    expect(await interviewPageLocale(new Request(`${page}/slots/2`, { headers: { Cookie: french } }))).toBe("en");
    expect(
      await interviewPageLocale(new Request("http://chevronne.test/missions", { headers: { Cookie: french } })),
    ).toBeNull();
    const loaded = await interviewPageLoader({
      request: new Request(page, { headers: { Cookie: french } }),
      params: { token },
      context: {},
    });
    expect(loaded.view.slots[0].when).toBe("Tuesday, September 14, 2027 at 10:00 AM, Montréal time");

    // the switch on that page: French for this interview's pages (and the rest of the site, as always)
    const body = new URLSearchParams({ lang: "fr", returnTo: `/interviews/${token}` });
    const switched = await thrown(
      languageAction({
        request: new Request("http://chevronne.test/language", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: french },
          body,
        }),
        params: {},
        context: {},
      }),
    );
    expect(switched.headers.get("Location")).toBe(`/interviews/${token}`);
    const cookies = switched.headers.getSetCookie();
    const forInterview = cookies.find((cookie) => cookie.startsWith("chevronne_interview_lang="))!;
    expect(forInterview).toContain(`Path=/interviews/${token}`);
    const both = cookies.map((cookie) => cookie.split(";")[0]).join("; ");
    expect(await interviewPageLocale(new Request(page, { headers: { Cookie: both } }))).toBe("fr");
  });

  it("the text version of every interview email mentions no button (it has none)", async () => {
    const english = await interviewSetup({ locale: "en" });
    await db.user.update({ where: { id: english.recruiter.id }, data: { locale: "en" } });
    const { token } = await propose(english);
    await pickSlotByToken(token, 1, { status: "proposed" }, { via: "link", now, rules });
    // everything this file queued, reminders included
    await deliverAll(new Date("2027-12-31T00:00:00Z"));
    const interviewMails = smtp.messages.filter((mail) =>
      /entrevue|interview|moment|time|Rappel|Reminder|agenda|calendar|réponse|reply|courriel/i.test(mail.subject ?? ""),
    );
    const templates = await db.outboxEmail.findMany({
      where: { template: { startsWith: "interview" }, status: "sent" },
      distinct: ["template", "locale"],
      select: { template: true, locale: true },
    });
    expect(templates.length).toBeGreaterThanOrEqual(14);
    expect(interviewMails.length).toBeGreaterThan(20);
    for (const mail of interviewMails)
      expect(mail.text, mail.subject).not.toMatch(/bouton|button|appuy|press|cliqu|click/i);
  });
});
