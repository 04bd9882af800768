// Anonymising applications: the one step shared by account deletion ("deleted-account") and retention ("retention",
// untouched for 24 months). The employer keeps the application in its pipeline with its stage, its notes, its ratings
// and its timeline, but no longer knows whose it was: the candidate is unlinked, the message, CV and shared contact
// are gone, the candidate's own words leave the timeline, and the emails sent to them lose their address and subject.
import type { Tx } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { trimmedBody } from "~/modules/email/retention.server";
import { parseJsonObject } from "~/modules/json-columns";
import type { AnonymisationReason } from "~/modules/vocabulary/choices";

/** Timeline events whose details are the candidate's own words (an emailed reply, a suggested time). */
const candidateWordKinds = ["interviewReply", "interviewSuggestion"];

/**
 * Anonymises every application matching `where` that is not anonymised yet, inside the caller's transaction.
 * Returns how many it anonymised. Each application is claimed by a conditional update, so two rounds (or a round and
 * a deletion) racing anonymise it once and record one timeline event.
 */
export async function anonymiseApplications(
  tx: Tx,
  where: Prisma.ApplicationWhereInput,
  reason: AnonymisationReason,
  now = new Date(),
): Promise<number> {
  const applications = await tx.application.findMany({
    where: { AND: [where, { anonymisedAt: null }] },
    select: { id: true, cvFileId: true, candidate: { select: { userId: true } } },
  });
  let anonymised = 0;
  for (const application of applications) {
    const claimed = await tx.application.updateMany({
      where: { id: application.id, anonymisedAt: null },
      data: { candidateId: null, message: "", contactSharedAt: null, anonymisedAt: now, anonymisedReason: reason },
    });
    if (claimed.count !== 1) continue;
    anonymised += 1;
    if (application.cvFileId) await tx.storedFile.deleteMany({ where: { id: application.cvFileId } });
    await eraseFromTimeline(tx, application.id, application.candidate?.userId ?? null, now);
    // the number the recruiter was to call is the candidate's
    await tx.interview.updateMany({ where: { applicationId: application.id }, data: { callNumber: "" } });
    await tx.applicationEvent.create({
      data: { applicationId: application.id, kind: "anonymised", details: JSON.stringify({ reason }), createdAt: now },
    });
  }
  return anonymised;
}

/**
 * The timeline keeps what happened, not who it happened to: the candidate is no longer named as an actor, their own
 * words are erased, and each email sent to them keeps its status but loses its subject (it may hold their name) and
 * its outbox row loses address, name, subject and body (one still waiting is withdrawn).
 */
async function eraseFromTimeline(tx: Tx, applicationId: string, candidateUserId: string | null, now: Date) {
  if (candidateUserId)
    await tx.applicationEvent.updateMany({
      where: { applicationId, actorId: candidateUserId },
      data: { actorId: null },
    });
  await tx.applicationEvent.updateMany({
    where: { applicationId, kind: { in: candidateWordKinds } },
    data: { details: "{}" },
  });
  const emails = await tx.applicationEvent.findMany({
    where: { applicationId, kind: "email" },
    select: { id: true, details: true },
  });
  const outboxIds: string[] = [];
  for (const event of emails) {
    const details = parseJsonObject(event.details);
    if (details.to === "recruiter") continue;
    if (typeof details.outboxId === "string") outboxIds.push(details.outboxId);
    await tx.applicationEvent.update({
      where: { id: event.id },
      data: { details: JSON.stringify({ ...details, subject: "" }) },
    });
  }
  if (outboxIds.length === 0) return;
  await tx.outboxEmail.updateMany({
    where: { id: { in: outboxIds }, status: "pending" },
    data: { status: "withdrawn" },
  });
  await tx.outboxEmail.updateMany({
    where: { id: { in: outboxIds } },
    data: { toAddress: "", toName: "", subject: "", ...trimmedBody(now) },
  });
  await tx.devMailMessage.updateMany({
    where: { outboxId: { in: outboxIds } },
    data: { toAddress: "", subject: "", raw: "" },
  });
}
