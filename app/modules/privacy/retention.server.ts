// Retention (issue 12, point 5; docs/decisions/0019-retention-and-who-looked.md): personal information is destroyed
// once its purpose is served, by background rounds (app/modules/background-jobs.server.ts) that each take `now`, so
// tests drive them with a fake clock. The periods are fixed here and stated on the privacy page and in README:
// - an application untouched for 24 months is anonymised (privacy/anonymise.server.ts);
// - a CV is deleted 6 months after its application ends, unless the candidate agreed to "keep-cv";
// - an account unused for 3 years is warned by email, then deleted 30 days later if still unused;
// - "who looked" records are kept 12 months;
// - finished emails' rows (address, subject, status) go after 24 months, team invitations 30 days after their end;
// - a visitor's address left on a report goes 30 days after the report was settled.
// Sign-in requests, sessions and emails' bodies have their own rounds (auth/pruning.server.ts, email/retention.server.ts).
import { db } from "~/db.server";
import { env } from "~/env.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { formatDateTime } from "~/modules/i18n/format";
import { localeOr } from "~/modules/i18n/locales";
import { finalStages } from "~/modules/vocabulary/pipeline-stages";
import { deleteAccount } from "./account-deletion.server";
import { anonymiseApplications } from "./anonymise.server";
import { hasConsent } from "~/modules/consents/consents.server";

export const retentionPeriods = {
  applicationUntouchedMonths: 24,
  cvAfterEndMonths: 6,
  accountUnusedMonths: 36,
  deletionNoticeDays: 30,
  viewsKeptMonths: 12,
  finishedEmailsKeptMonths: 24,
  invitationsKeptDays: 30,
  reportContactKeptDays: 30,
} as const;

const dayMs = 86_400_000;
/** Rows handled per transaction, so that a first run over years of data holds no lock for long. */
const batchSize = 100;

/** The same instant `months` calendar months earlier (UTC). */
export function monthsBefore(now: Date, months: number): Date {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
}

/**
 * Anonymises applications nobody touched for 24 months: no change to the application, no timeline event and no
 * interview change or booked time since then. Returns how many.
 */
export async function anonymiseUntouchedApplications(now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, retentionPeriods.applicationUntouchedMonths);
  const untouched = {
    anonymisedAt: null,
    updatedAt: { lte: cutoff },
    lastActivityAt: { lte: cutoff },
    events: { none: { createdAt: { gt: cutoff } } },
    interviews: { none: { OR: [{ updatedAt: { gt: cutoff } }, { endsAt: { gt: cutoff } }] } },
  };
  let total = 0;
  for (;;) {
    const batch = await db.application.findMany({ where: untouched, select: { id: true }, take: batchSize });
    if (batch.length === 0) return total;
    const ids = batch.map((row) => row.id);
    const anonymised = await db.$transaction(async (tx) => {
      // the condition is read again inside: an application touched meanwhile is left alone
      const count = await anonymiseApplications(tx, { AND: [{ id: { in: ids } }, untouched] }, "retention", now);
      const done = await tx.application.findMany({
        where: { id: { in: ids }, anonymisedAt: now, anonymisedReason: "retention" },
        select: { id: true, mission: { select: { employerId: true } } },
      });
      for (const row of done) {
        await recordAudit(
          {
            actorId: null,
            actorRole: "system",
            action: "application.anonymised",
            subjectType: "application",
            subjectId: row.id,
            employerId: row.mission.employerId,
            details: { reason: "retention" },
          },
          tx,
        );
      }
      return count;
    });
    total += anonymised;
    // nothing left that this round may change: stop rather than read the same rows again
    if (anonymised === 0) return total;
  }
}

type EndedCv = { id: string; cvFileId: string; userId: string; employerId: string };

/**
 * Deletes the CV of each application that ended 6 months ago or more, unless its candidate agreed to keep their CV.
 * An application ends when it reaches a final stage (hired, not selected, withdrawn: counted from that stage change)
 * or, still open, when its mission closes (counted from the mission's last change). Returns how many CVs it deleted.
 */
export async function deleteCvsOfEndedApplications(now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, retentionPeriods.cvAfterEndMonths);
  const final = [...finalStages];
  const ended = await db.$queryRaw<EndedCv[]>`
    SELECT a.id, a."cvFileId", p."userId", m."employerId"
    FROM "Application" a
    JOIN "CandidateProfile" p ON p.id = a."candidateId"
    JOIN "Mission" m ON m.id = a."missionId"
    WHERE a."cvFileId" IS NOT NULL AND (
      (a.stage = ANY(${final}::text[]) AND COALESCE(
        (SELECT max(e."createdAt") FROM "ApplicationEvent" e WHERE e."applicationId" = a.id AND e.kind = 'stage_changed'),
        a."createdAt") <= ${cutoff}::timestamp)
      OR (NOT a.stage = ANY(${final}::text[]) AND m.status = 'closed' AND m."updatedAt" <= ${cutoff}::timestamp)
    )`;
  const keeps = new Map<string, boolean>();
  let deleted = 0;
  for (const application of ended) {
    if (!keeps.has(application.userId)) keeps.set(application.userId, await hasConsent(application.userId, "keep-cv"));
    if (keeps.get(application.userId)) continue;
    deleted += await db.$transaction(async (tx) => {
      const { count } = await tx.storedFile.deleteMany({
        where: { id: application.cvFileId, application: { id: application.id } },
      });
      if (count !== 1) return 0;
      // on the employer's timeline only: the candidate's own list simply shows no CV any more
      await tx.applicationEvent.create({
        data: {
          applicationId: application.id,
          kind: "cvDeleted",
          private: true,
          details: JSON.stringify({ reason: "retention" }),
          createdAt: now,
        },
      });
      await recordAudit(
        {
          actorId: null,
          actorRole: "system",
          action: "cv.deleted",
          subjectType: "application",
          subjectId: application.id,
          employerId: application.employerId,
          details: { reason: "retention" },
        },
        tx,
      );
      return 1;
    });
  }
  return deleted;
}

type UnusedAccount = { id: string; email: string; name: string; locale: string; timeZone: string };

/**
 * Accounts unused for 3 years: nobody signed in (User.lastActiveAt, set at each sign-in and raised from sessions as
 * they are pruned) and no session of it active since. Each is warned once by email, in its language; 30 days after
 * the warning, one still unused is deleted through the account deletion (deleteAccount). Signing in clears the
 * warning. An organisation's owner is left out: the organisation must first be handed over or closed.
 */
export async function warnAndDeleteUnusedAccounts(now = new Date()): Promise<{ warned: number; deleted: number }> {
  const cutoff = monthsBefore(now, retentionPeriods.accountUnusedMonths);
  const deleteAt = new Date(now.getTime() + retentionPeriods.deletionNoticeDays * dayMs);
  const toWarn = await db.$queryRaw<UnusedAccount[]>`
    SELECT u.id, u.email, u.name, u.locale, u."timeZone" FROM "User" u
    WHERE u."inactivityWarnedAt" IS NULL AND NOT u."isAdministrator" AND u."lastActiveAt" <= ${cutoff}::timestamp
      AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id AND s."lastSeenAt" > ${cutoff}::timestamp)
      AND NOT EXISTS (SELECT 1 FROM "Membership" o WHERE o."userId" = u.id AND o.role = 'owner')`;
  let warned = 0;
  for (const user of toWarn) {
    warned += await db.$transaction(async (tx) => {
      // a sign-in at this moment moves lastActiveAt and wins: no warning then
      const claimed = await tx.user.updateMany({
        where: { id: user.id, inactivityWarnedAt: null, lastActiveAt: { lte: cutoff } },
        data: { inactivityWarnedAt: now },
      });
      if (claimed.count !== 1) return 0;
      const locale = localeOr(user.locale);
      await sendEmail(tx, {
        to: user.email,
        toName: user.name,
        locale,
        template: "accountInactive",
        params: {
          name: user.name,
          date: formatDateTime(deleteAt, locale, user.timeZone),
          signInLink: `${env.appUrl}/signin`,
        },
      });
      return 1;
    });
  }
  const noticeCutoff = new Date(now.getTime() - retentionPeriods.deletionNoticeDays * dayMs);
  const toDelete = await db.$queryRaw<{ id: string }[]>`
    SELECT u.id FROM "User" u
    WHERE u."inactivityWarnedAt" <= ${noticeCutoff}::timestamp AND NOT u."isAdministrator" AND u."lastActiveAt" <= u."inactivityWarnedAt"
      AND NOT EXISTS (SELECT 1 FROM "Session" s WHERE s."userId" = u.id AND s."lastSeenAt" > u."inactivityWarnedAt")`;
  let deleted = 0;
  for (const { id } of toDelete) {
    const result = await deleteAccount(id, "inactive", now);
    if (result.outcome === "deleted") deleted += 1;
  }
  return { warned, deleted };
}

/** "Who looked" records older than 12 months. Returns how many were deleted. */
export async function pruneProfileViews(now = new Date()): Promise<number> {
  const { count } = await db.profileView.deleteMany({
    where: { viewedAt: { lte: monthsBefore(now, retentionPeriods.viewsKeptMonths) } },
  });
  return count;
}

/**
 * Rows of emails finished 24 months ago or more (their bodies went long before: email/retention.server.ts): the
 * address and subject that remain go too. Returns how many.
 */
export async function pruneFinishedEmails(now = new Date()): Promise<number> {
  const cutoff = monthsBefore(now, retentionPeriods.finishedEmailsKeptMonths);
  const { count } = await db.outboxEmail.deleteMany({
    where: {
      status: { in: ["sent", "failed", "withdrawn", "undeliverable"] },
      createdAt: { lte: cutoff },
      OR: [{ sentAt: null }, { sentAt: { lte: cutoff } }],
    },
  });
  return count;
}

/** Invitations to join a team (they hold the invitee's address), 30 days after they expired or were accepted. */
export async function pruneTeamInvitations(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionPeriods.invitationsKeptDays * dayMs);
  const { count } = await db.invitation.deleteMany({
    where: { OR: [{ acceptedAt: { lte: cutoff } }, { acceptedAt: null, expiresAt: { lte: cutoff } }] },
  });
  return count;
}

/** A visitor's address left on a report (so an administrator could ask more), 30 days after the report was settled. */
export async function eraseSettledReportContacts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionPeriods.reportContactKeptDays * dayMs);
  const { count } = await db.report.updateMany({
    where: { contactEmail: { not: null }, status: { not: "open" }, resolvedAt: { lte: cutoff } },
    data: { contactEmail: null },
  });
  return count;
}
