// A calendar's answer to an interview invitation, matched by the event's UID and by the attendee it speaks for. The
// candidate's "yes" or "maybe" goes on the timeline and to the recruiter at once; their "no" frees the time, tells
// the recruiter and asks the candidate whether to choose another (lifecycle.server.ts releaseBooking). The
// recruiter's own calendar changes nothing: it is kept for them, and a "no" reminds them the interview still stands.
import { db, takeTurns, type Tx } from "~/db.server";
import { parseJsonObject } from "~/modules/json-columns";
import type { CalendarReply, Partstat } from "./calendar-reply";
import type { InterviewContext } from "./context.server";
import { releaseBooking } from "./lifecycle.server";
import { sendCalendarAnswer } from "./notifications.server";

const answerOf = { ACCEPTED: "accepted", TENTATIVE: "tentative", DECLINED: "declined" } as const;

/**
 * Records and acts on the answer; false when the REPLY does not speak for the person whose address received it (it is
 * then read as an ordinary message, sender shown). `side`: whose address, the candidate's or the recruiter's.
 */
export async function answerCalendar(
  ctx: InterviewContext,
  side: "candidate" | "recruiter",
  reply: CalendarReply,
  now: Date,
): Promise<boolean> {
  const person = side === "candidate" ? ctx.application.candidate.user : ctx.recruiter;
  const attendee = reply.attendees.find((entry) => entry.email === person.email.toLowerCase());
  if (!attendee) return false;
  const partstat = attendee.partstat;
  // an answer to an earlier version of the invitation (before a move) says nothing about the time booked now
  const current =
    ctx.status === "booked" && ctx.startsAt !== null && (reply.sequence === null || reply.sequence === ctx.sequence);
  const sequence = reply.sequence ?? ctx.sequence;
  await db.$transaction(async (tx) => {
    // two deliveries of one answer at the same moment take turns, so the second sees the first
    await takeTurns(tx, `interview-calendar-answer:${ctx.id}`);
    if (await sameAsLastAnswer(tx, ctx, side, partstat, sequence)) return;
    await tx.applicationEvent.create({
      data: {
        applicationId: ctx.applicationId,
        kind: "interviewCalendarReply",
        private: side === "recruiter",
        details: JSON.stringify({
          partstat,
          by: side,
          sequence,
          startsAt: ctx.startsAt?.toISOString() ?? null,
          current,
        }),
      },
    });
    if (!current) return;
    if (side === "recruiter") {
      if (partstat === "DECLINED") await sendCalendarAnswer(tx, ctx, "declinedByRecruiter");
      return;
    }
    if (partstat === "DECLINED" && (await releaseBooking(tx, ctx, ctx.sequence!, now))) return;
    await sendCalendarAnswer(tx, ctx, answerOf[partstat]);
  });
  return true;
}

/** The same answer to the same version, delivered again (calendar programs resend): recorded and told once. */
async function sameAsLastAnswer(
  tx: Tx,
  ctx: InterviewContext,
  side: string,
  partstat: Partstat,
  sequence: number | null,
): Promise<boolean> {
  const last = await tx.applicationEvent.findFirst({
    where: { applicationId: ctx.applicationId, kind: "interviewCalendarReply" },
    orderBy: { createdAt: "desc" },
    select: { details: true },
  });
  if (!last) return false;
  const details = parseJsonObject(last.details);
  return details.partstat === partstat && details.by === side && details.sequence === sequence;
}
