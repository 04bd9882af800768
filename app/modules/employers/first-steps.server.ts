// A new organisation's first steps, shown on its dashboard until all are done (issue 13, item 15; decision 0022):
// present itself (purpose and values), publish a first mission, bring in someone else (a member or a team invitation
// still waiting). Each is read from what the organisation has, so a step is ticked however it was done.
import { db } from "~/db.server";

export type FirstStep = { id: "profile" | "mission" | "team"; done: boolean; to: string };

export async function firstSteps(employerId: string, now = new Date()): Promise<FirstStep[]> {
  const [employer, published, others, teamInvitations] = await Promise.all([
    db.employer.findUniqueOrThrow({ where: { id: employerId }, select: { purpose: true, values: true } }),
    // published once is enough: any mission past its draft counts (also one waiting for the organisation's
    // verification, closed since, or unpublished by an administrator)
    db.mission.count({ where: { employerId, status: { not: "draft" } } }),
    db.membership.count({ where: { employerId } }),
    db.invitation.count({ where: { employerId, acceptedAt: null, expiresAt: { gt: now } } }),
  ]);
  return [
    { id: "profile", done: employer.purpose.trim() !== "" && employer.values.trim() !== "", to: "/employer/profile" },
    { id: "mission", done: published > 0, to: "/employer/missions/new" },
    { id: "team", done: others > 1 || teamInvitations > 0, to: "/employer/team" },
  ];
}

/** The dashboard's view of one membership: its role, and its organisation with its team and missions; null if gone. */
export function findDashboardMembership(membershipId: string) {
  return db.membership.findFirst({
    where: { id: membershipId },
    select: {
      id: true,
      role: true,
      employer: {
        select: {
          id: true,
          name: true,
          slug: true,
          contentLocale: true,
          verificationStatus: true,
          verificationRefusalReason: true,
          members: {
            select: { role: true, user: { select: { name: true, email: true } } },
            orderBy: { createdAt: "asc" },
          },
          missions: {
            orderBy: { updatedAt: "desc" },
            select: { id: true, title: true, status: true, _count: { select: { applications: true } } },
          },
        },
      },
    },
  });
}
