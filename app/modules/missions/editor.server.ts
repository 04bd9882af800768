// Writing missions: drafts, publishing (stopped by age terms), editing, closing, reopening, duplicating, and the
// automatic close at the publication end date. Every function is scoped to the employer's own missions.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import { endOfDayInZone } from "~/modules/i18n/format";
import { textList } from "~/modules/json-columns";
import { findTown } from "~/modules/places/towns.server";
import { employerStatuses, moderationStatus } from "~/modules/missions/mission-statuses";
import { NotFoundError } from "~/modules/errors";
import { checkMissionText, type AgeTermHit } from "./age-terms/check";
import { defaultPublicationDays, type MissionInput } from "./mission-form";

const dayMs = 86_400_000;

export type SaveOutcome = { ok: true; missionId: string } | { ok: false; townUnknown: true };

function columns(input: MissionInput) {
  const town = findTown(input.town);
  if (!town) return null;
  return {
    title: input.title,
    summary: input.summary,
    description: input.description,
    sector: input.sector,
    scheduleMask: input.scheduleMask,
    hoursPerWeekMin: input.hoursPerWeekMin,
    hoursPerWeekMax: input.hoursPerWeekMax,
    monthsMask: input.monthsMask,
    payMinCents: input.payMinCents,
    payMaxCents: input.payMaxCents,
    address: input.address,
    town: town.name,
    postalCode: input.postalCode,
    latitude: town.latitude,
    longitude: town.longitude,
    transit: input.transit,
    parking: input.parking,
    stepFreeAccess: input.stepFreeAccess,
    training: input.training,
    physicalDemand: input.physicalDemand,
    liftingKg: input.liftingKg,
    skills: JSON.stringify(input.skills),
    languages: JSON.stringify(input.languages),
    closesAt: endOfDayInZone(input.closesOn, env.defaultTimeZone),
  };
}

/** Creates a draft, or saves an existing mission of this employer (a published one stays published). */
export async function saveMission(
  employerId: string,
  missionId: string | null,
  input: MissionInput,
): Promise<SaveOutcome> {
  const data = columns(input);
  if (!data) return { ok: false, townUnknown: true };
  if (missionId) {
    const { count } = await db.mission.updateMany({ where: { id: missionId, employerId }, data });
    if (count !== 1) throw new NotFoundError();
    return { ok: true, missionId };
  }
  const mission = await db.mission.create({ data: { ...data, employerId, status: "draft" } });
  return { ok: true, missionId: mission.id };
}

/** The age terms found in the mission's texts, field by field; none means it may be published. */
export function ageTermsIn(mission: {
  title: string;
  summary: string;
  description: string;
  training: string;
  skills: string;
}) {
  return checkMissionText({
    title: mission.title,
    summary: mission.summary,
    description: mission.description,
    training: mission.training,
    skills: textList(mission.skills).join(", "),
  });
}

/** "awaiting-verification": published by an organisation an administrator has not verified yet (not shown to candidates). */
export type PublishOutcome =
  | { ok: true; status: "published" | "awaiting-verification" }
  | { ok: false; hits: { field: string; hits: AgeTermHit[] }[] };

/**
 * Publishes a mission of this employer unless its text holds an age term or proxy. An organisation not verified yet
 * gets "awaiting-verification" instead: its row is held (FOR SHARE) until the mission is written, so a verification
 * at the same moment either comes first (and this publishes) or waits, then publishes this mission with the others.
 */
export async function publishMission(employerId: string, missionId: string, now = new Date()): Promise<PublishOutcome> {
  const mission = await db.mission.findFirst({ where: { id: missionId, employerId } });
  if (!mission) throw new NotFoundError();
  // a mission an administrator unpublished goes back through them (moderation/missions.server.ts resubmitMission)
  if (!employerStatuses.includes(mission.status)) return { ok: false, hits: [] };
  const hits = ageTermsIn(mission);
  if (hits.length > 0) return { ok: false, hits };
  const closesAt =
    mission.closesAt && mission.closesAt > now
      ? mission.closesAt
      : new Date(now.getTime() + defaultPublicationDays * dayMs);
  return db.$transaction(async (tx) => {
    const [organisation] = await tx.$queryRaw<{ verificationStatus: string }[]>`
      SELECT "verificationStatus" FROM "Employer" WHERE id = ${employerId} FOR SHARE`;
    // the mission's row held and its status read again: an administrator who unpublished it a moment ago is not overruled
    const [current] = await tx.$queryRaw<
      { status: string }[]
    >`SELECT status FROM "Mission" WHERE id = ${mission.id} FOR UPDATE`;
    if (!current || !employerStatuses.includes(current.status)) return { ok: false as const, hits: [] };
    if (organisation?.verificationStatus !== "verified") {
      await tx.mission.update({ where: { id: mission.id }, data: { status: "awaiting-verification", closesAt } });
      return { ok: true, status: "awaiting-verification" } as const;
    }
    await tx.mission.update({
      where: { id: mission.id },
      data: { status: "published", publishedAt: mission.publishedAt ?? now, closesAt },
    });
    return { ok: true, status: "published" } as const;
  });
}

/**
 * Publishes every mission an organisation published while it waited for verification, as of `now` (what search
 * alerts count as new); one whose end date has passed meanwhile gets a new one. Returns how many.
 */
export async function publishAwaitingMissions(tx: Tx, employerId: string, now: Date): Promise<number> {
  await tx.mission.updateMany({
    where: { employerId, status: "awaiting-verification", OR: [{ closesAt: null }, { closesAt: { lte: now } }] },
    data: { closesAt: new Date(now.getTime() + defaultPublicationDays * dayMs) },
  });
  // an organisation suspended meanwhile keeps them out of the search until it is reinstated (moderation/suspensions.server.ts);
  // the caller has written the organisation's row in this transaction, so a suspension cannot slip in between
  const [organisation] = await tx.$queryRaw<
    { suspendedAt: Date | null }[]
  >`SELECT "suspendedAt" FROM "Employer" WHERE id = ${employerId}`;
  const status = organisation?.suspendedAt ? moderationStatus.suspended : "published";
  const { count } = await tx.mission.updateMany({
    where: { employerId, status: "awaiting-verification" },
    data: { status, publishedAt: now },
  });
  return count;
}

export async function closeMission(employerId: string, missionId: string) {
  const { count } = await db.mission.updateMany({
    where: { id: missionId, employerId, status: "published" },
    data: { status: "closed" },
  });
  return count === 1;
}

/** Reopens a closed mission; one whose end date has passed gets a new one, 45 days on. */
export async function reopenMission(employerId: string, missionId: string, now = new Date()) {
  const mission = await db.mission.findFirst({ where: { id: missionId, employerId, status: "closed" } });
  if (!mission) return false;
  const closesAt =
    mission.closesAt && mission.closesAt > now
      ? mission.closesAt
      : new Date(now.getTime() + defaultPublicationDays * dayMs);
  // still closed: an administrator who unpublished it meanwhile is not overruled
  const { count } = await db.mission.updateMany({
    where: { id: mission.id, status: "closed" },
    data: { status: "published", closesAt },
  });
  return count === 1;
}

/** A new draft with the same content, for a similar mission; not of a mission under moderation (its copy would skip the review). */
export async function duplicateMission(employerId: string, missionId: string, titleSuffix: string, now = new Date()) {
  const mission = await db.mission.findFirst({
    where: { id: missionId, employerId, status: { in: employerStatuses } },
  });
  if (!mission) return null;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- these columns belong to the original only
  const { id, createdAt, updatedAt, publishedAt, status, closesAt, ...content } = mission;
  const copy = await db.mission.create({
    data: {
      ...content,
      title: `${mission.title} ${titleSuffix}`,
      status: "draft",
      closesAt: new Date(now.getTime() + defaultPublicationDays * dayMs),
    },
  });
  return copy.id;
}

/** Closes every published mission whose publication end date has passed. */
export async function closeExpiredMissions(now = new Date()) {
  const { count } = await db.mission.updateMany({
    where: { status: "published", closesAt: { lte: now } },
    data: { status: "closed" },
  });
  return count;
}
