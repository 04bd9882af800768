// The organisation's team: inviting recruiters by email, accepting an invitation, removing a member. Removal takes
// effect on the member's very next request, because every employer page looks the membership up again.
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import { randomToken, sha256 } from "~/modules/security/tokens.server";

export const teamInvitationDays = 14;

export async function inviteRecruiter(input: {
  employer: { id: string; name: string };
  inviter: User;
  email: string;
  locale: Locale;
  now?: Date;
}) {
  const now = input.now ?? new Date();
  const token = randomToken();
  await db.$transaction(async (tx) => {
    await tx.invitation.create({
      data: {
        employerId: input.employer.id,
        email: input.email,
        tokenHash: sha256(token),
        invitedById: input.inviter.id,
        expiresAt: new Date(now.getTime() + teamInvitationDays * 86_400_000),
      },
    });
    await sendEmail(tx, {
      to: input.email,
      toName: "",
      locale: input.locale,
      template: "invitation",
      params: {
        inviterName: input.inviter.name,
        employerName: input.employer.name,
        link: `${env.appUrl}/invitations/accept?token=${token}`,
        days: teamInvitationDays,
      },
    });
  });
}

export function listTeam(employerId: string) {
  return Promise.all([
    db.membership.findMany({
      where: { employerId },
      include: { user: { select: { name: true, email: true } } },
      orderBy: { createdAt: "asc" },
    }),
    db.invitation.findMany({
      where: { employerId, acceptedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
}

/** Removes a recruiter (never the owner). Their sessions stay, but every employer page now answers "not found". */
export async function removeMember(employerId: string, membershipId: string) {
  const { count } = await db.membership.deleteMany({ where: { id: membershipId, employerId, role: "recruiter" } });
  return count === 1;
}

/**
 * A recruiter of the organisation the owner may remove, with what the confirmation page says about them: their
 * interviews still to come in this organisation. Another organisation's member, or the owner: null (404).
 */
export async function findRemovableMember(employerId: string, membershipId: string | undefined, now = new Date()) {
  const membership = await db.membership.findFirst({
    where: { id: membershipId ?? "", employerId, role: "recruiter" },
    include: { user: { select: { id: true, name: true, email: true } } },
  });
  if (!membership) return null;
  const upcomingInterviews = await db.interview.count({
    where: {
      recruiterId: membership.userId,
      application: { mission: { employerId } },
      status: "booked",
      startsAt: { gt: now },
    },
  });
  return { id: membership.id, name: membership.user.name, email: membership.user.email, upcomingInterviews };
}

export async function findOpenTeamInvitation(token: string, now = new Date()) {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256(token) },
    include: { employer: { select: { name: true } } },
  });
  return invitation && !invitation.acceptedAt && invitation.expiresAt > now ? invitation : null;
}

export type AcceptOutcome =
  { ok: true; user: User } | { ok: false; reason: "expired" | "candidate-account" | "name-required" };

/**
 * Accepts an invitation: the emailed link proves the address, so an account is created for a newcomer (with the
 * name given on the page) or the existing employer account is linked. A candidate account cannot join.
 */
export async function acceptTeamInvitation(token: string, name: string, now = new Date()): Promise<AcceptOutcome> {
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: sha256(token) } });
    if (!invitation || invitation.acceptedAt || invitation.expiresAt <= now)
      return { ok: false, reason: "expired" } as const;
    let user = await tx.user.findUnique({ where: { email: invitation.email } });
    if (user && user.kind !== "employer") return { ok: false, reason: "candidate-account" } as const;
    if (!user) {
      if (!name) return { ok: false, reason: "name-required" } as const;
      user = await tx.user.create({ data: { email: invitation.email, name, kind: "employer" } });
    }
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now },
    });
    if (claimed.count !== 1) return { ok: false, reason: "expired" } as const;
    await tx.membership.upsert({
      where: { employerId_userId: { employerId: invitation.employerId, userId: user.id } },
      create: { employerId: invitation.employerId, userId: user.id, role: "recruiter" },
      update: {},
    });
    return { ok: true, user } as const;
  });
}
