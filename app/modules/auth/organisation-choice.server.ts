// Which organisation a person works in, for someone who belongs to several (docs/decisions/0025-several-organisations.md).
// Each session (each browser) remembers its choice in Session.currentEmployerId; the membership is looked up again on
// every request, so a removal takes effect at once. The rule:
// - the chosen organisation, while the person is still one of its members;
// - no choice (an older session, or the organisation was deleted): the oldest membership;
// - a choice whose membership is gone: "removed", naming that team, and no employer page until they choose another.
import { db, joinedEmployer, readWithJoined } from "~/db.server";
import { Prisma, type Employer, type Membership } from "~/generated/prisma/client";

export type MembershipWithEmployer = Membership & { employer: Employer };
export type OrganisationName = { id: string; name: string };

export type OrganisationChoice =
  /** working in `membership`'s organisation; `organisations` are all of the person's, oldest membership first */
  | { status: "member"; membership: MembershipWithEmployer; organisations: OrganisationName[] }
  /** the session's organisation no longer counts the person as a member; `organisations` are those left */
  | { status: "removed"; removedFrom: OrganisationName; organisations: OrganisationName[] }
  /** no membership at all, and no organisation to name */
  | { status: "none" };

/** The organisation a session works in, by the rule above. */
export async function organisationChoice(
  userId: string,
  currentEmployerId: string | null,
): Promise<OrganisationChoice> {
  // on every request of an employer member (the root loader and the page's guard): straight through pg
  const memberships = await readWithJoined<Membership, Employer, "employer">(
    { table: "Membership", alias: "m", fields: Prisma.MembershipScalarFieldEnum },
    joinedEmployer("m"),
    { where: `m."userId" = $1`, orderBy: `m."createdAt", m.id` },
    userId,
  );
  const organisations = memberships.map(({ employer }) => ({ id: employer.id, name: employer.name }));
  if (currentEmployerId) {
    const chosen = memberships.find((membership) => membership.employerId === currentEmployerId);
    if (chosen) return { status: "member", membership: chosen, organisations };
    const left = await db.employer.findUnique({ where: { id: currentEmployerId }, select: { id: true, name: true } });
    if (left) return { status: "removed", removedFrom: left, organisations };
  }
  const oldest = memberships[0];
  return oldest ? { status: "member", membership: oldest, organisations } : { status: "none" };
}

/** The organisation a new session starts in: the one named (a team invitation just accepted) or the oldest membership. */
export async function startingOrganisation(userId: string, employerId?: string): Promise<string | null> {
  const membership = await db.membership.findFirst({
    where: { userId, ...(employerId ? { employerId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { employerId: true },
  });
  return membership?.employerId ?? null;
}

/**
 * Makes a session work in `employerId`, only if its person is a member of it: one statement whose condition holds the
 * membership, so a removal at the same moment either comes first (nothing changes: false) or after (the next page
 * says they were removed). Another organisation's id, or an unknown one, changes nothing and returns false.
 */
export async function switchOrganisation(input: {
  sessionId: string;
  userId: string;
  employerId: string;
}): Promise<boolean> {
  const changed = await db.$executeRaw`
    UPDATE "Session" SET "currentEmployerId" = ${input.employerId}
    WHERE "id" = ${input.sessionId} AND "userId" = ${input.userId}
      AND EXISTS (SELECT 1 FROM "Membership" WHERE "userId" = ${input.userId} AND "employerId" = ${input.employerId})`;
  return changed === 1;
}
