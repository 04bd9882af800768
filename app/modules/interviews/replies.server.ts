// A candidate's emailed reply to a proposal. A clear slot number from the candidate's own address books that slot
// exactly as the link would; anything else is never guessed: it goes on the recruiter's timeline, the recruiter is
// told, and the candidate learns that a person will answer. Past repliesPerInterview in a day, a reply is left with
// the sending server for later ("limited"): two auto-responders answering each other stop there.
import { db, type Tx } from "~/db.server";
import type { InboundReply } from "~/modules/email/inbound.server";
import { takeLimit } from "~/modules/security/limits.server";
import { findInterviewByToken } from "./context.server";
import { pickSlotByToken } from "./lifecycle.server";
import { sendNeedsAnswer, sendReplyReceived } from "./notifications.server";
import { readSlotChoice, replyText } from "./reply";
import type { InterviewRules } from "./rules";

const MAX_TEXT = 2_000;

export type ReplyOutcome = "booked" | "needs-person" | "unknown-interview" | "limited";

export async function handleInterviewReply(reply: InboundReply, options: { now?: Date; rules?: InterviewRules } = {}): Promise<ReplyOutcome> {
  const ctx = await findInterviewByToken(reply.token);
  if (!ctx) return "unknown-interview";
  if (!(await takeLimit("repliesPerInterview", ctx.id)).ok) return "limited";
  const text = replyText(reply.text).slice(0, MAX_TEXT);
  const fromCandidate = reply.from.toLowerCase() === ctx.application.candidate.user.email.toLowerCase();
  const position = fromCandidate && ctx.status === "proposed" ? readSlotChoice(reply.text, ctx.slots.length) : null;

  const recordReply = (understood: number | null, client: Tx = db) =>
    client.applicationEvent.create({ data: { applicationId: ctx.applicationId, kind: "interviewReply", details: JSON.stringify({ text, from: reply.from, position: understood }) } });

  if (position !== null) {
    await recordReply(position);
    const result = await pickSlotByToken(reply.token, position, { status: "proposed" }, { via: "reply", ...options });
    if (result.ok) return "booked";
  }
  await db.$transaction(async (tx) => {
    if (position === null) await recordReply(null, tx);
    await sendNeedsAnswer(tx, ctx, "reply", text);
    await sendReplyReceived(tx, ctx);
  });
  return "needs-person";
}
