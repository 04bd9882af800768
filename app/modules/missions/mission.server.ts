// One mission as candidates see it, whether it can still be applied to, and its shape for the matching module.
import { db } from "~/db.server";
import { cardFields } from "./card";
import type { Employer, Mission } from "~/generated/prisma/client";
import { missionLanguageList, textList } from "~/modules/json-columns";
import type { MissionForMatching } from "~/modules/matching/types";
import { idsPerQuery, missionSearchIndex, type MatchingRow } from "./search-index.server";

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

/** A published or closed mission (drafts are not public), with its employer; null when there is none. */
export async function findPublicMission(id: string, now = new Date()): Promise<PublicMission | null> {
  const row = await db.mission.findFirst({ where: { id, status: { in: ["published", "closed"] } }, include: { employer: true } });
  return row ? readMission(row, now) : null;
}

/** Open missions by id, in the order given, read for display and matching. */
export async function findOpenMissions(ids: string[], now = new Date()): Promise<PublicMission[]> {
  // read in slices (see idsPerQuery)
  const rows = [];
  for (let start = 0; start < ids.length; start += idsPerQuery) {
    const slice = ids.slice(start, start + idsPerQuery);
    rows.push(...(await db.mission.findMany({ where: { id: { in: slice }, status: "published" }, include: { employer: true } })));
  }
  const byId = new Map(rows.map((row) => [row.id, readMission(row, now)]));
  return ids.flatMap((id) => {
    const mission = byId.get(id);
    return mission?.open ? [mission] : [];
  });
}

type MatchingFields = Pick<
  PublicMission,
  "scheduleMask" | "hoursPerWeekMin" | "hoursPerWeekMax" | "monthsMask" | "latitude" | "longitude" | "languages" | "skills" | "sector" | "physicalDemand" | "liftingKg" | "payMaxCents"
> & { employer: Pick<PublicMission["employer"], "commitments" | "values" | "purpose" | "sector"> };

/**
 * Open missions by id, in the order given, with only what the matching module reads, through one hand-written
 * statement: ranking hundreds of missions then costs no long texts and no ORM mapping, and the page reads its few
 * full missions afterwards.
 */
export async function findMissionsForMatching(ids: string[], now = new Date()): Promise<{ id: string; forMatching: MissionForMatching }[]> {
  const byId = new Map(
    missionSearchIndex()
      .matchingRows(ids)
      .filter((row) => row.status === "published" && (row.closesAt === null || Date.parse(row.closesAt) > now.getTime()))
      .map((row) => [row.id, readForMatching(row)]),
  );
  return ids.flatMap((id) => {
    const forMatching = byId.get(id);
    return forMatching ? [{ id, forMatching }] : [];
  });
}

/** Each row the index keeps is read once: its JSON lists parsed, its shape the matching module's. */
const readRows = new WeakMap<MatchingRow, MissionForMatching>();

function readForMatching(row: MatchingRow): MissionForMatching {
  let forMatching = readRows.get(row);
  if (!forMatching) {
    forMatching = missionForMatching({
      ...row,
      languages: missionLanguageList(row.languages),
      skills: textList(row.skills),
      employer: { commitments: textList(row.employerCommitments), values: row.employerValues, purpose: row.employerPurpose, sector: row.employerSector },
    });
    readRows.set(row, forMatching);
  }
  return forMatching;
}

/** The mission as the matching module reads it. */
export function missionForMatching(mission: MatchingFields): MissionForMatching {
  return {
    scheduleMask: mission.scheduleMask,
    hoursPerWeekMin: mission.hoursPerWeekMin,
    hoursPerWeekMax: mission.hoursPerWeekMax,
    monthsMask: mission.monthsMask,
    place: mission.latitude !== null && mission.longitude !== null ? { latitude: mission.latitude, longitude: mission.longitude } : null,
    languages: mission.languages,
    skills: mission.skills,
    sector: mission.sector,
    physicalDemand: mission.physicalDemand === "seated" || mission.physicalDemand === "standing" ? mission.physicalDemand : "mixed",
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
