// The editor's form handling, shared by "new mission" and "edit mission": parse with the form's schema, save,
// and publish when asked (publishing is refused while the text holds an age term).
import { typedTown } from "~/modules/places/typed-town.server";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import type { TownView } from "~/modules/places/towns.server";
import { publishMission, saveMission } from "./editor.server";
import { missionForm } from "./mission-form";

/** A failed save; a town that could mean several places (or none we know) comes back with the places to choose from. */
export type MissionFormFailure = FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };

/** What the editor's button asked for, once the mission is saved: where the recruiter goes next (editorDestination). */
export type MissionFormDone = {
  ok: true;
  missionId: string;
  next: "published" | "awaiting-verification" | "blocked" | "preview" | "saved";
};

/**
 * Saves the editor's form and publishes or previews when asked: a failure comes back with what to show; a saved
 * mission with what happened. Someone else's mission, or one gone meanwhile: NotFoundError.
 */
export async function handleMissionForm(
  employerId: string,
  missionId: string | null,
  formData: FormData,
): Promise<MissionFormFailure | MissionFormDone> {
  const result = parseForm(missionForm, formData);
  if (!result.ok) return result;
  // the same reading as the candidate's place step (decision 0023): "Sainte-Foy" is asked about, not guessed
  const town = typedTown(result.data);
  if (!town.ok)
    return {
      ok: false,
      errors: { [town.field]: town.error },
      values: formValues(formData),
      townChoices: town.choices,
      townPreselected: town.preselected,
    };
  const saved = await saveMission(employerId, missionId, { ...result.data, town: town.label });
  if (!saved.ok) return { ok: false, errors: { town: "errors.townUnknown" }, values: formValues(formData) };
  const intent = formData.get("intent");
  if (intent === "publish") {
    const published = await publishMission(employerId, saved.missionId);
    return { ok: true, missionId: saved.missionId, next: published.ok ? published.status : "blocked" };
  }
  return { ok: true, missionId: saved.missionId, next: intent === "preview" ? "preview" : "saved" };
}

/** The page after a saved mission: the list after publishing, the editor when publishing was refused or after a save. */
export function editorDestination({ missionId, next }: MissionFormDone): string {
  if (next === "published" || next === "awaiting-verification") return `/employer/missions?done=${next}`;
  if (next === "blocked") return `/employer/missions/${missionId}/edit?blocked=1`;
  if (next === "preview") return `/employer/missions/${missionId}/preview`;
  return `/employer/missions/${missionId}/edit?saved=1`;
}
