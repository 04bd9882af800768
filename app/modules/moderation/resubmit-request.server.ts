// The editor's "send for review" on a mission an administrator unpublished: the form is saved as any edit is, then
// the mission is sent back (moderation/missions.server.ts resubmitMission). Age terms stop it as they stop publishing.
import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import { saveMission } from "~/modules/missions/editor.server";
import { missionForm } from "~/modules/missions/mission-form";
import { resubmitMission } from "./missions.server";

export async function saveAndResubmit(input: {
  member: User;
  role: string;
  employerId: string;
  missionId: string;
  formData: FormData;
}): Promise<FormFailure> {
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
  const editor = `/employer/missions/${input.missionId}/edit`;
  if (!outcome.ok && outcome.problem === "age-terms") throw redirect(`${editor}?blocked=1`);
  // sent, or already waiting (a second click): the editor says where it stands
  throw redirect(`${editor}?resubmitted=1`);
}
