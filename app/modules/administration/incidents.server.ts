// The register of confidentiality incidents (Law 25; issue 12, item 11): administrators record an incident, complete
// or correct it as they learn more, and export the register as CSV. Every record and change is in the audit trail,
// written in the same transaction. Two administrators editing one incident: the second to save is told it changed
// meanwhile (the update holds the version the form was shown), instead of silently undoing the first one's work.
import { db } from "~/db.server";
import type { ConfidentialityIncident, User } from "~/generated/prisma/client";
import { recordAudit } from "~/modules/audit/audit.server";
import { NotFoundError } from "~/modules/errors";
import type { Locale } from "~/modules/i18n/locales";
import { translator, type TranslationKey } from "~/modules/i18n/translate";
import { toCsv } from "~/modules/privacy/csv";
import type { IncidentInput } from "./forms";

const pageSize = 50;

/** How many incidents the register holds. */
export function countIncidents() {
  return db.confidentialityIncident.count();
}

/** The register, most recently discovered first, one page at a time (pages count from 1). */
export async function listIncidents(page: number) {
  const [incidents, total] = await Promise.all([
    db.confidentialityIncident.findMany({
      orderBy: [{ discoveredOn: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db.confidentialityIncident.count(),
  ]);
  return { incidents, total, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** One incident with the names of who recorded it and who changed it last; "not found" when there is none. */
export async function findIncident(id: string) {
  const incident = await db.confidentialityIncident.findUnique({ where: { id } });
  if (!incident) throw new NotFoundError();
  const people = await db.user.findMany({
    where: { id: { in: [incident.recordedById, incident.updatedById] } },
    select: { id: true, name: true },
  });
  const nameOf = (userId: string) => people.find((person) => person.id === userId)?.name ?? null;
  return { incident, recordedBy: nameOf(incident.recordedById), updatedBy: nameOf(incident.updatedById) };
}

function columns(input: IncidentInput) {
  return {
    title: input.title,
    circumstances: input.circumstances,
    occurredOn: input.occurredOn,
    discoveredOn: input.discoveredOn,
    informationKinds: input.informationKinds,
    informationDetails: input.informationDetails,
    peopleCount: input.peopleCount,
    peopleDescription: input.peopleDescription,
    seriousInjuryRisk: input.seriousInjuryRisk,
    riskAssessment: input.riskAssessment,
    commissionNotifiedOn: input.commissionNotifiedOn ?? null,
    peopleNotifiedOn: input.peopleNotifiedOn ?? null,
    measures: input.measures,
  };
}

type IncidentColumns = ReturnType<typeof columns>;

export async function recordIncident(administrator: User, input: IncidentInput): Promise<string> {
  return db.$transaction(async (tx) => {
    const incident = await tx.confidentialityIncident.create({
      data: { ...columns(input), recordedById: administrator.id, updatedById: administrator.id },
    });
    await recordAudit(
      {
        actorId: administrator.id,
        actorRole: "administrator",
        action: "incident.recorded",
        subjectType: "incident",
        subjectId: incident.id,
        details: { title: incident.title },
      },
      tx,
    );
    return incident.id;
  });
}

export type IncidentUpdate = { ok: true } | { ok: false; changedMeanwhile: true };

/** Saves the form over the version it was shown (`seen`, the incident's updatedAt); a newer one is left alone. */
export async function updateIncident(administrator: User, id: string, input: IncidentInput): Promise<IncidentUpdate> {
  return db.$transaction(async (tx) => {
    const before = await tx.confidentialityIncident.findUnique({ where: { id } });
    if (!before) throw new NotFoundError();
    const seen = new Date(input.seen ?? "");
    if (Number.isNaN(seen.getTime())) return { ok: false, changedMeanwhile: true } as const;
    const after = columns(input);
    const { count } = await tx.confidentialityIncident.updateMany({
      where: { id, updatedAt: seen },
      data: { ...after, updatedById: administrator.id },
    });
    if (count !== 1) return { ok: false, changedMeanwhile: true } as const;
    await recordAudit(
      {
        actorId: administrator.id,
        actorRole: "administrator",
        action: "incident.updated",
        subjectType: "incident",
        subjectId: id,
        details: { title: after.title, changed: changedFields(before, after) },
      },
      tx,
    );
    return { ok: true } as const;
  });
}

/** The names of the fields whose value differs (dates and lists compared by value). */
function changedFields(before: ConfidentialityIncident, after: IncidentColumns): string[] {
  const comparable = (value: unknown) =>
    value instanceof Date ? value.getTime() : Array.isArray(value) ? value.join("\n") : value;
  return (Object.keys(after) as (keyof IncidentColumns)[]).filter(
    (field) => comparable(before[field]) !== comparable(after[field]),
  );
}

/** A calendar day as YYYY-MM-DD (the columns hold days at 00:00 UTC). */
export function dayText(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/**
 * The whole register as CSV, headed and worded in `locale`; cells that a spreadsheet would run as formulas are
 * neutralised. The download is in the audit trail: the register describes what happened to people's information.
 */
export async function exportIncidents(administrator: User, locale: Locale): Promise<string> {
  const t = translator(locale);
  const incidents = await db.confidentialityIncident.findMany({
    orderBy: [{ discoveredOn: "desc" }, { createdAt: "desc" }],
  });
  await recordAudit({
    actorId: administrator.id,
    actorRole: "administrator",
    action: "incidents.exported",
    subjectType: "incident",
    subjectId: "register",
    details: { count: incidents.length },
  });
  const header = (
    [
      "id",
      "title",
      "circumstances",
      "occurredOn",
      "discoveredOn",
      "informationKinds",
      "informationDetails",
      "peopleCount",
      "peopleDescription",
      "seriousInjuryRisk",
      "riskAssessment",
      "commissionNotifiedOn",
      "peopleNotifiedOn",
      "measures",
      "recordedAt",
      "updatedAt",
    ] as const
  ).map((column) => t(`administration.incidents.csv.${column}`));
  const rows = incidents.map((incident) => [
    incident.id,
    incident.title,
    incident.circumstances,
    dayText(incident.occurredOn),
    dayText(incident.discoveredOn),
    incident.informationKinds.map((kind) => t(`administration.incidents.kinds.${kind}` as TranslationKey)).join("; "),
    incident.informationDetails,
    incident.peopleCount,
    incident.peopleDescription,
    incident.seriousInjuryRisk ? t("administration.incidents.csv.yes") : t("administration.incidents.csv.no"),
    incident.riskAssessment,
    dayText(incident.commissionNotifiedOn),
    dayText(incident.peopleNotifiedOn),
    incident.measures,
    incident.createdAt,
    incident.updatedAt,
  ]);
  return toCsv(header, rows);
}
