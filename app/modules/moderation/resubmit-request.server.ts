// The editor's "send for review" on a mission an administrator unpublished: the form is saved as any edit is, then
// the mission is sent back (moderation/missions.server.ts resubmitMission). Age terms stop it as they stop publishing.
import type { User } from "~/generated/prisma/client";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import { saveMission } from "~/modules/missions/editor.server";
import { missionForm } from "~/modules/missions/mission-form";
import { resubmitMission } from "./missions.server";

/** A mission saved and sent back, or stopped by its age terms (resubmitDestination names the page after it). */
export type ResubmitDone = { ok: true; missionId: string; next: "resubmitted" | "blocked" };

/** Saves the form and sends the mission back; a failure comes back with what to show. Not this organisation's: NotFoundError. */
export async function saveAndResubmit(input: {
  member: User;
  role: string;
  employerId: string;
  missionId: string;
  formData: FormData;
}): Promise<FormFailure | ResubmitDone> {
  const result = parseForm(missionForm, input.formData);
  if (!result.ok) return result;
  const saved = await saveMission(input.employerId, input.missionId, result.data);
  if (!saved.ok) return { ok: false, errors: { town: "errors.townUnknown" }, values: formValues(input.formData) };
  const outcome = await resubmitMission({
    member: input.member,
    role: input.role,
    employerId: input.employerId,
    missionId: input.missionId,
  });
  if (!outcome.ok && outcome.problem === "age-terms") return { ok: true, missionId: input.missionId, next: "blocked" };
  // sent, or already waiting (a second click): the editor says where it stands
  return { ok: true, missionId: input.missionId, next: "resubmitted" };
}

/** The editor again, saying whether the mission was sent back or what stopped it. */
export function resubmitDestination({ missionId, next }: ResubmitDone): string {
  return `/employer/missions/${missionId}/edit?${next}=1`;
}
