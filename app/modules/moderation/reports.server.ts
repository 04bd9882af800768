// Reports ("Signaler") of a mission or an organisation, and the administrators' queue of open ones, grouped by target.
// Locks, here and in every moderation write, are taken in one order: the organisation's row, then the mission's. A
// report holds both FOR SHARE while it is written, so an unpublication or a suspension at the same moment either
// waits and then resolves it, or goes first and the report is refused as for a target that is not public.
import { db, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import type { User } from "~/generated/prisma/client";
import type { ReportReason } from "./forms";

export type ReportTarget = { kind: "mission"; missionId: string } | { kind: "organisation"; employerId: string };

export type NewReport = { reason: ReportReason; details: string; contactEmail?: string; reporterId?: string };

/** Statuses whose mission page is public: only these may be reported (mission.server.ts findPublicMission). */
const publicStatuses = ["published", "closed"];

/**
 * The organisation a target belongs to while the target is public (a mission published or closed, an organisation
 * verified and neither suspended nor closed), its rows held FOR SHARE until the transaction ends; null when it is not public.
 */
async function holdPublicTarget(tx: Tx, target: ReportTarget): Promise<string | null> {
  if (target.kind === "organisation") {
    const [organisation] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Employer"
      WHERE id = ${target.employerId} AND "verificationStatus" = 'verified' AND "suspendedAt" IS NULL AND "closedAt" IS NULL FOR SHARE`;
    return organisation?.id ?? null;
  }
  const [owner] = await tx.$queryRaw<
    { employerId: string }[]
  >`SELECT "employerId" FROM "Mission" WHERE id = ${target.missionId}`;
  if (!owner) return null;
  const [organisation] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Employer" WHERE id = ${owner.employerId} AND "suspendedAt" IS NULL FOR SHARE`;
  if (!organisation) return null;
  const [mission] = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Mission" WHERE id = ${target.missionId} AND "employerId" = ${organisation.id} AND status = ANY(${publicStatuses}) FOR SHARE`;
  return mission ? organisation.id : null;
}

/** Records a report; false when its target does not exist or is not public (any more). */
export async function fileReport(target: ReportTarget, report: NewReport, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const employerId = await holdPublicTarget(tx, target);
    if (!employerId) return false;
    await tx.report.create({
      data: {
        missionId: target.kind === "mission" ? target.missionId : null,
        employerId,
        reason: report.reason,
        details: report.details,
        contactEmail: report.reporterId ? null : (report.contactEmail ?? null),
        reporterId: report.reporterId ?? null,
        createdAt: now,
      },
    });
    return true;
  });
}

/** Marks the open reports that `where` selects as acted on, in the caller's transaction; returns how many. */
export async function resolveOpenReports(
  tx: Tx,
  where: { missionId: string } | { employerId: string },
  administratorId: string,
  now: Date,
): Promise<number> {
  const { count } = await tx.report.updateMany({
    where: { ...where, status: "open" },
    data: { status: "actioned", resolvedAt: now, resolvedById: administratorId },
  });
  return count;
}

export type DismissOutcome = "dismissed" | "already-handled";

/**
 * Dismisses the open reports among `reportIds` (the ones the administrator saw: a report that arrived since stays
 * open). "already-handled" when none was still open: another administrator dismissed or acted first.
 */
export async function dismissReports(
  administrator: User,
  reportIds: string[],
  now = new Date(),
): Promise<DismissOutcome> {
  return db.$transaction(async (tx) => {
    // of two administrators at once, the second's update waits for the first's rows and then finds them closed
    const dismissed = await tx.$queryRaw<{ id: string; missionId: string | null; employerId: string }[]>`
      UPDATE "Report" SET status = 'dismissed', "resolvedAt" = ${now}::timestamp, "resolvedById" = ${administrator.id}
      WHERE id = ANY(${reportIds}) AND status = 'open' RETURNING id, "missionId", "employerId"`;
    if (dismissed.length === 0) return "already-handled";
    for (const report of dismissed) {
      await recordAudit(
        {
          actorId: administrator.id,
          actorRole: "administrator",
          action: "report.dismissed",
          subjectType: "report",
          subjectId: report.id,
          employerId: report.employerId,
          details: { missionId: report.missionId },
        },
        tx,
      );
    }
    return "dismissed";
  });
}

export type ReportGroup = {
  target: ReportTarget;
  /** the mission's title, or the organisation's name */
  title: string;
  organisation: string;
  count: number;
  newestAt: Date;
  /** how many reports give each reason */
  reasons: Partial<Record<ReportReason, number>>;
};

/** Open reports grouped by target, the target with the newest report first. */
export async function openReportGroups(take = 100): Promise<ReportGroup[]> {
  const groups = await db.report.groupBy({
    by: ["missionId", "employerId"],
    where: { status: "open" },
    _count: { _all: true },
    _max: { createdAt: true },
    orderBy: { _max: { createdAt: "desc" } },
    take,
  });
  const missionIds = groups.flatMap((group) => (group.missionId ? [group.missionId] : []));
  const employerIds = groups.map((group) => group.employerId);
  const [byReason, missions, employers] = await Promise.all([
    db.report.groupBy({
      by: ["missionId", "employerId", "reason"],
      where: { status: "open", employerId: { in: employerIds } },
      _count: { _all: true },
    }),
    db.mission.findMany({ where: { id: { in: missionIds } }, select: { id: true, title: true } }),
    db.employer.findMany({ where: { id: { in: employerIds } }, select: { id: true, name: true } }),
  ]);
  const missionTitle = new Map(missions.map((mission) => [mission.id, mission.title]));
  const employerName = new Map(employers.map((employer) => [employer.id, employer.name]));
  return groups.map((group) => {
    const reasons: ReportGroup["reasons"] = {};
    for (const row of byReason) {
      if (row.missionId === group.missionId && row.employerId === group.employerId)
        reasons[row.reason as ReportReason] = row._count._all;
    }
    const organisation = employerName.get(group.employerId) ?? "";
    return {
      target: group.missionId
        ? { kind: "mission", missionId: group.missionId }
        : { kind: "organisation", employerId: group.employerId },
      title: group.missionId ? (missionTitle.get(group.missionId) ?? "") : organisation,
      organisation,
      count: group._count._all,
      newestAt: group._max.createdAt ?? new Date(0),
      reasons,
    };
  });
}

/** The open reports about one target, newest first, with who sent them. */
export async function openReportsAbout(target: ReportTarget) {
  const reports = await db.report.findMany({
    where: {
      status: "open",
      ...(target.kind === "mission"
        ? { missionId: target.missionId }
        : { employerId: target.employerId, missionId: null }),
    },
    orderBy: { createdAt: "desc" },
    include: { reporter: { select: { name: true, email: true } } },
  });
  return reports.map((report) => ({
    id: report.id,
    reason: report.reason,
    details: report.details,
    contactEmail: report.contactEmail,
    createdAt: report.createdAt.toISOString(),
    reporter: report.reporter,
  }));
}
