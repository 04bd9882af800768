// The audit trail: every administrator action and every sensitive change (role, ownership, verification, suspension,
// export, deletion) is written here, in the same transaction as the change it records. Entries are permanent: the
// database refuses to change or delete them (migration 20261209090000_administration).
import { db } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";

export type AuditActorRole = "administrator" | "owner" | "member" | "candidate" | "system";
export type AuditSubjectType = "user" | "organisation" | "mission" | "application" | "incident" | "report";

export type AuditEvent = {
  /** the person who acted; null for the system (a background round) */
  actorId: string | null;
  actorRole: AuditActorRole;
  /** what was done, as `subject.verb`: "organisation.verified", "account.deleted", "membership.role-changed" */
  action: string;
  subjectType: AuditSubjectType;
  subjectId: string;
  employerId?: string | null;
  /** what a reader needs later (a reason, the old and new value); never a password, token or CV */
  details?: Prisma.InputJsonObject;
};

type Writer = Pick<Prisma.TransactionClient, "auditEntry">;

/** Records one event; pass the transaction client so the entry lands with the change or not at all. */
export async function recordAudit(event: AuditEvent, writer: Writer = db): Promise<void> {
  await writer.auditEntry.create({
    data: {
      actorId: event.actorId,
      actorRole: event.actorRole,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      employerId: event.employerId ?? null,
      details: event.details ?? {},
    },
  });
}

/** The newest entries first, for the administrators' page; `before` pages back through older ones. */
export function listAudit({ take = 50, before }: { take?: number; before?: Date } = {}) {
  return db.auditEntry.findMany({
    where: before ? { at: { lt: before } } : undefined,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });
}
