// Telling employer members that someone applied (issue 13 item 11, docs/decisions/0026-application-notices.md).
// Each member chooses per organisation (Membership.applicationNotice; null is the role's default: a daily digest for
// the owner, nothing for a recruiter):
// - "each": one email per application, written to the outbox in the application's own transaction;
// - "daily": one digest a morning (7:00, America/Toronto) listing what arrived since the last one, nothing when
//   nothing arrived. The round claims the member's day with a conditional update (digestDay as read), in the same
//   transaction as the email: two servers running the round at once send it once;
// - "none": nothing.
// Whoever may not see the organisation's applications is never told: a suspended account, a suspended or closed
// organisation. An application whose candidate deleted their account (anonymised) is never named.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { Prisma } from "~/generated/prisma/client";
import { sendEmail } from "~/modules/email/outbox.server";
import { formatDateTime, isoDateInZone } from "~/modules/i18n/format";
import { localeOr } from "~/modules/i18n/locales";
import { noticeOf, type ApplicationNotice } from "./application-notice-form";

/** The digest's zone and hour: the morning in Québec and Ontario. */
export const digestZone = "America/Toronto";
export const digestHour = 7;
const maxDigestItems = 30;
const dayMs = 86_400_000;

export const applicationUrl = (applicationId: string) => `${env.appUrl}/employer/applications/${applicationId}`;
const settingsUrl = () => `${env.appUrl}/account#notices-title`;

/** Members who may be told of their organisation's applications: the same people who may open them. */
const mayBeTold = {
  user: { kind: "employer", suspendedAt: null },
  employer: { suspendedAt: null, closedAt: null },
} satisfies Prisma.MembershipWhereInput;

/** Applications a member may read and whose candidate is still there (not anonymised), received in (after, until]. */
function receivedBetween(employerId: string, after: Date, until: Date) {
  return {
    mission: { employerId },
    anonymisedAt: null,
    candidateId: { not: null },
    // "applied" is written on a first application and on one sent again after a withdrawal
    events: { some: { kind: "applied", createdAt: { gt: after, lte: until } } },
  } satisfies Prisma.ApplicationWhereInput;
}

/**
 * Inside the application's transaction: one email to each member of the mission's organisation who chose "each",
 * in their own language. Returns how many.
 */
export async function notifyNewApplication(tx: Tx, applicationId: string): Promise<number> {
  const application = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      mission: { select: { title: true, employerId: true, employer: { select: { name: true } } } },
      candidate: { select: { user: { select: { name: true } } } },
    },
  });
  if (!application.candidate) return 0;
  const members = await tx.membership.findMany({
    where: { employerId: application.mission.employerId, applicationNotice: "each", ...mayBeTold },
    select: { user: { select: { email: true, name: true, locale: true } } },
  });
  for (const { user } of members) {
    await sendEmail(tx, {
      to: user.email,
      toName: user.name,
      locale: localeOr(user.locale),
      template: "newApplication",
      params: {
        name: user.name,
        candidateName: application.candidate.user.name,
        missionTitle: application.mission.title,
        organisation: application.mission.employer.name,
        applicationUrl: applicationUrl(application.id),
        settingsUrl: settingsUrl(),
      },
    });
  }
  return members.length;
}

/** The digest's day and whether its hour has come, at `now`. */
export function digestDayAt(now: Date): { day: string; due: boolean } {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { timeZone: digestZone, hour: "2-digit", hourCycle: "h23" }).format(now),
  );
  return { day: isoDateInZone(now, digestZone), due: hour >= digestHour };
}

/**
 * The daily round: for each member who chose the digest (or an owner who never chose) and has not had today's,
 * claims the day and, when applications arrived since the last digest, writes one email. Returns how many emails.
 */
export async function sendApplicationDigests(now = new Date()): Promise<number> {
  const { day, due } = digestDayAt(now);
  if (!due) return 0;
  const members = await db.membership.findMany({
    where: {
      ...mayBeTold,
      AND: [
        { OR: [{ applicationNotice: "daily" }, { applicationNotice: null, role: "owner" }] },
        { OR: [{ digestDay: null }, { digestDay: { not: day } }] },
      ],
    },
    select: { id: true, employerId: true, digestDay: true, digestUntil: true },
  });
  let sent = 0;
  for (const member of members) {
    const wrote = await db.$transaction(async (tx) => {
      // the day as read: of two rounds racing, the second's update finds it changed and writes nothing
      const claimed = await tx.membership.updateMany({
        where: {
          id: member.id,
          digestDay: member.digestDay,
          ...mayBeTold,
          OR: [{ applicationNotice: "daily" }, { applicationNotice: null, role: "owner" }],
        },
        data: { digestDay: day, digestUntil: now },
      });
      if (claimed.count !== 1) return false;
      // a first digest covers the last day; later ones everything since the one before
      const after = member.digestUntil ?? new Date(now.getTime() - dayMs);
      const where = receivedBetween(member.employerId, after, now);
      const total = await tx.application.count({ where });
      if (total === 0) return false;
      const [recipient, applications] = await Promise.all([
        tx.membership.findUniqueOrThrow({
          where: { id: member.id },
          select: {
            user: { select: { email: true, name: true, locale: true, timeZone: true } },
            employer: { select: { name: true } },
          },
        }),
        tx.application.findMany({
          where,
          orderBy: { createdAt: "asc" },
          take: maxDigestItems,
          select: {
            id: true,
            mission: { select: { title: true } },
            candidate: { select: { user: { select: { name: true } } } },
            events: {
              where: { kind: "applied" },
              orderBy: { createdAt: "desc" },
              take: 1,
              select: { createdAt: true },
            },
          },
        }),
      ]);
      const { user, employer } = recipient;
      const locale = localeOr(user.locale);
      await sendEmail(tx, {
        to: user.email,
        toName: user.name,
        locale,
        template: "applicationDigest",
        params: {
          name: user.name,
          organisation: employer.name,
          total,
          applications: applications.flatMap((application) =>
            application.candidate
              ? [
                  {
                    candidateName: application.candidate.user.name,
                    missionTitle: application.mission.title,
                    receivedAt: formatDateTime(application.events[0]?.createdAt ?? now, locale, user.timeZone),
                    url: applicationUrl(application.id),
                  },
                ]
              : [],
          ),
          pipelineUrl: `${env.appUrl}/employer/pipeline`,
          settingsUrl: settingsUrl(),
        },
      });
      return true;
    });
    if (wrote) sent += 1;
  }
  return sent;
}

/** The user's organisations, each with how they hear of its new applications (the account page). */
export async function noticesOf(userId: string) {
  const memberships = await db.membership.findMany({
    where: { userId, employer: { closedAt: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, applicationNotice: true, employer: { select: { name: true } } },
  });
  return memberships.map((membership) => ({
    membershipId: membership.id,
    organisation: membership.employer.name,
    notice: noticeOf(membership),
  }));
}

/** Saves the choice for one of the user's own memberships; another person's (or none) changes nothing: false. */
export async function setApplicationNotice(
  userId: string,
  membershipId: string,
  notice: ApplicationNotice,
): Promise<boolean> {
  const { count } = await db.membership.updateMany({
    where: { id: membershipId, userId },
    data: { applicationNotice: notice },
  });
  return count === 1;
}

/**
 * What arrived since the member's last visit to the dashboard (or since they joined), then that visit recorded:
 * the count shown is the one before this visit.
 */
export async function newSinceLastVisit(membershipId: string, now = new Date()) {
  const membership = await db.membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: { employerId: true, createdAt: true, lastSeenDashboardAt: true },
  });
  const where = receivedBetween(membership.employerId, membership.lastSeenDashboardAt ?? membership.createdAt, now);
  const [count, applications] = await Promise.all([
    db.application.count({ where }),
    db.application.findMany({
      where,
      orderBy: { createdAt: "desc" },
      take: 10,
      select: {
        id: true,
        mission: { select: { title: true } },
        candidate: { select: { user: { select: { name: true } } } },
      },
    }),
  ]);
  // only forward: a slower request of an earlier visit never moves it back
  await db.membership.updateMany({
    where: { id: membershipId, OR: [{ lastSeenDashboardAt: null }, { lastSeenDashboardAt: { lt: now } }] },
    data: { lastSeenDashboardAt: now },
  });
  return {
    count,
    applications: applications.map((application) => ({
      id: application.id,
      missionTitle: application.mission.title,
      candidateName: application.candidate?.user.name ?? "",
    })),
  };
}
