// Suspending and reinstating an organisation or one account. A suspended organisation's published missions become
// "suspended" (out of the search and their pages at once) and exactly those are published again on reinstatement; its
// members' sessions are deleted and no new one can start (auth/sign-in-hold.server.ts). A suspended account likewise.
// Each is one transaction with its audit entry, the reports it settles and the emails that tell the people, in their
// language; each is conditional on the state it starts from, so of two administrators one wins.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import { moderationStatus } from "~/modules/missions/mission-statuses";
import type { AdministratorOutcome } from "./missions.server";
import { resolveOpenReports } from "./reports.server";

type Person = Pick<User, "email" | "name" | "locale">;

async function tellSuspended(tx: Tx, person: Person, organisation: string | null, reason: string) {
  await sendEmail(tx, {
    to: person.email,
    toName: person.name,
    locale: person.locale as Locale,
    template: "suspended",
    params: { name: person.name, organisation, reason },
  });
}

async function tellReinstated(tx: Tx, person: Person, organisation: string | null) {
  await sendEmail(tx, {
    to: person.email,
    toName: person.name,
    locale: person.locale as Locale,
    template: "reinstated",
    params: { name: person.name, organisation, link: `${env.appUrl}/signin` },
  });
}

/** "already-handled" when the row exists but was not in the state the change starts from. */
async function missedOutcome(exists: Promise<number>): Promise<AdministratorOutcome> {
  return (await exists) > 0 ? "already-handled" : "not-found";
}

export async function suspendOrganisation(input: {
  administrator: User;
  employerId: string;
  reason: string;
  now?: Date;
}): Promise<AdministratorOutcome> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    // the organisation's row first: reports and mission decisions hold it shared, so they finish before or see this
    const { count } = await tx.employer.updateMany({
      where: { id: input.employerId, suspendedAt: null },
      data: { suspendedAt: now, suspensionReason: input.reason },
    });
    if (count !== 1) return missedOutcome(tx.employer.count({ where: { id: input.employerId } }));
    const organisation = await tx.employer.findUniqueOrThrow({
      where: { id: input.employerId },
      include: { members: { include: { user: true } } },
    });
    const missions = await tx.mission.updateMany({
      where: { employerId: organisation.id, status: "published" },
      data: { status: moderationStatus.suspended },
    });
    const sessions = await tx.session.deleteMany({
      where: { userId: { in: organisation.members.map((member) => member.userId) } },
    });
    const reports = await resolveOpenReports(tx, { employerId: organisation.id }, input.administrator.id, now);
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "organisation.suspended",
        subjectType: "organisation",
        subjectId: organisation.id,
        employerId: organisation.id,
        details: {
          reason: input.reason,
          missionsSuspended: missions.count,
          sessionsEnded: sessions.count,
          reportsResolved: reports,
        },
      },
      tx,
    );
    for (const member of organisation.members) await tellSuspended(tx, member.user, organisation.name, input.reason);
    return "done";
  });
}

export async function reinstateOrganisation(input: {
  administrator: User;
  employerId: string;
  note: string;
}): Promise<AdministratorOutcome> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.employer.updateMany({
      where: { id: input.employerId, suspendedAt: { not: null } },
      data: { suspendedAt: null, suspensionReason: null },
    });
    if (count !== 1) return missedOutcome(tx.employer.count({ where: { id: input.employerId } }));
    const organisation = await tx.employer.findUniqueOrThrow({
      where: { id: input.employerId },
      include: { members: { include: { user: true } } },
    });
    // exactly the missions the suspension took off; one whose end date passed meanwhile is closed by the usual round
    const missions = await tx.mission.updateMany({
      where: { employerId: organisation.id, status: moderationStatus.suspended },
      data: { status: "published" },
    });
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "organisation.reinstated",
        subjectType: "organisation",
        subjectId: organisation.id,
        employerId: organisation.id,
        details: { note: input.note, missionsRestored: missions.count },
      },
      tx,
    );
    for (const member of organisation.members) await tellReinstated(tx, member.user, organisation.name);
    return "done";
  });
}

/** Administrators are not suspended here: their rights are withdrawn from the command line first. */
export async function suspendAccount(input: {
  administrator: User;
  userId: string;
  reason: string;
  now?: Date;
}): Promise<AdministratorOutcome | "administrator"> {
  const now = input.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, suspendedAt: null, isAdministrator: false },
      data: { suspendedAt: now, suspensionReason: input.reason },
    });
    if (count !== 1) {
      const person = await tx.user.findUnique({
        where: { id: input.userId },
        select: { isAdministrator: true, suspendedAt: true },
      });
      return !person
        ? "not-found"
        : person.isAdministrator && !person.suspendedAt
          ? "administrator"
          : "already-handled";
    }
    const person = await tx.user.findUniqueOrThrow({
      where: { id: input.userId },
      include: { memberships: { select: { employerId: true } } },
    });
    const sessions = await tx.session.deleteMany({ where: { userId: person.id } });
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "account.suspended",
        subjectType: "user",
        subjectId: person.id,
        employerId: person.memberships[0]?.employerId ?? null,
        details: { reason: input.reason, sessionsEnded: sessions.count },
      },
      tx,
    );
    await tellSuspended(tx, person, null, input.reason);
    return "done";
  });
}

export async function reinstateAccount(input: {
  administrator: User;
  userId: string;
  note: string;
}): Promise<AdministratorOutcome> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: input.userId, suspendedAt: { not: null } },
      data: { suspendedAt: null, suspensionReason: null },
    });
    if (count !== 1) return missedOutcome(tx.user.count({ where: { id: input.userId } }));
    const person = await tx.user.findUniqueOrThrow({
      where: { id: input.userId },
      include: { memberships: { select: { employerId: true } } },
    });
    await recordAudit(
      {
        actorId: input.administrator.id,
        actorRole: "administrator",
        action: "account.reinstated",
        subjectType: "user",
        subjectId: person.id,
        employerId: person.memberships[0]?.employerId ?? null,
        details: { note: input.note },
      },
      tx,
    );
    await tellReinstated(tx, person, null);
    return "done";
  });
}

/** One organisation as the administrators' page shows it: its state, members and missions. */
export function organisationForModeration(employerId: string) {
  return db.employer.findUnique({
    where: { id: employerId },
    select: {
      id: true,
      name: true,
      slug: true,
      town: true,
      website: true,
      suspendedAt: true,
      suspensionReason: true,
      members: {
        orderBy: { createdAt: "asc" },
        select: { role: true, user: { select: { id: true, name: true, email: true, suspendedAt: true } } },
      },
      missions: { orderBy: { updatedAt: "desc" }, take: 100, select: { id: true, title: true, status: true } },
    },
  });
}

/** One account as the administrators' page shows it; null when there is none. */
export function accountForModeration(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      kind: true,
      isAdministrator: true,
      suspendedAt: true,
      suspensionReason: true,
      memberships: { select: { role: true, employer: { select: { id: true, name: true, suspendedAt: true } } } },
    },
  });
}

export function findAccountByEmail(email: string) {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
}

/** Who is suspended now, the most recent first: where reinstating starts. */
export async function currentSuspensions() {
  const [organisations, accounts] = await Promise.all([
    db.employer.findMany({
      where: { suspendedAt: { not: null } },
      orderBy: { suspendedAt: "desc" },
      take: 200,
      select: { id: true, name: true, suspendedAt: true, suspensionReason: true },
    }),
    db.user.findMany({
      where: { suspendedAt: { not: null } },
      orderBy: { suspendedAt: "desc" },
      take: 200,
      select: { id: true, name: true, email: true, suspendedAt: true, suspensionReason: true },
    }),
  ]);
  return { organisations, accounts };
}
