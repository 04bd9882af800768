// Applications from the candidate's side: apply (application, timeline, confirmation email and the employer members'
// "each application" emails in one transaction),
// follow, withdraw.
import { db, violatesUnique, type Tx } from "~/db.server";
import { openInterviewStatuses } from "~/modules/interviews/context.server";
import { cancelOpenInterviews } from "~/modules/interviews/lifecycle.server";
import type { User } from "~/generated/prisma/client";
import type { CheckedCv } from "~/modules/files/cv.server";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import { notifyNewApplication } from "./application-notices.server";
import { applicationsLink } from "~/modules/candidates/applications-link.server";
import { isFinalStage } from "~/modules/vocabulary/pipeline-stages";

/** The candidate has applied to this mission already: one application per candidate and mission. */
export class AlreadyAppliedError extends Error {}

/**
 * Applies: the application, its CV, its first timeline event and the confirmation email in one transaction.
 * The unique (mission, candidate) index is the rule: of two submissions racing, the second fails on it and is
 * answered with AlreadyAppliedError.
 */
export async function applyToMission(input: {
  user: User;
  candidateId: string;
  mission: { id: string; title: string; employer: { name: string } };
  message: string;
  cv: CheckedCv | null;
  /** the candidate ticked "show my phone and email to the employer now" */
  shareContact?: boolean;
}) {
  try {
    return await db.$transaction(async (tx) => {
      const cvFile = input.cv
        ? await tx.storedFile.create({
            data: {
              ownerId: input.user.id,
              content: input.cv.bytes,
              originalName: input.cv.originalName,
              contentType: input.cv.contentType,
              size: input.cv.bytes.byteLength,
            },
            select: { id: true },
          })
        : null;
      const fields = {
        message: input.message,
        cvFileId: cvFile?.id ?? null,
        contactSharedAt: input.shareContact ? new Date() : null,
      };
      const { application, again } = await createOrReopen(tx, {
        missionId: input.mission.id,
        candidateId: input.candidateId,
        ...fields,
      });
      await tx.applicationEvent.create({
        data: {
          applicationId: application.id,
          actorId: input.user.id,
          kind: "applied",
          details: JSON.stringify({ withCv: Boolean(cvFile), again }),
        },
      });
      await sendEmail(tx, {
        to: input.user.email,
        toName: input.user.name,
        locale: input.user.locale as Locale,
        template: "applicationReceived",
        params: {
          name: input.user.name,
          missionTitle: input.mission.title,
          employerName: input.mission.employer.name,
          applicationsLink: applicationsLink(),
        },
      });
      // the members who chose an email for each application hear of it in the same transaction
      await notifyNewApplication(tx, application.id);
      return application;
    });
  } catch (error) {
    if (violatesUnique(error, "Application_missionId_candidateId_key")) throw new AlreadyAppliedError();
    throw error;
  }
}

/**
 * A new application, or the candidate's own withdrawn one sent again (the unique mission-candidate pair stays one
 * row, with its whole history). Reopened only from "withdrawn": of two sends racing, one reopens and the other meets
 * the unique index like any second application.
 */
async function createOrReopen(
  tx: Tx,
  input: {
    missionId: string;
    candidateId: string;
    message: string;
    cvFileId: string | null;
    contactSharedAt: Date | null;
  },
) {
  const { missionId, candidateId, ...fields } = input;
  const reopened = await tx.application.updateMany({
    where: { missionId, candidateId, stage: "withdrawn" },
    data: { ...fields, stage: "new", contactSharedAt: fields.contactSharedAt ?? undefined, lastActivityAt: new Date() },
  });
  if (reopened.count === 1)
    return {
      application: await tx.application.findUniqueOrThrow({
        where: { missionId_candidateId: { missionId, candidateId } },
      }),
      again: true,
    };
  return { application: await tx.application.create({ data: input }), again: false };
}

/** A candidate's application to one mission (its id and stage), null when they have not applied. */
export function findApplicationTo(missionId: string, candidateId: string) {
  return db.application.findUnique({
    where: { missionId_candidateId: { missionId, candidateId } },
    select: { id: true, stage: true },
  });
}

/** A signed-in candidate's applications as their dashboard lists them, last changed first. */
export function listDashboardApplications(userId: string) {
  return db.application.findMany({
    where: { candidate: { userId } },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      stage: true,
      updatedAt: true,
      mission: { select: { title: true, town: true, employer: { select: { name: true, contentLocale: true } } } },
    },
  });
}

export function listCandidateApplications(candidateId: string) {
  return db.application.findMany({
    where: { candidateId },
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      stage: true,
      createdAt: true,
      updatedAt: true,
      message: true,
      cvFile: { select: { originalName: true } },
      mission: {
        select: {
          id: true,
          title: true,
          town: true,
          employer: { select: { name: true, slug: true, contentLocale: true } },
        },
      },
      events: {
        where: { private: false },
        orderBy: { createdAt: "asc" },
        select: { id: true, kind: true, details: true, createdAt: true },
      },
      interviews: {
        where: { status: { in: [...openInterviewStatuses] } },
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { id: true, status: true },
      },
    },
  });
}

/**
 * Withdraws the candidate's own application; another person's, or one already closed, changes nothing. Withdrawn
 * only from the stage read, so a recruiter's decision made meanwhile (hired, not selected) is not overwritten. The
 * candidate may send it again while the mission is open (applyToMission reopens it).
 */
export async function withdrawApplication(
  candidateId: string,
  applicationId: string,
  actorId: string,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({ where: { id: applicationId, candidateId } });
    if (!application || isFinalStage(application.stage)) return false;
    const withdrawn = await tx.application.updateMany({
      where: { id: application.id, stage: application.stage },
      data: { stage: "withdrawn" },
    });
    if (withdrawn.count !== 1) return false;
    await tx.applicationEvent.create({
      data: {
        applicationId: application.id,
        actorId,
        kind: "stage_changed",
        details: JSON.stringify({ from: application.stage, to: "withdrawn" }),
      },
    });
    // an interview proposed or booked has no purpose any more: cancelled, with the recruiter told (CANCEL)
    await cancelOpenInterviews(tx, { applicationId: application.id }, "candidate", new Date(), actorId);
    return true;
  });
}

/** The candidate's own application that may still be withdrawn, with what withdrawing it will change; else null. */
export async function findWithdrawable(candidateId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, candidateId },
    select: {
      id: true,
      stage: true,
      mission: { select: { title: true, employer: { select: { name: true, contentLocale: true } } } },
      interviews: {
        where: { status: { in: [...openInterviewStatuses] } },
        select: { status: true, startsAt: true },
        take: 1,
      },
    },
  });
  if (!application || isFinalStage(application.stage)) return null;
  const { interviews, ...rest } = application;
  return { ...rest, openInterview: interviews[0] ?? null };
}

/** The CV of an application, for its candidate or a member of the mission's employer; anyone else gets null. */
export async function findCvForViewer(applicationId: string, viewerId: string) {
  const application = await db.application.findFirst({
    where: {
      id: applicationId,
      OR: [{ candidate: { userId: viewerId } }, { mission: { employer: { members: { some: { userId: viewerId } } } } }],
    },
    select: { cvFile: true },
  });
  return application?.cvFile ?? null;
}
