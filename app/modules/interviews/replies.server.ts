// What comes back by mail to an interview's addresses (rdv+<token>@…), read once the inbound listener has it:
// - a calendar's answer to the invitation (calendar-answers.server.ts);
// - the candidate's own words. On a proposal, a clear slot number books that slot exactly as the link would; after the
//   booking (the same reply delivered twice, or a reply to the confirmation), a slot number is answered with the
//   booking as it stands and the recruiter is not troubled; anything else goes to a person: the timeline, an email to
//   the recruiter, and a note to the candidate that a person will answer;
// - words from any other address never book: the recruiter gets them with the sender shown, the candidate nothing.
// Past repliesPerInterview in a day, a message is left with the sending server for later ("limited"): two
// auto-responders answering each other stop there.
import { db, type Tx } from "~/db.server";
import type { InboundReply } from "~/modules/email/inbound.server";
import { localeOr } from "~/modules/i18n/locales";
import { takeLimit } from "~/modules/security/limits.server";
import { takenPositions } from "./availability.server";
import { answerCalendar } from "./calendar-answers.server";
import { readCalendarReply } from "./calendar-reply";
import { findInterviewByReplyToken, findInterviewByToken, type InterviewContext } from "./context.server";
import { pickSlotByToken, type ChangeRefusal } from "./lifecycle.server";
import { sendAlreadyBooked, sendNeedsAnswer, sendReplyReceived, sendSlotTaken } from "./notifications.server";
import { readSlotChoice, replyText } from "./reply";
import { slotRows, type InterviewRules } from "./rules";
import { formatSlot } from "./time";

const MAX_TEXT = 2_000;

/** booked: the reply booked a slot; answered: the candidate got the booking as it stands, or the times still free. */
export type ReplyOutcome = "booked" | "answered" | "needs-person" | "recorded" | "unknown-interview" | "limited";

type Options = { now?: Date; rules?: InterviewRules };

export async function handleInterviewReply(reply: InboundReply, options: Options = {}): Promise<ReplyOutcome> {
  const found = await findInterviewByReplyToken(reply.token);
  if (!found) return "unknown-interview";
  const { ctx, side } = found;
  if (!(await takeLimit("repliesPerInterview", ctx.id)).ok) return "limited";
  const now = options.now ?? new Date();
  const calendar = reply.calendar ? readCalendarReply(reply.calendar) : null;
  if (calendar && calendar.uid === ctx.calendarUid) {
    const answered = await answerCalendar(ctx, side, calendar, now);
    if (answered) return "recorded";
  }
  const text = replyText(reply.text).slice(0, MAX_TEXT);
  if (side === "recruiter") {
    // the recruiter wrote to their own calendar address: kept for them, passed to nobody
    await recordReply(db, ctx, { text, from: reply.from, position: null, fromCandidate: false }, true);
    return "recorded";
  }
  if (reply.from.toLowerCase() !== ctx.application.candidate.user.email.toLowerCase()) {
    await db.$transaction(async (tx) => {
      await recordReply(tx, ctx, { text, from: reply.from, position: null, fromCandidate: false }, true);
      await sendNeedsAnswer(tx, ctx, "stranger", text, reply.from);
    });
    return "needs-person";
  }
  const position =
    ctx.status === "proposed" || ctx.status === "booked" ? readSlotChoice(reply.text, ctx.slots.length) : null;
  if (position !== null && ctx.status === "proposed") {
    await recordReply(db, ctx, { text, from: reply.from, position, fromCandidate: true });
    const result = await pickSlotByToken(reply.token, position, { status: "proposed" }, { via: "reply", ...options });
    return result.ok ? "booked" : answerRefusedChoice(reply.token, result.reason, text, now);
  }
  if (position !== null) {
    // a choice after the booking: the same reply delivered again, or a second thought (moves go through the page)
    await db.$transaction(async (tx) => {
      await recordReply(tx, ctx, { text, from: reply.from, position, fromCandidate: true });
      await sendAlreadyBooked(tx, ctx);
    });
    return "answered";
  }
  await db.$transaction(async (tx) => {
    await recordReply(tx, ctx, { text, from: reply.from, position: null, fromCandidate: true });
    await sendNeedsAnswer(tx, ctx, ctx.status === "proposed" ? "reply" : "message", text);
    await sendReplyReceived(tx, ctx);
  });
  return "needs-person";
}

function recordReply(
  client: Tx,
  ctx: InterviewContext,
  details: { text: string; from: string; position: number | null; fromCandidate: boolean },
  isPrivate = false,
) {
  return client.applicationEvent.create({
    data: {
      applicationId: ctx.applicationId,
      kind: "interviewReply",
      details: JSON.stringify(details),
      private: isPrivate,
    },
  });
}

/**
 * A slot the candidate named by reply could not be booked: booked meanwhile (a second delivery of the reply that
 * booked it, or a click on a link), or that time is no longer free. The candidate gets the booking as it stands, or
 * the times still free; only when none is free does a person need to act.
 */
async function answerRefusedChoice(
  token: string,
  reason: ChangeRefusal,
  text: string,
  now: Date,
): Promise<ReplyOutcome> {
  const ctx = await findInterviewByToken(token);
  if (!ctx) return "unknown-interview";
  if (ctx.status === "booked") {
    await db.$transaction((tx) => sendAlreadyBooked(tx, ctx));
    return "answered";
  }
  if (ctx.status !== "proposed" || (reason !== "slot-taken" && reason !== "slot-past")) {
    await db.$transaction(async (tx) => {
      await sendNeedsAnswer(tx, ctx, "message", text);
      await sendReplyReceived(tx, ctx);
    });
    return "needs-person";
  }
  const person = ctx.application.candidate.user;
  const rows = slotRows(
    ctx,
    (instant) => formatSlot(instant, person.timeZone, localeOr(person.locale)),
    now,
    await takenPositions(ctx),
  );
  const free = rows.filter((row) => row.free);
  await db.$transaction(async (tx) => {
    await sendSlotTaken(tx, ctx, free);
    if (free.length === 0) await sendNeedsAnswer(tx, ctx, "reply", text);
  });
  return "answered";
}
