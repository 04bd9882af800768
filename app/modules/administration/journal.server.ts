// The audit trail as administrators read it (issue 12, item 12): newest first, a page at a time, each entry with the
// names of who acted and what it was about, looked up in a few queries per page. Read only: nothing here writes.
import { db } from "~/db.server";

const pageSize = 50;

type Named = { id: string; name: string };

const byId = (rows: Named[]) => new Map(rows.map((row) => [row.id, row.name]));

/** One page of the journal (pages count from 1). A name is null when its account or record no longer exists. */
export async function journalPage(page: number) {
  const [entries, total] = await Promise.all([
    db.auditEntry.findMany({ orderBy: [{ at: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.auditEntry.count(),
  ]);
  const subjectsOf = (type: string) => [
    ...new Set(entries.filter((entry) => entry.subjectType === type).map((entry) => entry.subjectId)),
  ];
  const userIds = [
    ...new Set([...entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])), ...subjectsOf("user")]),
  ];
  const [users, organisations, missions, incidents] = await Promise.all([
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
    db.employer.findMany({ where: { id: { in: subjectsOf("organisation") } }, select: { id: true, name: true } }),
    db.mission.findMany({ where: { id: { in: subjectsOf("mission") } }, select: { id: true, title: true } }),
    db.confidentialityIncident.findMany({
      where: { id: { in: subjectsOf("incident") } },
      select: { id: true, title: true },
    }),
  ]);
  const names: Record<string, Map<string, string>> = {
    user: byId(users),
    organisation: byId(organisations),
    mission: byId(missions.map((mission) => ({ id: mission.id, name: mission.title }))),
    incident: byId(incidents.map((incident) => ({ id: incident.id, name: incident.title }))),
  };
  return {
    total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    entries: entries.map((entry) => ({
      id: entry.id,
      at: entry.at,
      actorName: entry.actorId ? (names.user.get(entry.actorId) ?? null) : null,
      actorRole: entry.actorRole,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      subjectName: names[entry.subjectType]?.get(entry.subjectId) ?? null,
      details: readableDetails(entry.details),
    })),
  };
}

/** The details as [name, value] pairs of text: lists joined, nested objects left out (they are for machines). */
function readableDetails(details: unknown): [string, string][] {
  if (typeof details !== "object" || details === null || Array.isArray(details)) return [];
  return Object.entries(details).flatMap(([name, value]): [string, string][] => {
    if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
      return [[name, String(value)]];
    if (Array.isArray(value) && value.every((item) => typeof item === "string")) return [[name, value.join(", ")]];
    return [];
  });
}
