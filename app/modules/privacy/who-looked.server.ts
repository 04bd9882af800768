// Who looked (issue 12, point 6): every time an employer member sees a candidate's application, CV or profile, it is
// recorded, and the candidate sees which organisations looked and when on their account page. Cheap by design: at
// most one row per organisation, member, candidate, what and hour, written by one INSERT … ON CONFLICT DO NOTHING on
// that unique key, so the same page opened again (or by two servers at once) within the hour writes nothing more.
import { db } from "~/db.server";

export const viewedWhat = ["application", "cv", "profile"] as const;
export type ViewedWhat = (typeof viewedWhat)[number];

export type ProfileViewInput = { employerId: string; memberId: string; candidateId: string; what: ViewedWhat };

const hourMs = 3_600_000;

/** Records views (one statement however many); a view already recorded within its hour is left as it is. */
export async function recordViews(views: ProfileViewInput[], now = new Date()): Promise<void> {
  if (views.length === 0) return;
  const hour = new Date(Math.floor(now.getTime() / hourMs) * hourMs);
  await db.profileView.createMany({
    data: views.map((view) => ({ ...view, hour, viewedAt: now })),
    skipDuplicates: true,
  });
}

/**
 * A member downloading the CV of an application: recorded when the application belongs to the member's organisation
 * and still has its candidate (the candidate downloading their own CV is not a view).
 */
export async function recordCvDownload(applicationId: string, memberId: string, now = new Date()): Promise<void> {
  const application = await db.application.findFirst({
    where: { id: applicationId, candidateId: { not: null } },
    select: {
      candidateId: true,
      mission: {
        select: {
          employerId: true,
          employer: { select: { members: { where: { userId: memberId }, select: { id: true } } } },
        },
      },
    },
  });
  if (!application?.candidateId || application.mission.employer.members.length === 0) return;
  await recordViews(
    [{ employerId: application.mission.employerId, memberId, candidateId: application.candidateId, what: "cv" }],
    now,
  );
}

export type OrganisationViews = { organisation: string; lastViewedAt: Date; what: ViewedWhat[] };

/**
 * What the candidate whose account is `userId` sees: each organisation that looked (its name, never the member's), the
 * last time, and what it saw, the most recent first. Records older than the retention period are already pruned.
 */
export async function viewsOfCandidate(userId: string): Promise<OrganisationViews[]> {
  const rows = await db.profileView.groupBy({
    by: ["employerId", "what"],
    where: { candidate: { userId } },
    _max: { viewedAt: true },
  });
  const employers = new Map(
    (
      await db.employer.findMany({
        where: { id: { in: [...new Set(rows.map((row) => row.employerId))] } },
        select: { id: true, name: true },
      })
    ).map((employer) => [employer.id, employer.name]),
  );
  const byOrganisation = new Map<string, OrganisationViews>();
  for (const row of rows) {
    const name = employers.get(row.employerId);
    const at = row._max.viewedAt;
    if (!name || !at || !(viewedWhat as readonly string[]).includes(row.what)) continue;
    const entry = byOrganisation.get(row.employerId) ?? { organisation: name, lastViewedAt: at, what: [] };
    entry.what.push(row.what as ViewedWhat);
    if (at > entry.lastViewedAt) entry.lastViewedAt = at;
    byOrganisation.set(row.employerId, entry);
  }
  return [...byOrganisation.values()]
    .map((entry) => ({ ...entry, what: viewedWhat.filter((what) => entry.what.includes(what)) }))
    .sort((a, b) => b.lastViewedAt.getTime() - a.lastViewedAt.getTime());
}
