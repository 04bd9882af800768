// An organisation's open missions, as its feed and its careers widget show them (docs/decisions/0030): only an
// organisation whose public page exists (verified, neither suspended nor closed), and only the missions the search
// shows (published, not past their end date; a suspended organisation's missions are no longer "published").
import { db } from "~/db.server";

export type EmployerOpenMissions = {
  employer: { id: string; slug: string; name: string; contentLocale: string };
  missions: { id: string; title: string; summary: string; town: string; hoursPerWeekMin: number; hoursPerWeekMax: number; publishedAt: Date; updatedAt: Date }[];
};

export async function findEmployerOpenMissions(slug: string, { now = new Date(), limit = 50 }: { now?: Date; limit?: number } = {}): Promise<EmployerOpenMissions | null> {
  const employer = await db.employer.findFirst({
    where: { slug, suspendedAt: null, closedAt: null, verificationStatus: "verified" },
    select: {
      id: true,
      slug: true,
      name: true,
      contentLocale: true,
      missions: {
        where: { status: "published", publishedAt: { not: null }, OR: [{ closesAt: null }, { closesAt: { gt: now } }] },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take: limit,
        select: { id: true, title: true, summary: true, town: true, hoursPerWeekMin: true, hoursPerWeekMax: true, publishedAt: true, updatedAt: true },
      },
    },
  });
  if (!employer) return null;
  const { missions, ...rest } = employer;
  return { employer: rest, missions: missions.map((mission) => ({ ...mission, publishedAt: mission.publishedAt ?? mission.updatedAt })) };
}
