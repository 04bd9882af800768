// The recruiter's side of applications: the pipeline (board and list), moving a card with or without an email,
// notes, ratings, bulk actions, and the 10-day rule. Every function takes the employer's id and touches only
// that organisation's applications.
import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { profileForMatching, readProfile } from "~/modules/candidates/profile";
import { refusalsOf } from "~/modules/email/refused-addresses.server";
import { scoreMatch } from "~/modules/matching";
import { findOpenMissions, missionForMatching } from "~/modules/missions/mission.server";
import type { AnonymisationReason } from "~/modules/vocabulary/choices";
import { applicationsLink } from "~/modules/candidates/applications-link.server";
import { sendCandidateEmail } from "./candidate-emails.server";
import { emailKindForStage, moveEmailTopic, undoWindowMs } from "./move-emails";
import { isFinalStage, recruiterMayMove, stages, waitingDays, type Stage } from "~/modules/vocabulary/pipeline-stages";

const dayMs = 86_400_000;

export type PipelineFilters = {
  missionId?: string;
  stage?: Stage;
  minScore?: number;
  /** only applications without activity for at least this many days */
  idleDays?: number;
  sort: "activity" | "score" | "applied";
};

/** Applications of the organisation, with each candidate's fit for the mission and the "waiting" flag. */
export async function listPipeline(employerId: string, filters: PipelineFilters, now = new Date()) {
  const rows = await db.application.findMany({
    where: {
      mission: { employerId, ...(filters.missionId ? { id: filters.missionId } : {}) },
      ...(filters.stage ? { stage: filters.stage } : {}),
      ...(filters.idleDays ? { lastActivityAt: { lte: new Date(now.getTime() - filters.idleDays * dayMs) } } : {}),
    },
    include: { candidate: { include: { user: true } }, mission: { include: { employer: true } } },
    orderBy: { lastActivityAt: "asc" },
  });
  const missions = new Map(
    (await findOpenMissions([...new Set(rows.map((row) => row.missionId))], now)).map((mission) => [
      mission.id,
      mission,
    ]),
  );
  const refusals = await refusalsOf(rows.flatMap((row) => (row.candidate ? [row.candidate.user.email] : [])));
  const items = rows.map((row) => {
    const mission = missions.get(row.missionId);
    // an anonymised application has no candidate: no name, no fit, nothing more to do on it
    const result =
      mission && row.candidate
        ? scoreMatch(profileForMatching(readProfile(row.candidate)), missionForMatching(mission))
        : null;
    const idleDays = Math.floor((now.getTime() - row.lastActivityAt.getTime()) / dayMs);
    return {
      id: row.id,
      stage: row.stage as Stage,
      /** null once anonymised: the page shows `anonymisedReason`'s words instead */
      candidateName: row.candidate?.user.name ?? null,
      anonymisedReason: row.anonymisedReason as AnonymisationReason | null,
      /** our emails to the candidate bounce: they hear nothing from the pipeline until they fix their address */
      refusesMail: row.candidate ? refusals.has(row.candidate.user.email.toLowerCase()) : false,
      missionId: row.missionId,
      missionTitle: row.mission.title,
      appliedAt: row.createdAt,
      lastActivityAt: row.lastActivityAt,
      score: result && !result.excluded ? result.score : null,
      waiting: row.candidate !== null && !isFinalStage(row.stage) && idleDays >= waitingDays,
      idleDays,
    };
  });
  const filtered = filters.minScore ? items.filter((item) => (item.score ?? 0) >= filters.minScore!) : items;
  const order = {
    activity: (a: (typeof items)[number], b: (typeof items)[number]) =>
      a.lastActivityAt.getTime() - b.lastActivityAt.getTime(),
    score: (a: (typeof items)[number], b: (typeof items)[number]) => (b.score ?? -1) - (a.score ?? -1),
    applied: (a: (typeof items)[number], b: (typeof items)[number]) => b.appliedAt.getTime() - a.appliedAt.getTime(),
  }[filters.sort];
  return filtered.sort(order);
}

/**
 * Moves an application to a stage; with `notify`, the stage's email goes to the candidate in the same transaction,
 * as the recruiter wrote it (`written`) or else in the organisation's wording, held in the outbox for undoWindowMs
 * so that the recruiter may still withdraw it (move-emails.server.ts).
 * The move is made only from the stage the recruiter saw (`from`, or else the stage read here), so of two moves of
 * one card at the same moment one wins and the other returns false. Also false when the application is not the
 * organisation's or is already at that stage.
 */
export async function moveApplication(input: {
  employerId: string;
  actor: User;
  applicationId: string;
  from?: Stage;
  to: Stage;
  notify: boolean;
  written?: { subject: string; body: string };
  now?: Date;
}) {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: input.applicationId, mission: { employerId: input.employerId } },
      include: { candidate: { include: { user: true } }, mission: { include: { employer: true } } },
    });
    // an anonymised application stays where it was: nobody to tell, nothing to decide
    if (!application?.candidate || application.stage === input.to || !recruiterMayMove(application.stage)) return false;
    const seen = input.from ?? application.stage;
    const moved = await tx.application.updateMany({
      where: { id: application.id, stage: seen, anonymisedAt: null },
      data: { stage: input.to, lastActivityAt: now },
    });
    if (moved.count !== 1) return false;
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        actorId: input.actor.id,
        kind: "stage_changed",
        details: JSON.stringify({ from: seen, to: input.to }),
        createdAt: now,
      },
    });
    const kind = emailKindForStage(input.to);
    if (input.notify && kind) {
      const person = application.candidate.user;
      await sendCandidateEmail(tx, {
        kind,
        employerId: input.employerId,
        to: { email: person.email, name: person.name, locale: person.locale },
        fields: {
          candidate: person.name,
          mission: application.mission.title,
          employer: application.mission.employer.name,
        },
        link: applicationsLink(),
        applicationId: application.id,
        actorId: input.actor.id,
        written: input.written,
        sendAt: new Date(now.getTime() + undoWindowMs),
        topic: moveEmailTopic(application.id),
      });
    }
    return true;
  });
}

/**
 * What a bulk move would do, shown before the recruiter confirms: how many of the chosen applications would move
 * (the organisation's, with a person, movable, not already there) and how many people the stage's email would reach.
 */
export async function planBulkMove(employerId: string, applicationIds: string[], to: Stage) {
  const rows = await db.application.findMany({
    where: {
      id: { in: applicationIds },
      mission: { employerId },
      candidateId: { not: null },
      anonymisedAt: null,
      stage: { not: to },
    },
    select: { stage: true },
  });
  const moving = rows.filter((row) => recruiterMayMove(row.stage)).length;
  return { moving, emailed: emailKindForStage(to) ? moving : 0 };
}

/** Moves several applications; each one in its own transaction, so one refusal does not undo the others. */
export async function moveApplications(
  input: Omit<Parameters<typeof moveApplication>[0], "applicationId" | "written"> & { applicationIds: string[] },
) {
  let moved = 0;
  for (const applicationId of input.applicationIds) {
    if (await moveApplication({ ...input, applicationId })) moved += 1;
  }
  return moved;
}

export async function addNote(employerId: string, actor: User, applicationId: string, text: string) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({ where: { id: applicationId, mission: { employerId } } });
    if (!application) return false;
    await tx.applicationEvent.create({
      data: { applicationId, actorId: actor.id, kind: "note", private: true, details: JSON.stringify({ text }) },
    });
    await tx.application.update({ where: { id: applicationId }, data: { lastActivityAt: new Date() } });
    return true;
  });
}

export type ReviewInput = {
  customerCare: number | null;
  reliability: number | null;
  languages: number | null;
  teamwork: number | null;
  recommendation: string | null;
};

export async function saveReview(employerId: string, actor: User, applicationId: string, review: ReviewInput) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({ where: { id: applicationId, mission: { employerId } } });
    if (!application) return false;
    await tx.applicationReview.upsert({
      where: { applicationId_reviewerId: { applicationId, reviewerId: actor.id } },
      create: { applicationId, reviewerId: actor.id, ...review },
      update: review,
    });
    await tx.applicationEvent.create({
      data: { applicationId, actorId: actor.id, kind: "review", private: true, details: JSON.stringify(review) },
    });
    await tx.application.update({ where: { id: applicationId }, data: { lastActivityAt: new Date() } });
    return true;
  });
}

/** An application's ratings with who gave them (the application page splits its reader's from the others'). */
export function listReviews(applicationId: string) {
  return db.applicationReview.findMany({
    where: { applicationId },
    include: { reviewer: { select: { id: true, name: true } } },
  });
}

/** An anonymised application's ratings, oldest first, with their reviewers' names. */
export function listReviewsInOrder(applicationId: string) {
  return db.applicationReview.findMany({
    where: { applicationId },
    include: { reviewer: { select: { name: true } } },
    orderBy: { createdAt: "asc" },
  });
}

/**
 * The 10-day rule: every open application without a decision for 10 days gets one honest "we are still reviewing"
 * email (never a second), recorded on its timeline. The recruiters see these applications flagged as waiting.
 */
export async function remindIdleApplications(now = new Date()) {
  const idle = await db.application.findMany({
    where: {
      stage: { in: stages.filter((stage) => !isFinalStage(stage)) },
      lastActivityAt: { lte: new Date(now.getTime() - waitingDays * dayMs) },
      stillReviewingSentAt: null,
      anonymisedAt: null,
      mission: { status: "published" },
    },
    include: { candidate: { include: { user: true } }, mission: { include: { employer: true } } },
  });
  let sent = 0;
  for (const { candidate, ...application } of idle) {
    if (!candidate) continue;
    await db.$transaction(async (tx) => {
      const claimed = await tx.application.updateMany({
        where: { id: application.id, stillReviewingSentAt: null, anonymisedAt: null },
        data: { stillReviewingSentAt: now },
      });
      if (claimed.count !== 1) return;
      const person = candidate.user;
      await sendCandidateEmail(tx, {
        kind: "still-reviewing",
        employerId: application.mission.employerId,
        to: { email: person.email, name: person.name, locale: person.locale },
        fields: {
          candidate: person.name,
          mission: application.mission.title,
          employer: application.mission.employer.name,
        },
        link: applicationsLink(),
        applicationId: application.id,
      });
      sent += 1;
    });
  }
  return sent;
}
