// The editor's form handling, shared by "new mission" and "edit mission": parse with the form's schema, save,
// and publish when asked (publishing is refused while the text holds an age term).
import { redirect } from "@remix-run/node";
import { typedTown } from "~/modules/places/typed-town.server";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import type { TownView } from "~/modules/places/towns.server";
import { publishMission, saveMission } from "./editor.server";
import { missionForm } from "./mission-form";

/** A failed save; a town that could mean several places (or none we know) comes back with the places to choose from. */
export type MissionFormFailure = FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };

export async function handleMissionForm(employerId: string, missionId: string | null, formData: FormData): Promise<MissionFormFailure> {
  const result = parseForm(missionForm, formData);
  if (!result.ok) return result;
  // the same reading as the candidate's place step (decision 0023): "Sainte-Foy" is asked about, not guessed
  const town = typedTown(result.data);
  if (!town.ok) return { ok: false, errors: { [town.field]: town.error }, values: formValues(formData), townChoices: town.choices, townPreselected: town.preselected };
  const saved = await saveMission(employerId, missionId, { ...result.data, town: town.label });
  if (!saved.ok) return { ok: false, errors: { town: "errors.townUnknown" }, values: formValues(formData) };
  const intent = formData.get("intent");
  if (intent === "publish") {
    const published = await publishMission(employerId, saved.missionId);
    if (!published.ok) throw redirect(`/employer/missions/${saved.missionId}/edit?blocked=1`);
    throw redirect(`/employer/missions?done=${published.status}`);
  }
  if (intent === "preview") throw redirect(`/employer/missions/${saved.missionId}/preview`);
  throw redirect(`/employer/missions/${saved.missionId}/edit?saved=1`);
}
