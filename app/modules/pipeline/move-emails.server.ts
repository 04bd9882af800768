// A move's email before and after it is queued: the text the recruiter previews (and may edit) in the candidate's
// language, the emails still waiting out their undo window, and the undo itself, which races the outbox worker
// fairly: one conditional update, so the email is either withdrawn or already gone, never both.
import { db } from "~/db.server";
import { localeOr } from "~/modules/i18n/locales";
import { trimmedBody } from "~/modules/email/retention.server";
import { filledWording } from "./candidate-emails.server";
import { applicationOfTopic, emailKindForStage, moveEmailTopic } from "./move-emails";
import type { Stage } from "~/modules/vocabulary/pipeline-stages";

/**
 * The email a move of this application to `to` would send, filled in for its person in their language; null when
 * the stage has no email or nobody is left to write to (an anonymised application).
 */
export async function previewMoveEmail(employerId: string, applicationId: string, to: Stage) {
  const kind = emailKindForStage(to);
  const application = await db.application.findFirst({
    where: { id: applicationId, mission: { employerId } },
    include: { candidate: { include: { user: true } }, mission: { include: { employer: true } } },
  });
  if (!kind || !application?.candidate) return null;
  const person = application.candidate.user;
  const locale = localeOr(person.locale);
  const fields = {
    candidate: person.name,
    mission: application.mission.title,
    employer: application.mission.employer.name,
  };
  return { kind, locale, ...(await filledWording(db, employerId, kind, locale, fields)) };
}

/** The emails this recruiter's moves queued that may still be withdrawn, soonest first, with whom they are for. */
export async function pendingMoveEmails(employerId: string, actorId: string, now = new Date()) {
  const events = await db.applicationEvent.findMany({
    where: {
      kind: "email",
      actorId,
      application: { mission: { employerId } },
      createdAt: { gt: new Date(now.getTime() - 24 * 3_600_000) },
    },
    select: { applicationId: true },
  });
  const topics = [...new Set(events.map((event) => moveEmailTopic(event.applicationId)))];
  const rows = await db.outboxEmail.findMany({
    where: { topic: { in: topics }, status: "pending", attempts: 0, nextAttemptAt: { gt: now } },
    select: { id: true, toName: true, subject: true, nextAttemptAt: true },
    orderBy: { nextAttemptAt: "asc" },
  });
  return rows.map((row) => ({ id: row.id, name: row.toName, subject: row.subject, sendAt: row.nextAttemptAt }));
}

export type WithdrawOutcome = "withdrawn" | "gone" | "not-found";

/**
 * "Annuler l'envoi": withdraws a move's email if it is still waiting out its undo window. The update holds what
 * must still be true (pending, never tried, not yet due), so when the worker claims it at the same moment exactly
 * one of them wins: the email is withdrawn, or the recruiter is told it has gone. Another organisation's email is
 * "not-found" and stays as it was. The timeline's line becomes private: the person never hears of it.
 */
export async function withdrawMoveEmail(
  employerId: string,
  outboxId: string,
  now = new Date(),
): Promise<WithdrawOutcome> {
  const email = await db.outboxEmail.findUnique({ where: { id: outboxId }, select: { id: true, topic: true } });
  const applicationId = applicationOfTopic(email?.topic ?? null);
  const application = applicationId
    ? await db.application.findFirst({ where: { id: applicationId, mission: { employerId } }, select: { id: true } })
    : null;
  if (!email || !application) return "not-found";
  return db.$transaction(async (tx) => {
    const { count } = await tx.outboxEmail.updateMany({
      where: { id: email.id, status: "pending", attempts: 0, nextAttemptAt: { gt: now } },
      data: { status: "withdrawn", ...trimmedBody(now) },
    });
    if (count !== 1) return "gone";
    await tx.applicationEvent.updateMany({
      where: { applicationId: application.id, kind: "email", details: { contains: `"outboxId":"${email.id}"` } },
      data: { private: true },
    });
    return "withdrawn";
  });
}
