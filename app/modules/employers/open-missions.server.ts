// An organisation's open missions, as its feed and its careers widget show them (docs/decisions/0030): only an
// organisation whose public page exists (verified, neither suspended nor closed), and only the missions the search
// shows (published, not past their end date; a suspended organisation's missions are no longer "published").
import { db } from "~/db.server";
import { openMissionWhere } from "~/modules/missions/mission.server";

export type EmployerOpenMissions = {
  employer: { id: string; slug: string; name: string; contentLocale: string };
  missions: {
    id: string;
    title: string;
    summary: string;
    town: string;
    hoursPerWeekMin: number;
    hoursPerWeekMax: number;
    publishedAt: Date;
    updatedAt: Date;
  }[];
};

export async function findEmployerOpenMissions(
  slug: string,
  { now = new Date(), limit = 50 }: { now?: Date; limit?: number } = {},
): Promise<EmployerOpenMissions | null> {
  const employer = await db.employer.findFirst({
    where: publicOrganisationWhere(slug),
    select: {
      id: true,
      slug: true,
      name: true,
      contentLocale: true,
      missions: {
        where: { ...openMissionWhere(now), publishedAt: { not: null } },
        orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
        take: limit,
        select: {
          id: true,
          title: true,
          summary: true,
          town: true,
          hoursPerWeekMin: true,
          hoursPerWeekMax: true,
          publishedAt: true,
          updatedAt: true,
        },
      },
    },
  });
  if (!employer) return null;
  const { missions, ...rest } = employer;
  return {
    employer: rest,
    missions: missions.map((mission) => ({ ...mission, publishedAt: mission.publishedAt ?? mission.updatedAt })),
  };
}

/** An organisation whose public page exists: verified, neither suspended nor closed (this one, or any without a slug). */
export function publicOrganisationWhere(slug?: string) {
  return { slug, suspendedAt: null, closedAt: null, verificationStatus: "verified" } as const;
}

/** An organisation whose page is public, by its slug (what a report about it needs); null otherwise. */
export function findPublicOrganisation(slug: string) {
  return db.employer.findFirst({
    where: publicOrganisationWhere(slug),
    select: { id: true, slug: true, name: true, contentLocale: true },
  });
}

/**
 * An organisation's page with its open missions, newest first, whether verified or not (before verification the page
 * is its members' preview): null when there is none, or it is suspended (its page is gone with its missions,
 * moderation/suspensions.server.ts) or closed (its owner's decision, employers/ownership.server.ts).
 */
export function findOrganisationPage(slug: string, now = new Date()) {
  return db.employer.findFirst({
    where: { slug, suspendedAt: null, closedAt: null },
    include: { missions: { where: openMissionWhere(now), orderBy: { publishedAt: "desc" } } },
  });
}
