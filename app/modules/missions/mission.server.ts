// One mission as candidates see it, whether it can still be applied to, and its shape for the matching module.
import { db, joinedEmployer, readRows, readWithJoined } from "~/db.server";
import { cardFields } from "./card";
import { Prisma, type Employer, type Mission } from "~/generated/prisma/client";
import { missionLanguageList, textList } from "~/modules/json-columns";
import type { MissionForMatching } from "~/modules/matching/types";

type MissionWithEmployer = Mission & { employer: Employer };

/** A mission row with its employer, its JSON columns read. */
export function readMission(row: MissionWithEmployer, now = new Date()) {
  return {
    ...row,
    open: row.status === "published" && (!row.closesAt || row.closesAt > now),
    languages: missionLanguageList(row.languages),
    skills: textList(row.skills),
    employer: { ...row.employer, commitments: textList(row.employer.commitments) },
  };
}

export type PublicMission = ReturnType<typeof readMission>;

/** Missions with their employers (`m` and `e` in `where`), as Prisma's `include: { employer: true }` gives them. */
function missionsWithEmployers(where: string, ...values: unknown[]): Promise<MissionWithEmployer[]> {
  return readWithJoined<Mission, Employer, "employer">(
    { table: "Mission", alias: "m", fields: Prisma.MissionScalarFieldEnum },
    joinedEmployer("m"),
    { where },
    ...values,
  );
}

/**
 * A published or closed mission of an organisation that is not suspended (drafts and missions under moderation are
 * not public), with its employer; null when there is none.
 */
export async function findPublicMission(id: string, now = new Date()): Promise<PublicMission | null> {
  const [row] = await missionsWithEmployers(
    `m.id = $1 AND m.status IN ('published', 'closed') AND e."suspendedAt" IS NULL`,
    id,
  );
  return row ? readMission(row, now) : null;
}

/** The one rule for an open mission: published and not past its closing date (the closing round may not have run yet). */
export function openMissionWhere(now = new Date()) {
  return {
    status: "published",
    OR: [{ closesAt: null }, { closesAt: { gt: now } }],
  } satisfies Prisma.MissionWhereInput;
}

/** The home page's latest open missions and how many are open. */
export async function latestOpenMissions(take: number, now = new Date()) {
  const open = openMissionWhere(now);
  const [missions, openCount] = await Promise.all([
    db.mission.findMany({
      where: open,
      orderBy: { publishedAt: "desc" },
      take,
      select: {
        id: true,
        title: true,
        summary: true,
        town: true,
        hoursPerWeekMin: true,
        hoursPerWeekMax: true,
        monthsMask: true,
        payMinCents: true,
        employer: { select: { name: true, contentLocale: true } },
      },
    }),
    db.mission.count({ where: open }),
  ]);
  return { missions, openCount };
}

/** All of an organisation's missions, for its own list: drafts first, then by last change, with their application counts. */
export function listOrganisationMissions(employerId: string) {
  return db.mission.findMany({
    where: { employerId },
    orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      moderationReason: true,
      town: true,
      closesAt: true,
      _count: { select: { applications: true } },
    },
  });
}

/** An organisation's missions' titles, in alphabetical order (the pipeline's filter). */
export function listOrganisationMissionTitles(employerId: string) {
  return db.mission.findMany({
    where: { employerId },
    select: { id: true, title: true },
    orderBy: { title: "asc" },
  });
}

/** Open missions by id, in the order given, read for display and matching. */
export async function findOpenMissions(ids: string[], now = new Date()): Promise<PublicMission[]> {
  const rows = await missionsWithEmployers(`m.id = ANY($1::text[]) AND m.status = 'published'`, ids);
  const byId = new Map(rows.map((row) => [row.id, readMission(row, now)]));
  return ids.flatMap((id) => {
    const mission = byId.get(id);
    return mission?.open ? [mission] : [];
  });
}

type MatchingFields = Pick<
  PublicMission,
  | "scheduleMask"
  | "hoursPerWeekMin"
  | "hoursPerWeekMax"
  | "monthsMask"
  | "latitude"
  | "longitude"
  | "languages"
  | "skills"
  | "sector"
  | "physicalDemand"
  | "liftingKg"
  | "payMaxCents"
> & { employer: Pick<PublicMission["employer"], "commitments" | "values" | "purpose" | "sector"> };

type MatchingRow = {
  id: string;
  scheduleMask: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  latitude: number | null;
  longitude: number | null;
  /** JSON text, as stored */
  languages: string;
  skills: string;
  sector: string;
  physicalDemand: string;
  liftingKg: number;
  payMaxCents: number | null;
  employerCommitments: string;
  employerValues: string;
  employerPurpose: string;
  employerSector: string;
};

/**
 * Open missions by id, in the order given, with only what the matching module reads, through one hand-written
 * statement: ranking hundreds of missions then costs no long texts and no ORM mapping, and the page reads its few
 * full missions afterwards.
 */
export async function findMissionsForMatching(
  ids: string[],
  now = new Date(),
): Promise<{ id: string; forMatching: MissionForMatching }[]> {
  if (ids.length === 0) return [];
  // straight through pg (readRows): hundreds of rows a request, for "missions for you" and "best fit"
  const rows = await readRows<MatchingRow>([
    `SELECT m.id, m."scheduleMask", m."hoursPerWeekMin", m."hoursPerWeekMax", m."monthsMask", m.latitude, m.longitude, m.languages,
      m.skills, m.sector, m."physicalDemand", m."liftingKg", m."payMaxCents", e.commitments AS "employerCommitments",
      e."values" AS "employerValues", e.purpose AS "employerPurpose", e.sector AS "employerSector"
    FROM "Mission" m JOIN "Employer" e ON e.id = m."employerId"
    WHERE m.id = ANY($1::text[]) AND m.status = 'published' AND (m."closesAt" IS NULL OR m."closesAt" > $2::timestamp)`,
    ids,
    now,
  ]);
  const byId = new Map(rows.map((row) => [row.id, readForMatching(row)]));
  return ids.flatMap((id) => {
    const forMatching = byId.get(id);
    return forMatching ? [{ id, forMatching }] : [];
  });
}

function readForMatching(row: MatchingRow): MissionForMatching {
  return missionForMatching({
    ...row,
    languages: missionLanguageList(row.languages),
    skills: textList(row.skills),
    employer: {
      commitments: textList(row.employerCommitments),
      values: row.employerValues,
      purpose: row.employerPurpose,
      sector: row.employerSector,
    },
  });
}

/** The mission as the matching module reads it. */
export function missionForMatching(mission: MatchingFields): MissionForMatching {
  return {
    scheduleMask: mission.scheduleMask,
    hoursPerWeekMin: mission.hoursPerWeekMin,
    hoursPerWeekMax: mission.hoursPerWeekMax,
    monthsMask: mission.monthsMask,
    place:
      mission.latitude !== null && mission.longitude !== null
        ? { latitude: mission.latitude, longitude: mission.longitude }
        : null,
    languages: mission.languages,
    skills: mission.skills,
    sector: mission.sector,
    physicalDemand:
      mission.physicalDemand === "seated" || mission.physicalDemand === "standing" ? mission.physicalDemand : "mixed",
    liftingKg: mission.liftingKg,
    payMaxCents: mission.payMaxCents,
    employer: {
      commitments: mission.employer.commitments,
      values: mission.employer.values,
      purpose: mission.employer.purpose,
      sector: mission.employer.sector,
    },
  };
}

/** What a mission card in a list shows. */
export function missionCardData(mission: PublicMission) {
  return cardFields({ ...mission, employerName: mission.employer.name, contentLocale: mission.employer.contentLocale });
}
