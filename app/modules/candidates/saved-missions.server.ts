// Missions a candidate keeps for later.
import { db } from "~/db.server";

export async function isMissionSaved(candidateId: string, missionId: string): Promise<boolean> {
  return (await db.savedMission.count({ where: { candidateId, missionId } })) > 0;
}

export async function saveMission(candidateId: string, missionId: string) {
  await db.savedMission.upsert({
    where: { candidateId_missionId: { candidateId, missionId } },
    create: { candidateId, missionId },
    update: {},
  });
}

export async function forgetMission(candidateId: string, missionId: string) {
  await db.savedMission.deleteMany({ where: { candidateId, missionId } });
}

export function listSavedMissionIds(candidateId: string) {
  return db.savedMission.findMany({ where: { candidateId }, orderBy: { createdAt: "desc" }, select: { missionId: true } });
}
