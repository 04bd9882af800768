// The life of an interview: proposed, booked (or released again by the candidate's calendar), moved, cancelled, held
// or missed. Each change is one transaction with its timeline events and its emails; every state change is a
// conditional UPDATE on the state the person saw, so two clicks at the same moment make one change and the second is
// told what happened.
import { db, violatesExclusion, violatesUnique, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { Prisma, User } from "~/generated/prisma/client";
import type { CancelCause } from "~/modules/email/templates/interview";
import { takeLimit, type Refused } from "~/modules/security/limits.server";
import { randomToken } from "~/modules/security/tokens.server";
import { shareContactOnBooking } from "~/modules/candidates/contact-sharing.server";
import { finalStages } from "~/modules/vocabulary/pipeline-stages";
import {
  findInterviewByToken,
  findOwnInterview,
  openInterviewStatuses,
  reloadInterview,
  type InterviewContext,
} from "./context.server";
import {
  scheduleReminders,
  sendCancellation,
  sendCalendarInvitations,
  sendNeedsAnswer,
  sendProposal,
  sendRelease,
  withdrawReminders,
} from "./notifications.server";
import { alreadyBookedSlots } from "./availability.server";
import { candidateMayReschedule, endOfSlot, mayProposeInterview, type InterviewRules, type SlotInput } from "./rules";
import { interviewToken, interviewTokenHash, recruiterReplyToken } from "./token.server";

export const defaultRules: InterviewRules = env.interviews;

export type InterviewFormat = "in_person" | "phone" | "video";
export type Proposal = {
  format: InterviewFormat;
  address: string;
  accessNotes: string;
  callNumber: string;
  videoLink: string;
  recruiterPhone: string;
  timeZone: string;
  slots: SlotInput[];
};

/** The state a person saw when they chose: a change goes through only if it still holds. */
export type ExpectedState = { status: "proposed" } | { status: "booked"; sequence: number };

export type ChangeRefusal =
  | "not-found"
  | "no-such-slot"
  | "slot-past"
  | "slot-taken"
  | "changed"
  | "same-slot"
  | "cancelled"
  | "finished"
  | "limit"
  | "too-late";
export type ChangeResult =
  { ok: true; change: "booked" | "rescheduled" | "cancelled" } | { ok: false; reason: ChangeRefusal };

async function recordEvent(
  tx: Tx,
  ctx: { applicationId: string },
  kind: string,
  details: object,
  actorId?: string,
  isPrivate = false,
) {
  await tx.applicationEvent.create({
    data: { applicationId: ctx.applicationId, actorId, kind, details: JSON.stringify(details), private: isPrivate },
  });
}

/** Another booked interview of the same recruiter holds that time (the exclusion constraint said so). */
const isDoubleBooking = (error: unknown) => violatesExclusion(error, "Interview_no_double_booking");

export type ProposalRefusal =
  | { ok: false; reason: "not-found" | "open-exists" | "application-closed" }
  /** `slots`: the numbers (1-based) of the times the recruiter has already booked with someone else */
  | { ok: false; reason: "slot-booked"; slots: number[] };

/**
 * Proposes 2 to 6 slots for an application of the organisation. One open interview per application at a time is
 * kept by a unique index: of two proposals racing, the second fails on it and is told one is open. A closed
 * application (withdrawn, not selected, hired) gets none: its stage is checked by the conditional write that opens
 * the proposal, so a withdrawal committed first is seen. A time the recruiter has already booked is refused.
 */
export async function proposeInterview(input: {
  employerId: string;
  actor: User;
  applicationId: string;
  proposal: Proposal;
  now?: Date;
}): Promise<{ ok: true; interviewId: string } | ProposalRefusal> {
  const now = input.now ?? new Date();
  return db
    .$transaction(async (tx): Promise<{ ok: true; interviewId: string } | ProposalRefusal> => {
      // an anonymised application has nobody to invite
      const application = await tx.application.findFirst({
        where: { id: input.applicationId, anonymisedAt: null, mission: { employerId: input.employerId } },
      });
      if (!application) return { ok: false as const, reason: "not-found" as const };
      if (!mayProposeInterview(application.stage)) return { ok: false as const, reason: "application-closed" as const };
      const { slots, format, address, accessNotes, callNumber, videoLink, recruiterPhone, timeZone } = input.proposal;
      const booked = await alreadyBookedSlots(tx, input.actor.id, slots);
      if (booked.length > 0) return { ok: false as const, reason: "slot-booked" as const, slots: booked };
      const stillOpen = await tx.application.updateMany({
        where: { id: application.id, stage: { notIn: [...finalStages] } },
        data: { lastActivityAt: now },
      });
      if (stillOpen.count !== 1) return { ok: false as const, reason: "application-closed" as const };
      const created = await tx.interview.create({
        data: {
          format,
          address,
          accessNotes,
          callNumber,
          videoLink,
          recruiterPhone,
          timeZone,
          applicationId: application.id,
          recruiterId: input.actor.id,
          // the token and UID derive from the id, known only after the insert: unique placeholders meanwhile
          tokenHash: randomToken(),
          calendarUid: randomToken(),
          slots: {
            create: slots.map((slot, index) => ({
              position: index + 1,
              startsAt: slot.startsAt,
              durationMinutes: slot.durationMinutes,
            })),
          },
        },
      });
      await tx.interview.update({
        where: { id: created.id },
        data: {
          tokenHash: interviewTokenHash(interviewToken(created.id)),
          recruiterTokenHash: interviewTokenHash(recruiterReplyToken(created.id)),
          calendarUid: `${created.id}@${env.mailDomain}`,
        },
      });
      await recordEvent(
        tx,
        { applicationId: application.id },
        "interviewProposed",
        { slots: slots.map((slot) => slot.startsAt.toISOString()), format },
        input.actor.id,
      );
      await sendProposal(tx, await reloadInterview(tx, created.id), input.actor.id);
      return { ok: true as const, interviewId: created.id };
    })
    .catch((error: unknown): ProposalRefusal => {
      if (violatesUnique(error, "Interview_one_open_per_application")) return { ok: false, reason: "open-exists" };
      throw error;
    });
}

/** The interview is still in the state the person saw when they chose. */
function stillAsSeen(ctx: InterviewContext, expected: ExpectedState): boolean {
  return ctx.status === expected.status && (expected.status !== "booked" || ctx.sequence === expected.sequence);
}

function refusalForState(ctx: InterviewContext): ChangeRefusal {
  if (ctx.status === "cancelled") return "cancelled";
  if (ctx.status === "held" || ctx.status === "missed") return "finished";
  return "changed";
}

/**
 * Booking moves the application to the Interview stage, unless it is already there or further: only from the stage
 * read, so a recruiter's move made meanwhile stands.
 */
async function moveToInterviewStage(tx: Tx, ctx: InterviewContext, now: Date, actorId?: string) {
  const from = ctx.application.stage;
  if (from !== "new" && from !== "screening") return;
  const moved = await tx.application.updateMany({
    where: { id: ctx.applicationId, stage: from },
    data: { stage: "interview", lastActivityAt: now },
  });
  if (moved.count === 1) await recordEvent(tx, ctx, "stage_changed", { from, to: "interview" }, actorId);
}

/**
 * Books a proposed slot, or moves a booked interview to another slot: the shared core of the candidate's link,
 * the candidate's reply and the recruiter's reschedule. Sends REQUEST at the new SEQUENCE to both sides and
 * replaces the reminders. A time the recruiter has booked with someone else makes the claim fail on the exclusion
 * constraint; the caller answers "slot-taken".
 */
async function bookSlot(
  tx: Tx,
  ctx: InterviewContext,
  position: number,
  expected: ExpectedState,
  options: {
    by: "candidate" | "recruiter";
    via: "link" | "reply" | "recruiter";
    actorId?: string;
    rules: InterviewRules;
    now: Date;
  },
): Promise<ChangeResult> {
  const slot = ctx.slots.find((candidate) => candidate.position === position);
  if (!slot) return { ok: false, reason: "no-such-slot" };
  if (!stillAsSeen(ctx, expected)) return { ok: false, reason: refusalForState(ctx) };
  if (slot.startsAt.getTime() <= options.now.getTime()) return { ok: false, reason: "slot-past" };
  const booked = { bookedPosition: position, startsAt: slot.startsAt, endsAt: endOfSlot(slot) };

  if (expected.status === "proposed") {
    // a proposal booked before (and released by the candidate's calendar) goes on from the SEQUENCE of its CANCEL
    const sequence = ctx.sequence === null ? 0 : ctx.sequence + 1;
    const claim = await tx.interview.updateMany({
      where: { id: ctx.id, status: "proposed" },
      data: { ...booked, status: "booked", sequence },
    });
    if (claim.count !== 1) return { ok: false, reason: "changed" };
    await moveToInterviewStage(tx, ctx, options.now, options.actorId);
    await recordEvent(
      tx,
      ctx,
      "interviewBooked",
      { position, startsAt: slot.startsAt.toISOString(), via: options.via },
      options.actorId,
    );
    // accepting an interview lets the employer see the candidate's phone and email
    if (options.by === "candidate") await shareContactOnBooking(tx, ctx, ctx.application.candidate.phone, options.now);
  } else {
    if (ctx.bookedPosition === position) return { ok: false, reason: "same-slot" };
    if (options.by === "candidate") {
      const rule = candidateMayReschedule(ctx, options.rules, options.now);
      if (!rule.allowed) return { ok: false, reason: rule.reason };
    }
    const claim = await tx.interview.updateMany({
      where: { id: ctx.id, status: "booked", sequence: expected.sequence },
      data: {
        ...booked,
        sequence: expected.sequence + 1,
        ...(options.by === "candidate" ? { candidateReschedules: { increment: 1 } } : {}),
      },
    });
    if (claim.count !== 1) return { ok: false, reason: "changed" };
    await withdrawReminders(tx, ctx.id);
    await recordEvent(
      tx,
      ctx,
      "interviewRescheduled",
      { position, startsAt: slot.startsAt.toISOString(), by: options.by },
      options.actorId,
    );
  }
  await tx.application.update({ where: { id: ctx.applicationId }, data: { lastActivityAt: options.now } });
  const updated = await reloadInterview(tx, ctx.id);
  const change = expected.status === "proposed" ? "booked" : "rescheduled";
  await sendCalendarInvitations(tx, updated, change, options.actorId);
  await scheduleReminders(tx, updated, options.rules, options.now);
  return { ok: true, change };
}

/** The candidate picks (or moves to) a slot from a link or a reply. */
export async function pickSlotByToken(
  token: string,
  position: number,
  expected: ExpectedState,
  options: { via: "link" | "reply"; now?: Date; rules?: InterviewRules },
): Promise<ChangeResult> {
  const now = options.now ?? new Date();
  return db
    .$transaction(async (tx): Promise<ChangeResult> => {
      const ctx = await findInterviewByToken(token, tx);
      if (!ctx) return { ok: false, reason: "not-found" };
      return bookSlot(tx, ctx, position, expected, {
        by: "candidate",
        via: options.via,
        rules: options.rules ?? defaultRules,
        now,
      });
    })
    .catch((error: unknown): ChangeResult => {
      if (isDoubleBooking(error)) return { ok: false, reason: "slot-taken" };
      throw error;
    });
}

/** The recruiter moves a booked interview to another proposed slot or to a new time. */
export async function rescheduleByRecruiter(input: {
  employerId: string;
  actor: User;
  interviewId: string;
  expected: ExpectedState;
  target: { position: number } | { slot: SlotInput };
  now?: Date;
  rules?: InterviewRules;
}): Promise<ChangeResult> {
  const now = input.now ?? new Date();
  return db
    .$transaction(async (tx): Promise<ChangeResult> => {
      let ctx = await findOwnInterview(input.employerId, input.interviewId, tx);
      // only a booked interview moves; a proposal is withdrawn and proposed again
      if (input.expected.status !== "booked" || !stillAsSeen(ctx, input.expected))
        return { ok: false, reason: refusalForState(ctx) };
      let position: number;
      if ("slot" in input.target) {
        if (input.target.slot.startsAt.getTime() <= now.getTime()) return { ok: false, reason: "slot-past" };
        position = Math.max(0, ...ctx.slots.map((slot) => slot.position)) + 1;
        await tx.interviewSlot.create({ data: { interviewId: ctx.id, position, ...input.target.slot } });
        ctx = await reloadInterview(tx, ctx.id);
      } else {
        position = input.target.position;
      }
      const result = await bookSlot(tx, ctx, position, input.expected, {
        by: "recruiter",
        via: "recruiter",
        actorId: input.actor.id,
        rules: input.rules ?? defaultRules,
        now,
      });
      // a refused move rolls back, so a new time it added does not stay behind as a proposed slot
      if (!result.ok) throw new Refusal(result);
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof Refusal) return error.result;
      if (isDoubleBooking(error)) return { ok: false, reason: "slot-taken" };
      // another move to a new time took the same slot position at the same moment: that move wins
      if (violatesUnique(error, "InterviewSlot_interviewId_position_key")) return { ok: false, reason: "changed" };
      throw error;
    });
}

/** Thrown to roll a transaction back while still answering with the refusal. */
class Refusal extends Error {
  constructor(readonly result: ChangeResult) {
    super("refused");
  }
}

async function cancel(
  tx: Tx,
  ctx: InterviewContext,
  by: CancelCause,
  expected: ExpectedState,
  now: Date,
  actorId?: string,
): Promise<ChangeResult> {
  if (!stillAsSeen(ctx, expected)) return { ok: false, reason: refusalForState(ctx) };
  if (ctx.startsAt && ctx.startsAt.getTime() <= now.getTime()) return { ok: false, reason: "slot-past" };
  const nextSequence = ctx.sequence === null ? null : ctx.sequence + 1;
  const claim = await tx.interview.updateMany({
    where: {
      id: ctx.id,
      status: expected.status,
      ...(expected.status === "booked" ? { sequence: expected.sequence } : {}),
    },
    data: { status: "cancelled", sequence: nextSequence },
  });
  if (claim.count !== 1) return { ok: false, reason: "changed" };
  await withdrawReminders(tx, ctx.id);
  await recordEvent(tx, ctx, "interviewCancelled", { by, startsAt: ctx.startsAt?.toISOString() ?? null }, actorId);
  await tx.application.update({ where: { id: ctx.applicationId }, data: { lastActivityAt: now } });
  await sendCancellation(tx, await reloadInterview(tx, ctx.id), by, actorId);
  return { ok: true, change: "cancelled" };
}

/**
 * Cancels every interview still proposed or booked among `where`, inside the caller's transaction: an account being
 * deleted or an organisation closing. Each goes through the same conditional cancel (CANCEL at SEQUENCE+1 for a
 * booked one, reminders withdrawn); one already past is left as it is. Returns how many were cancelled.
 */
export async function cancelOpenInterviews(
  tx: Tx,
  where: Prisma.InterviewWhereInput,
  by: CancelCause,
  now: Date,
  actorId?: string,
): Promise<number> {
  const open = await tx.interview.findMany({
    where: {
      AND: [where, { status: { in: [...openInterviewStatuses] }, application: { candidateId: { not: null } } }],
    },
    select: { id: true },
  });
  let cancelled = 0;
  for (const { id } of open) {
    const ctx = await reloadInterview(tx, id);
    const expected: ExpectedState =
      ctx.status === "booked" ? { status: "booked", sequence: ctx.sequence ?? 0 } : { status: "proposed" };
    if ((await cancel(tx, ctx, by, expected, now, actorId)).ok) cancelled += 1;
  }
  return cancelled;
}

export async function cancelByToken(token: string, expected: ExpectedState, now = new Date()): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const ctx = await findInterviewByToken(token, tx);
    if (!ctx) return { ok: false, reason: "not-found" };
    return cancel(tx, ctx, "candidate", expected, now);
  });
}

export async function cancelByRecruiter(input: {
  employerId: string;
  actor: User;
  interviewId: string;
  expected: ExpectedState;
  now?: Date;
}): Promise<ChangeResult> {
  return db.$transaction(async (tx) => {
    const ctx = await findOwnInterview(input.employerId, input.interviewId, tx);
    return cancel(tx, ctx, "recruiter", input.expected, input.now ?? new Date(), input.actor.id);
  });
}

/**
 * The candidate declined the booked time in their calendar: the time is freed and the interview is proposed again, so
 * they may choose another of its times from the interview's page (the email asks them). CANCEL at SEQUENCE+1 goes to
 * both calendars, and a later booking goes on from that SEQUENCE. Only from the state the calendar answered, and only
 * before the start; false when that no longer holds.
 */
export async function releaseBooking(tx: Tx, ctx: InterviewContext, sequence: number, now: Date): Promise<boolean> {
  if (ctx.status !== "booked" || ctx.sequence !== sequence || !ctx.startsAt || ctx.startsAt.getTime() <= now.getTime())
    return false;
  const claim = await tx.interview.updateMany({
    where: { id: ctx.id, status: "booked", sequence },
    data: { status: "proposed", sequence: sequence + 1, bookedPosition: null, startsAt: null, endsAt: null },
  });
  if (claim.count !== 1) return false;
  await withdrawReminders(tx, ctx.id);
  await recordEvent(tx, ctx, "interviewReleased", { startsAt: ctx.startsAt.toISOString() });
  await tx.application.update({ where: { id: ctx.applicationId }, data: { lastActivityAt: now } });
  // the files cancel the time just freed, at the new SEQUENCE
  await sendRelease(tx, { ...ctx, sequence: sequence + 1 });
  return true;
}

/** After the time: the recruiter records whether the interview took place. */
export async function recordOutcome(input: {
  employerId: string;
  actor: User;
  interviewId: string;
  outcome: "held" | "missed";
  now?: Date;
}) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const ctx = await findOwnInterview(input.employerId, input.interviewId, tx);
    const claim = await tx.interview.updateMany({
      where: { id: ctx.id, status: "booked", startsAt: { lte: now } },
      data: { status: input.outcome },
    });
    if (claim.count !== 1) return false;
    await recordEvent(
      tx,
      ctx,
      input.outcome === "held" ? "interviewHeld" : "interviewMissed",
      { startsAt: ctx.startsAt?.toISOString() },
      input.actor.id,
      true,
    );
    await tx.application.update({ where: { id: ctx.applicationId }, data: { lastActivityAt: now } });
    return true;
  });
}

/** "None of these suit me": the candidate's words go to the timeline and to the recruiter, a few times a day at most. */
export async function suggestOtherTimes(token: string, text: string): Promise<"sent" | "not-open" | Refused> {
  return db.$transaction(async (tx) => {
    const ctx = await findInterviewByToken(token, tx);
    if (!ctx || (ctx.status !== "proposed" && ctx.status !== "booked")) return "not-open";
    const limit = await takeLimit("suggestionsPerInterview", ctx.id);
    if (!limit.ok) return limit;
    await recordEvent(tx, ctx, "interviewSuggestion", { text });
    await sendNeedsAnswer(tx, ctx, "suggestion", text);
    return "sent";
  });
}
