// Employers are verified (issue 12, item 9): a new organisation is "pending" and its published missions wait
// ("awaiting-verification") until an administrator verifies it, which publishes them in the same transaction, or
// refuses it with a reason emailed to its owner. The decision is a conditional update: of two administrators
// deciding at once, one wins and the other is told it was already decided. EMPLOYER_VERIFICATION=off (a private
// installation) makes new organisations verified at once.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { getUser } from "~/modules/auth/session.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { NotFoundError } from "~/modules/errors";
import { localeOr } from "~/modules/i18n/locales";
import { publishAwaitingMissions } from "~/modules/missions/editor.server";
import type { VerificationStatus } from "~/modules/vocabulary/verification.server";

/** How many organisations the queue shows at once, oldest first. */
const queuePageSize = 30;

/** What waits for an administrator: pending organisations, except one its owner closed meanwhile. */
export const waitingForVerification = { verificationStatus: "pending", closedAt: null };

/** How many organisations wait for a decision (the administrators' overview). */
export function countWaitingForVerification() {
  return db.employer.count({ where: waitingForVerification });
}

/** An organisation's name by its id, null when there is none (the queue's answer after a decision). */
export async function findOrganisationName(employerId: string): Promise<string | null> {
  const employer = await db.employer.findUnique({ where: { id: employerId }, select: { name: true } });
  return employer?.name ?? null;
}

/** The organisations waiting for a decision, oldest first: who they are, who owns them, and their first mission. */
export async function verificationQueue() {
  const where = waitingForVerification;
  const [organisations, waiting] = await Promise.all([
    db.employer.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: queuePageSize,
      select: {
        id: true,
        name: true,
        slug: true,
        website: true,
        sector: true,
        town: true,
        purpose: true,
        contentLocale: true,
        createdAt: true,
        members: {
          where: { role: "owner" },
          orderBy: { createdAt: "asc" },
          select: { user: { select: { name: true, email: true, locale: true } } },
        },
        missions: {
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          take: 1,
          select: {
            id: true,
            title: true,
            summary: true,
            description: true,
            town: true,
            status: true,
            createdAt: true,
          },
        },
        _count: { select: { missions: true } },
      },
    }),
    db.employer.count({ where }),
  ]);
  return { organisations, waiting };
}

export type DecisionOutcome = { ok: true } | { ok: false; alreadyDecided: VerificationStatus };

/** Verifies a pending organisation and publishes its waiting missions, with the owner's email and the audit entry. */
export async function verifyOrganisation(
  administrator: User,
  employerId: string,
  now = new Date(),
): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const decided = await decide(tx, employerId, {
      verificationStatus: "verified",
      verificationDecidedAt: now,
      verificationDecidedById: administrator.id,
    });
    if (!decided.ok) return decided;
    const published = await publishAwaitingMissions(tx, employerId, now);
    for (const owner of decided.owners) {
      await sendEmail(tx, {
        to: owner.email,
        toName: owner.name,
        locale: localeOr(owner.locale),
        template: "organisationVerified",
        params: { name: owner.name, organisation: decided.name, published, link: `${env.appUrl}/employer/missions` },
      });
    }
    await recordAudit(
      {
        actorId: administrator.id,
        actorRole: "administrator",
        action: "organisation.verified",
        subjectType: "organisation",
        subjectId: employerId,
        employerId,
        details: { missionsPublished: published },
      },
      tx,
    );
    return { ok: true };
  });
}

/** Refuses a pending organisation: its missions stay unpublished, and its owner reads why in their language. */
export async function refuseOrganisation(
  administrator: User,
  employerId: string,
  reason: string,
  now = new Date(),
): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const decided = await decide(tx, employerId, {
      verificationStatus: "refused",
      verificationDecidedAt: now,
      verificationDecidedById: administrator.id,
      verificationRefusalReason: reason,
    });
    if (!decided.ok) return decided;
    for (const owner of decided.owners) {
      await sendEmail(tx, {
        to: owner.email,
        toName: owner.name,
        locale: localeOr(owner.locale),
        template: "organisationRefused",
        params: { name: owner.name, organisation: decided.name, reason },
      });
    }
    await recordAudit(
      {
        actorId: administrator.id,
        actorRole: "administrator",
        action: "organisation.refused",
        subjectType: "organisation",
        subjectId: employerId,
        employerId,
        details: { reason },
      },
      tx,
    );
    return { ok: true };
  });
}

type Decision = {
  verificationStatus: VerificationStatus;
  verificationDecidedAt: Date;
  verificationDecidedById: string;
  verificationRefusalReason?: string;
};

/**
 * The decision itself: written only while the organisation is still pending (the update's condition), so the
 * second of two administrators finds it decided. An organisation that does not exist is "not found".
 */
async function decide(tx: Tx, employerId: string, decision: Decision) {
  const { count } = await tx.employer.updateMany({
    where: { id: employerId, verificationStatus: "pending" },
    data: decision,
  });
  const employer = await tx.employer.findUnique({
    where: { id: employerId },
    select: {
      name: true,
      verificationStatus: true,
      members: { where: { role: "owner" }, select: { user: { select: { name: true, email: true, locale: true } } } },
    },
  });
  if (!employer) throw new NotFoundError();
  if (count !== 1) return { ok: false, alreadyDecided: employer.verificationStatus as VerificationStatus } as const;
  return { ok: true, name: employer.name, owners: employer.members.map((member) => member.user) } as const;
}

/** Whether the request comes from a member of this organisation: before verification, only they see its pages. */
export async function isOrganisationMember(request: Request, employerId: string): Promise<boolean> {
  const user = await getUser(request);
  if (!user) return false;
  return (await db.membership.count({ where: { userId: user.id, employerId } })) > 0;
}
