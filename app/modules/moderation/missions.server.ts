// An administrator unpublishes a mission with a reason (emailed to the organisation's owners in their language, and
// shown on the mission); the employer fixes it and sends it back; an administrator publishes it again. A mission sent
// back waits for an administrator rather than going straight back online (decision 0021). Each change is one
// transaction with its audit entry and its emails, and is conditional on the status it starts from, so of two
// administrators acting at once one wins and the other is told it was already handled.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import type { User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { NotFoundError } from "~/modules/errors";
import type { Locale } from "~/modules/i18n/locales";
import { ageTermsIn } from "~/modules/missions/editor.server";
import { defaultPublicationDays } from "~/modules/missions/mission-form";
import { moderationStatus, unpublishableStatuses } from "~/modules/missions/mission-statuses";
import { holdOrganisation } from "./organisation-lock.server";
import { resolveOpenReports } from "./reports.server";

const dayMs = 86_400_000;

export type AdministratorOutcome = "done" | "already-handled" | "not-found";

/** The mission's row held FOR UPDATE (after its organisation's, shared): its status as it is now. */
async function holdMission(tx: Tx, missionId: string) {
  const [row] = await tx.$queryRaw<
    { employerId: string }[]
  >`SELECT "employerId" FROM "Mission" WHERE id = ${missionId}`;
  if (!row) return null;
  const organisation = await holdOrganisation(tx, row.employerId);
  const [mission] = await tx.$queryRaw<
    { id: string; title: string; status: string; publishedAt: Date | null; closesAt: Date | null }[]
  >`
    SELECT id, title, status, "publishedAt", "closesAt" FROM "Mission" WHERE id = ${missionId} FOR UPDATE`;
  return mission && organisation ? { ...mission, organisation } : null;
}

async function ownersOf(tx: Tx, employerId: string) {
  const owners = await tx.membership.findMany({ where: { employerId, role: "owner" }, include: { user: true } });
  return owners.map((owner) => owner.user);
}

/** Takes a mission off the site: its status becomes "unpublished", its open reports are resolved, its owners told. */
export async function unpublishMission(input: {
  administrator: User;
  missionId: string;
  reason: string;
  now?: Date;
}): Promise<AdministratorOutcome> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const mission = await holdMission(tx, input.missionId);
    if (!mission) return "not-found";
    if (!unpublishableStatuses.includes(mission.status)) return "already-handled";
    await tx.mission.update({
      where: { id: mission.id },
      data: { status: moderationStatus.unpublished, moderationReason: input.reason, moderatedAt: now },
    });
    const reports = await resolveOpenReports(tx, { missionId: mission.id }, input.administrator.id, now);
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "mission.unpublished",
        subjectType: "mission",
        subjectId: mission.id,
        employerId: mission.organisation.id,
        details: { reason: input.reason, from: mission.status, reportsResolved: reports },
      },
      tx,
    );
    for (const owner of await ownersOf(tx, mission.organisation.id)) {
      await sendEmail(tx, {
        to: owner.email,
        toName: owner.name,
        locale: owner.locale as Locale,
        template: "missionUnpublished",
        params: {
          name: owner.name,
          mission: mission.title,
          reason: input.reason,
          link: `${env.appUrl}/employer/missions/${mission.id}/edit`,
        },
      });
    }
    return "done";
  });
}

/** Publishes again a mission its employer sent back; refused while its organisation is suspended. */
export async function republishMission(input: {
  administrator: User;
  missionId: string;
  now?: Date;
}): Promise<AdministratorOutcome | "organisation-suspended"> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const mission = await holdMission(tx, input.missionId);
    if (!mission) return "not-found";
    if (mission.status !== moderationStatus.resubmitted) return "already-handled";
    if (mission.organisation.suspendedAt) return "organisation-suspended";
    const closesAt =
      mission.closesAt && mission.closesAt > now
        ? mission.closesAt
        : new Date(now.getTime() + defaultPublicationDays * dayMs);
    await tx.mission.update({
      where: { id: mission.id },
      data: {
        status: "published",
        publishedAt: mission.publishedAt ?? now,
        closesAt,
        moderationReason: null,
        moderatedAt: now,
      },
    });
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "mission.republished",
        subjectType: "mission",
        subjectId: mission.id,
        employerId: mission.organisation.id,
      },
      tx,
    );
    for (const owner of await ownersOf(tx, mission.organisation.id)) {
      await sendEmail(tx, {
        to: owner.email,
        toName: owner.name,
        locale: owner.locale as Locale,
        template: "missionRepublished",
        params: {
          name: owner.name,
          mission: mission.title,
          link: publicPageUrl(`/missions/${mission.id}`, owner.locale as Locale),
        },
      });
    }
    return "done";
  });
}

export type ResubmitOutcome = { ok: true } | { ok: false; problem: "age-terms" | "not-unpublished" };

/**
 * The employer sends back a mission an administrator unpublished, once fixed: it waits for review. Refused, like
 * publishing, while its text holds an age term.
 */
export async function resubmitMission(input: {
  member: User;
  role: string;
  employerId: string;
  missionId: string;
  now?: Date;
}): Promise<ResubmitOutcome> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const mission = await tx.mission.findFirst({ where: { id: input.missionId, employerId: input.employerId } });
    if (!mission) throw new NotFoundError();
    if (ageTermsIn(mission).length > 0) return { ok: false, problem: "age-terms" } as const;
    // conditional on what was read: an administrator's decision in between is not overwritten
    const { count } = await tx.mission.updateMany({
      where: { id: mission.id, status: moderationStatus.unpublished, updatedAt: mission.updatedAt },
      data: { status: moderationStatus.resubmitted, moderatedAt: now },
    });
    if (count !== 1) return { ok: false, problem: "not-unpublished" } as const;
    await recordAudit(
      {
        actorId: input.member.id,
        actorRole: input.role === "owner" ? "owner" : "member",
        action: "mission.resubmitted",
        subjectType: "mission",
        subjectId: mission.id,
        employerId: input.employerId,
      },
      tx,
    );
    return { ok: true } as const;
  });
}

/** Missions their employers sent back, the longest waiting first, for the administrators' queue. */
export function resubmittedMissions(take = 100) {
  return db.mission.findMany({
    where: { status: moderationStatus.resubmitted },
    orderBy: { moderatedAt: "asc" },
    take,
    select: { id: true, title: true, moderatedAt: true, moderationReason: true, employer: { select: { name: true } } },
  });
}

/** One mission as the administrators' page shows it, whatever its status; null when there is none. */
export function missionForModeration(missionId: string) {
  return db.mission.findUnique({
    where: { id: missionId },
    include: { employer: { select: { id: true, name: true, slug: true, suspendedAt: true } } },
  });
}
