// Who answers for an organisation. Its owner cannot delete their account while they own it: first they hand the role
// to another member, or close the organisation (its missions close, its open interviews are called off, its members
// are told and removed). Both changes lock the organisation's row first, so they take turns; a transfer promotes the
// new owner before the old one steps down and checks both, so that whatever runs beside it (a member removed, an
// account deleted, another transfer) the organisation keeps exactly one owner or the transfer is undone.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { localeOr } from "~/modules/i18n/locales";
import { cancelOpenInterviews } from "~/modules/interviews/lifecycle.server";

/** An organisation the person owns, with the other members who could take it over. */
export type OwnedOrganisation = {
  employerId: string;
  name: string;
  members: { membershipId: string; name: string; email: string }[];
};

export async function organisationsOwnedBy(userId: string): Promise<OwnedOrganisation[]> {
  const owned = await db.membership.findMany({
    where: { userId, role: "owner", employer: { closedAt: null } },
    orderBy: { createdAt: "asc" },
    include: {
      employer: {
        include: {
          members: {
            where: { userId: { not: userId } },
            orderBy: { createdAt: "asc" },
            include: { user: { select: { name: true, email: true } } },
          },
        },
      },
    },
  });
  return owned.map(({ employer }) => ({
    employerId: employer.id,
    name: employer.name,
    members: employer.members.map((member) => ({
      membershipId: member.id,
      name: member.user.name,
      email: member.user.email,
    })),
  }));
}

async function lockOrganisation(tx: Tx, employerId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM "Employer" WHERE id = ${employerId} AND "closedAt" IS NULL FOR UPDATE`;
  return rows.length === 1;
}

export type TransferOutcome = "transferred" | "not-found" | "changed";

/** Thrown to undo a transfer whose owner stepped down meanwhile. */
class OwnerChanged extends Error {}

/**
 * Makes another member the owner and the owner a recruiter. "not-found" when that member is not (or no longer) a
 * recruiter of the organisation; "changed" when the person is no longer its owner (nothing changes then).
 */
export async function transferOwnership(input: {
  owner: User;
  employerId: string;
  membershipId: string;
  now?: Date;
}): Promise<TransferOutcome> {
  const now = input.now ?? new Date();
  return db
    .$transaction(async (tx): Promise<TransferOutcome> => {
      if (!(await lockOrganisation(tx, input.employerId))) return "not-found";
      const promoted = await tx.membership.updateMany({
        where: {
          id: input.membershipId,
          employerId: input.employerId,
          role: "recruiter",
          userId: { not: input.owner.id },
        },
        data: { role: "owner" },
      });
      if (promoted.count !== 1) return "not-found";
      const steppedDown = await tx.membership.updateMany({
        where: { employerId: input.employerId, userId: input.owner.id, role: "owner" },
        data: { role: "recruiter" },
      });
      if (steppedDown.count !== 1) throw new OwnerChanged();
      const newOwner = await tx.membership.findUniqueOrThrow({
        where: { id: input.membershipId },
        include: { user: true, employer: { select: { name: true } } },
      });
      await recordAudit(
        {
          actorId: input.owner.id,
          actorRole: "owner",
          action: "organisation.ownership-transferred",
          subjectType: "organisation",
          subjectId: input.employerId,
          employerId: input.employerId,
          details: { fromUserId: input.owner.id, toUserId: newOwner.userId, at: now.toISOString() },
        },
        tx,
      );
      await sendEmail(tx, {
        to: newOwner.user.email,
        toName: newOwner.user.name,
        locale: localeOr(newOwner.user.locale),
        template: "ownershipReceived",
        params: {
          name: newOwner.user.name,
          employerName: newOwner.employer.name,
          formerOwnerName: input.owner.name,
          teamLink: `${env.appUrl}/employer/team`,
        },
      });
      return "transferred";
    })
    .catch((error: unknown) => {
      if (error instanceof OwnerChanged) return "changed" as const;
      throw error;
    });
}

export type CloseOutcome =
  | { outcome: "closed"; closedMissions: number; cancelledInterviews: number; toldMembers: number }
  | { outcome: "not-found" };

/**
 * Closes the organisation its owner asks to close: every mission closed, every open interview called off (the
 * candidates are told, with a CANCEL for a booked one), every other member told by email in their language, every
 * membership and pending team invitation removed. The applications it received stay, closed to everyone, until retention
 * anonymises them.
 */
export async function closeOrganisation(input: { owner: User; employerId: string; now?: Date }): Promise<CloseOutcome> {
  const now = input.now ?? new Date();
  return db.$transaction(
    async (tx): Promise<CloseOutcome> => {
      if (!(await lockOrganisation(tx, input.employerId))) return { outcome: "not-found" };
      const ownership = await tx.membership.findFirst({
        where: { employerId: input.employerId, userId: input.owner.id, role: "owner" },
        include: { employer: true },
      });
      if (!ownership) return { outcome: "not-found" };
      const employer = ownership.employer;
      await tx.employer.update({ where: { id: employer.id }, data: { closedAt: now } });
      const { count: closedMissions } = await tx.mission.updateMany({
        where: { employerId: employer.id, status: { not: "closed" } },
        data: { status: "closed" },
      });
      const cancelledInterviews = await cancelOpenInterviews(
        tx,
        { application: { mission: { employerId: employer.id } } },
        "recruiter",
        now,
        input.owner.id,
      );
      const others = await tx.membership.findMany({
        where: { employerId: employer.id, userId: { not: input.owner.id } },
        include: { user: true },
      });
      for (const member of others) {
        await sendEmail(tx, {
          to: member.user.email,
          toName: member.user.name,
          locale: localeOr(member.user.locale),
          template: "organisationClosed",
          params: { name: member.user.name, employerName: employer.name, ownerName: input.owner.name },
        });
      }
      await tx.membership.deleteMany({ where: { employerId: employer.id } });
      await tx.invitation.deleteMany({ where: { employerId: employer.id, acceptedAt: null } });
      await recordAudit(
        {
          actorId: input.owner.id,
          actorRole: "owner",
          action: "organisation.closed",
          subjectType: "organisation",
          subjectId: employer.id,
          employerId: employer.id,
          details: { closedMissions, cancelledInterviews, toldMembers: others.length },
        },
        tx,
      );
      return { outcome: "closed", closedMissions, cancelledInterviews, toldMembers: others.length };
    },
    { timeout: 60_000 },
  );
}
