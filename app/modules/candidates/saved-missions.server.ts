// Missions a candidate keeps for later.
import { db } from "~/db.server";

export async function isMissionSaved(candidateId: string, missionId: string): Promise<boolean> {
  return (await db.savedMission.count({ where: { candidateId, missionId } })) > 0;
}

/** One INSERT ... ON CONFLICT DO NOTHING: a save racing another save or a forget never fails (Prisma's upsert can). */
export async function saveMission(candidateId: string, missionId: string) {
  await db.savedMission.createMany({ data: [{ candidateId, missionId }], skipDuplicates: true });
}

export async function forgetMission(candidateId: string, missionId: string) {
  await db.savedMission.deleteMany({ where: { candidateId, missionId } });
}

export function listSavedMissionIds(candidateId: string) {
  return db.savedMission.findMany({
    where: { candidateId },
    orderBy: { createdAt: "desc" },
    select: { missionId: true },
  });
}
