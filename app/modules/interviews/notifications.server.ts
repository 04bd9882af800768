// Every email of an interview, written to the outbox in the caller's transaction and recorded on the application's
// timeline. Each person gets their own language and time zone; both calendar files share one UID and SEQUENCE.
import type { Tx } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { placeOf, type Audience, type CancelCause } from "~/modules/email/templates/interview";
import type { CalendarAnswer } from "~/modules/email/templates/interview-answers";
import { sendEmail, withdrawPendingEmails, type OutgoingEmail } from "~/modules/email/outbox.server";
import type { EmailTemplateName } from "~/modules/email/templates";
import { localeOr } from "~/modules/i18n/locales";
import { applicationsLink } from "~/modules/candidates/applications-link.server";
import { translate } from "~/modules/i18n/translate";
import {
  buildCalendarInvitation,
  googleCalendarLink,
  outlookCalendarLink,
  type CalendarInvitationMethod,
} from "./calendar";
import type { InterviewContext } from "./context.server";
import { reminderTimes, type InterviewRules } from "./rules";
import { formatSlot } from "./time";
import type { SlotRow } from "./rules";
import { applicationLink, interviewLinks, recruiterReplyAddress } from "./token.server";

const localeOf = (user: User) => localeOr(user.locale);
const personOf = (ctx: InterviewContext, audience: Audience) =>
  audience === "candidate" ? ctx.application.candidate.user : ctx.recruiter;

/** A time in words for one person: their language, their zone. */
function whenFor(ctx: InterviewContext, audience: Audience, start: Date): string {
  const person = personOf(ctx, audience);
  return formatSlot(start, person.timeZone, localeOf(person));
}

function basics(ctx: InterviewContext, audience: Audience) {
  return {
    name: personOf(ctx, audience).name,
    candidateName: ctx.application.candidate.user.name,
    missionTitle: ctx.application.mission.title,
    employerName: ctx.application.mission.employer.name,
    recruiterName: ctx.recruiter.name,
    recruiterPhone: ctx.recruiterPhone,
  };
}

/**
 * Queues one email to one side and puts it on the timeline (the recruiter sees whether it was delivered). The
 * candidate's emails answer to the interview's own reply address, which the inbound listener reads.
 */
async function queue<Name extends EmailTemplateName>(
  tx: Tx,
  ctx: InterviewContext,
  audience: Audience,
  email: Omit<OutgoingEmail<Name>, "to" | "toName" | "locale">,
  actorId?: string,
) {
  const person = personOf(ctx, audience);
  const replyTo = email.replyTo ?? (audience === "candidate" ? interviewLinks(ctx.id).replyTo : undefined);
  const row = await sendEmail(tx, {
    ...email,
    replyTo,
    to: person.email,
    toName: person.name,
    locale: localeOf(person),
  } as OutgoingEmail<Name>);
  await tx.applicationEvent.create({
    data: {
      applicationId: ctx.applicationId,
      actorId,
      kind: "email",
      private: audience === "recruiter",
      details: JSON.stringify({
        kind: email.template,
        outboxId: row.id,
        subject: row.subject,
        to: audience,
        sendAt: email.sendAt?.toISOString(),
      }),
    },
  });
  return row;
}

export async function sendProposal(tx: Tx, ctx: InterviewContext, actorId: string) {
  const links = interviewLinks(ctx.id);
  const locale = localeOf(ctx.application.candidate.user);
  await queue(
    tx,
    ctx,
    "candidate",
    {
      template: "interviewProposal",
      params: {
        ...basics(ctx, "candidate"),
        place: placeOf(ctx),
        slots: ctx.slots.map((slot) => ({
          label: translate(locale, "interviews.email.proposal.slot", {
            position: slot.position,
            when: whenFor(ctx, "candidate", slot.startsAt),
            minutes: slot.durationMinutes,
          }),
          url: links.slot(slot.position),
        })),
        suggestUrl: links.suggest,
        manageUrl: links.manage,
      },
    },
    actorId,
  );
}

/**
 * ORGANIZER of one person's calendar file: an address we receive (the candidate's reply address, or the recruiter's
 * own), named after the recruiter, so a calendar's "yes", "maybe" or "no" reaches us. An interview proposed before
 * issue 13 (no recruiter token) keeps the sending address its first invitation named: an event keeps its organiser.
 */
function organizerFor(ctx: InterviewContext, audience: Audience) {
  if (!ctx.recruiterTokenHash)
    return { name: `${ctx.application.mission.employer.name} · Chevronné`, email: env.mailFrom.address };
  return {
    name: ctx.recruiter.name,
    email: audience === "candidate" ? interviewLinks(ctx.id).replyTo : recruiterReplyAddress(ctx.id),
  };
}

/** The .ics for one person: same UID and SEQUENCE for both, words in the reader's language. */
function calendarFile(
  ctx: InterviewContext,
  audience: Audience,
  method: CalendarInvitationMethod,
  link: string,
  options = { withCandidate: true },
) {
  const locale = localeOf(personOf(ctx, audience));
  const place = placeOf(ctx);
  const summary = translate(locale, "interviews.calendar.summary", {
    mission: ctx.application.mission.title,
    employer: ctx.application.mission.employer.name,
  });
  const how = translate(locale, `interviews.calendar.${place.format}`, {
    number: place.callNumber,
    link: place.videoLink,
    address: place.address,
  });
  const description = [
    how,
    place.accessNotes,
    translate(locale, "interviews.calendar.contact", { recruiter: ctx.recruiter.name, phone: ctx.recruiterPhone }),
    link,
  ]
    .filter(Boolean)
    .join("\n\n");
  const location =
    place.format === "in_person"
      ? place.address
      : place.format === "video"
        ? place.videoLink
        : translate(locale, "interviews.calendar.phoneLocation");
  const candidate = ctx.application.candidate.user;
  const ics = buildCalendarInvitation({
    uid: ctx.calendarUid,
    sequence: ctx.sequence ?? 0,
    method,
    start: ctx.startsAt!,
    durationMinutes: Math.round((ctx.endsAt!.getTime() - ctx.startsAt!.getTime()) / 60_000),
    timeZone: ctx.timeZone,
    summary,
    description,
    location,
    url: link,
    organizer: organizerFor(ctx, audience),
    attendees: [
      ...(options.withCandidate ? [{ name: candidate.name, email: candidate.email }] : []),
      { name: ctx.recruiter.name, email: ctx.recruiter.email },
    ],
  });
  return {
    attachment: {
      filename: method === "CANCEL" ? "annulation.ics" : "invitation.ics",
      contentType: "text/calendar; charset=utf-8",
      content: Buffer.from(ics).toString("base64"),
      method,
    },
    links: { summary, description, location },
  };
}

const linkFor = (ctx: InterviewContext, audience: Audience) =>
  audience === "candidate" ? interviewLinks(ctx.id).manage : applicationLink(ctx.applicationId);

/** REQUEST to both sides, at the interview's current SEQUENCE. */
export async function sendCalendarInvitations(
  tx: Tx,
  ctx: InterviewContext,
  change: "booked" | "rescheduled",
  actorId?: string,
) {
  for (const audience of ["candidate", "recruiter"] as const) {
    const link = linkFor(ctx, audience);
    const file = calendarFile(ctx, audience, "REQUEST", link);
    const durationMinutes = Math.round((ctx.endsAt!.getTime() - ctx.startsAt!.getTime()) / 60_000);
    const calendarInput = { start: ctx.startsAt!, durationMinutes, ...file.links };
    await queue(
      tx,
      ctx,
      audience,
      {
        template: "interviewInvitation",
        params: {
          ...basics(ctx, audience),
          audience,
          change,
          when: whenFor(ctx, audience, ctx.startsAt!),
          place: placeOf(ctx),
          googleUrl: googleCalendarLink(calendarInput),
          outlookUrl: outlookCalendarLink(calendarInput),
          link,
        },
        attachments: [file.attachment],
      },
      actorId,
    );
  }
}

/**
 * CANCEL to both sides once booked; before that, the candidate only learns the proposal is withdrawn. A candidate who
 * deletes their account is gone: only the recruiter is told (booked or proposed), without the person's name, and the
 * calendar file lists the recruiter alone.
 */
export async function sendCancellation(tx: Tx, ctx: InterviewContext, by: CancelCause, actorId?: string) {
  const booked = ctx.startsAt !== null && ctx.sequence !== null;
  const candidateGone = by === "deleted-account";
  const audiences: Audience[] = candidateGone ? ["recruiter"] : booked ? ["candidate", "recruiter"] : ["candidate"];
  for (const audience of audiences) {
    const link = audience === "candidate" ? applicationsLink() : applicationLink(ctx.applicationId);
    const people = basics(ctx, audience);
    if (candidateGone) people.candidateName = translate(localeOf(ctx.recruiter), "accountData.email.personWhoLeft");
    await queue(
      tx,
      ctx,
      audience,
      {
        template: "interviewCancelled",
        params: { ...people, audience, by, when: booked ? whenFor(ctx, audience, ctx.startsAt!) : null, link },
        attachments: booked
          ? [
              calendarFile(ctx, audience, "CANCEL", linkFor(ctx, audience), { withCandidate: !candidateGone })
                .attachment,
            ]
          : [],
      },
      actorId,
    );
  }
}

const reminderTopic = (interviewId: string) => `interview-reminders:${interviewId}`;

/** Queues the reminders of the booked time, each held back until its hour; a change withdraws them. */
export async function scheduleReminders(tx: Tx, ctx: InterviewContext, rules: InterviewRules, now: Date) {
  for (const reminder of reminderTimes(ctx.startsAt!, rules, now)) {
    for (const audience of ["candidate", "recruiter"] as const) {
      await queue(tx, ctx, audience, {
        template: "interviewReminder",
        topic: reminderTopic(ctx.id),
        sendAt: reminder.at,
        params: {
          ...basics(ctx, audience),
          audience,
          when: whenFor(ctx, audience, ctx.startsAt!),
          hoursBefore: reminder.hoursBefore,
          place: placeOf(ctx),
          link: linkFor(ctx, audience),
        },
      });
    }
  }
}

export function withdrawReminders(tx: Tx, interviewId: string) {
  return withdrawPendingEmails(tx, reminderTopic(interviewId));
}

/**
 * To the candidate whose reply went to a person: a choice we did not read with confidence, or words about a booked
 * interview (then the booked time is said again).
 */
export async function sendReplyReceived(tx: Tx, ctx: InterviewContext) {
  const booked = ctx.status === "booked" && ctx.startsAt ? whenFor(ctx, "candidate", ctx.startsAt) : null;
  await queue(tx, ctx, "candidate", {
    template: "interviewReplyReceived",
    params: { ...basics(ctx, "candidate"), booked },
  });
}

/** To the recruiter: the candidate's words (other times, a reply we do not guess at, a message), or a stranger's. */
export async function sendNeedsAnswer(
  tx: Tx,
  ctx: InterviewContext,
  kind: "suggestion" | "reply" | "message" | "stranger",
  text: string,
  from?: string,
) {
  await queue(tx, ctx, "recruiter", {
    template: "interviewNeedsAnswer",
    params: {
      name: ctx.recruiter.name,
      candidateName: ctx.application.candidate.user.name,
      missionTitle: ctx.application.mission.title,
      kind,
      text,
      from,
      link: applicationLink(ctx.applicationId),
    },
  });
}

/** To a candidate who replied after the booking: the booking as it stands. */
export async function sendAlreadyBooked(tx: Tx, ctx: InterviewContext) {
  await queue(tx, ctx, "candidate", {
    template: "interviewAlreadyBooked",
    params: {
      ...basics(ctx, "candidate"),
      when: whenFor(ctx, "candidate", ctx.startsAt!),
      link: interviewLinks(ctx.id).manage,
    },
  });
}

/** To a candidate who replied with a time no longer free: the times still free, each with its link. */
export async function sendSlotTaken(
  tx: Tx,
  ctx: InterviewContext,
  free: Pick<SlotRow, "position" | "when" | "minutes">[],
) {
  const links = interviewLinks(ctx.id);
  const locale = localeOf(ctx.application.candidate.user);
  await queue(tx, ctx, "candidate", {
    template: "interviewSlotTaken",
    params: {
      ...basics(ctx, "candidate"),
      slots: free.map((slot) => ({
        label: translate(locale, "interviews.email.proposal.slot", {
          position: slot.position,
          when: slot.when,
          minutes: slot.minutes,
        }),
        url: links.slot(slot.position),
      })),
      manageUrl: links.manage,
    },
  });
}

/**
 * The candidate's calendar declined the booked time, which is freed (`ctx` still holds that time, at the SEQUENCE of
 * the CANCEL): the candidate is asked whether to choose another time, the recruiter is told; both get the CANCEL.
 */
export async function sendRelease(tx: Tx, ctx: InterviewContext) {
  await queue(tx, ctx, "candidate", {
    template: "interviewReleased",
    params: {
      ...basics(ctx, "candidate"),
      when: whenFor(ctx, "candidate", ctx.startsAt!),
      link: interviewLinks(ctx.id).manage,
    },
    attachments: [calendarFile(ctx, "candidate", "CANCEL", linkFor(ctx, "candidate")).attachment],
  });
  await sendCalendarAnswer(tx, ctx, "declined", { released: true });
}

/** To the recruiter, at once: what a calendar answered (a decline that freed the time carries the recruiter's CANCEL). */
export async function sendCalendarAnswer(
  tx: Tx,
  ctx: InterviewContext,
  answer: CalendarAnswer,
  options: { released: boolean } = { released: false },
) {
  await queue(tx, ctx, "recruiter", {
    template: "interviewCalendarAnswer",
    params: {
      name: ctx.recruiter.name,
      candidateName: ctx.application.candidate.user.name,
      missionTitle: ctx.application.mission.title,
      answer,
      when: whenFor(ctx, "recruiter", ctx.startsAt!),
      released: options.released,
      link: applicationLink(ctx.applicationId),
    },
    attachments: options.released
      ? [calendarFile(ctx, "recruiter", "CANCEL", linkFor(ctx, "recruiter")).attachment]
      : [],
  });
}
