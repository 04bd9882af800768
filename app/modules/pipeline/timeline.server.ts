// The timeline of an application as the recruiter reads it: every event in order, and for each email whether
// it is waiting, sent, refused for good (failed) or withdrawn before sending.
import { db } from "~/db.server";
import { parseJsonObject } from "~/modules/json-columns";

export async function applicationTimeline(applicationId: string) {
  const events = await db.applicationEvent.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { actor: { select: { name: true } } },
  });
  const outboxIds = events
    .filter((event) => event.kind === "email")
    .map((event) => String(parseJsonObject(event.details).outboxId ?? ""));
  const statuses = new Map(
    (await db.outboxEmail.findMany({ where: { id: { in: outboxIds } }, select: { id: true, status: true } })).map(
      (row) => [row.id, row.status],
    ),
  );
  return events.map((event) => {
    const details = parseJsonObject(event.details);
    return {
      id: event.id,
      kind: event.kind,
      details: event.details,
      private: event.private,
      createdAt: event.createdAt,
      actor: event.actor?.name ?? null,
      emailStatus: event.kind === "email" ? (statuses.get(String(details.outboxId ?? "")) ?? null) : null,
    };
  });
}
