// Deleting an account (issue 12, point 4; decision 0018), asked for by the person or done by the retention round for
// an account unused for 3 years. One transaction: open interviews cancelled (the recruiter gets the CANCEL), the
// candidate's applications anonymised for the employers who keep them, CVs, profile, saved missions, alerts,
// sessions, consents and every email still waiting for them deleted, the emails already sent stripped of address and
// words, the audit entry written, and one last email confirming it to the former address. The user's row is locked
// first: of two deletions at once, the second finds nobody and does nothing.
import { db, type Tx } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { trimmedBody } from "~/modules/email/retention.server";
import { localeOr } from "~/modules/i18n/locales";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { cancelOpenInterviews } from "~/modules/interviews/lifecycle.server";
import { anonymiseApplications } from "./anonymise.server";

export type DeletionReason = "requested" | "inactive";

export type DeletionOutcome =
  | { outcome: "deleted"; email: string; anonymisedApplications: number; cancelledInterviews: number }
  /** already deleted (by a deletion that ran at the same moment, or long ago) */
  | { outcome: "gone" }
  /** the owner of these organisations must first hand them to another member or close them */
  | { outcome: "owner"; employerIds: string[] };

/** What is not sent yet: deleted with the account. A delivered email keeps its status and date, nothing of the person. */
const unsentStatuses = ["pending", "failed", "withdrawn", "undeliverable"];

export async function deleteAccount(
  userId: string,
  reason: DeletionReason,
  now = new Date(),
): Promise<DeletionOutcome> {
  return db.$transaction((tx) => deleteInTransaction(tx, userId, reason, now), { timeout: 60_000 });
}

async function deleteInTransaction(
  tx: Tx,
  userId: string,
  reason: DeletionReason,
  now: Date,
): Promise<DeletionOutcome> {
  // the lock every change of this person waits for; a second deletion finds the row gone once the first commits
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
  if (locked.length === 0) return { outcome: "gone" };
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId } });
  // an ownership handed to this person at the same moment waits for these rows, then finds them gone
  const memberships = await tx.$queryRaw<{ employerId: string; role: string }[]>`
    SELECT "employerId", role FROM "Membership" WHERE "userId" = ${userId} FOR UPDATE`;
  const owned = memberships
    .filter((membership) => membership.role === "owner")
    .map((membership) => membership.employerId);
  if (owned.length > 0) return { outcome: "owner", employerIds: owned };

  const profile = await tx.candidateProfile.findUnique({ where: { userId: user.id }, select: { id: true } });
  // an application arriving at this moment waits for this lock, then finds the profile gone
  if (profile) await tx.$executeRaw`SELECT id FROM "CandidateProfile" WHERE id = ${profile.id} FOR UPDATE`;
  const cancelledInterviews = await cancelInterviews(tx, user.id, profile?.id ?? null, now);
  // after the cancellations, whose copies to the person and withdrawn reminders go with the rest
  await eraseEmailsTo(tx, user.email, now);
  const anonymisedApplications = profile
    ? await anonymiseApplications(tx, { candidateId: profile.id }, "deleted-account", now)
    : 0;
  // every CV the person uploaded, attached to an application or not (an organisation's public images stay)
  await tx.storedFile.deleteMany({ where: { ownerId: user.id, isPublic: false } });
  await tx.signInChallenge.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
  await tx.passwordFailure.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" } } });
  await tx.refusedAddress.deleteMany({ where: { email: user.email.toLowerCase() } });
  await tx.invitation.deleteMany({ where: { email: { equals: user.email, mode: "insensitive" }, acceptedAt: null } });
  // the rest goes with the row: sessions, drafts, notices, consents and their history, memberships, the profile
  // with its saved missions, alerts and invitations to apply, the ratings the person gave
  await tx.user.delete({ where: { id: user.id } });

  await recordAudit(
    {
      actorId: reason === "requested" ? user.id : null,
      actorRole: reason === "requested" ? (user.kind === "candidate" ? "candidate" : "member") : "system",
      action: "account.deleted",
      subjectType: "user",
      subjectId: user.id,
      // nothing that names the person: the point is to forget them
      details: { reason, kind: user.kind, anonymisedApplications, cancelledInterviews },
    },
    tx,
  );
  await sendEmail(tx, {
    to: user.email,
    toName: user.name,
    locale: localeOr(user.locale),
    template: "accountDeleted",
    params: {
      name: user.name,
      reason,
      cancelledInterviews,
      anonymisedApplications,
      privacyLink: publicPageUrl("/privacy", localeOr(user.locale)),
    },
  });
  return { outcome: "deleted", email: user.email, anonymisedApplications, cancelledInterviews };
}

/**
 * A candidate's open interviews are called off and only the recruiter is told (the candidate is leaving). A
 * recruiter's own open interviews are called off too, and the candidate is told: the interviews a recruiter led
 * leave with their account.
 */
async function cancelInterviews(tx: Tx, userId: string, candidateId: string | null, now: Date): Promise<number> {
  const asCandidate = candidateId
    ? await cancelOpenInterviews(tx, { application: { candidateId } }, "deleted-account", now)
    : 0;
  return asCandidate + (await cancelOpenInterviews(tx, { recruiterId: userId }, "recruiter", now, userId));
}

/** Emails to the person not sent yet are deleted; those sent (or being sent) keep their status and date only. */
async function eraseEmailsTo(tx: Tx, email: string, now: Date) {
  const toThem = { toAddress: { equals: email, mode: "insensitive" as const } };
  await tx.outboxEmail.deleteMany({ where: { ...toThem, status: { in: unsentStatuses } } });
  const kept = await tx.outboxEmail.findMany({ where: toThem, select: { id: true } });
  const ids = kept.map((row) => row.id);
  await tx.outboxEmail.updateMany({
    where: { id: { in: ids } },
    data: { toAddress: "", toName: "", subject: "", ...trimmedBody(now) },
  });
  await tx.devMailMessage.updateMany({
    where: { outboxId: { in: ids } },
    data: { toAddress: "", subject: "", raw: "" },
  });
}

/** What deleting this account would do, for the confirmation page: counts in plain numbers, nothing changed. */
export async function describeDeletion(user: { id: string; kind: string }, now = new Date()) {
  const upcoming = { status: { in: ["proposed", "booked"] }, OR: [{ startsAt: null }, { startsAt: { gt: now } }] };
  if (user.kind === "candidate") {
    const profile = await db.candidateProfile.findUnique({ where: { userId: user.id }, select: { id: true } });
    const candidateId = profile?.id ?? "";
    const [applications, interviews] = await Promise.all([
      db.application.count({ where: { candidateId } }),
      db.interview.count({ where: { ...upcoming, application: { candidateId } } }),
    ]);
    return { kind: "candidate" as const, applications, interviews, organisation: null };
  }
  const [membership, interviews] = await Promise.all([
    db.membership.findFirst({
      where: { userId: user.id },
      orderBy: { createdAt: "asc" },
      select: { employer: { select: { name: true } } },
    }),
    db.interview.count({ where: { ...upcoming, recruiterId: user.id } }),
  ]);
  return { kind: "member" as const, applications: 0, interviews, organisation: membership?.employer.name ?? null };
}
