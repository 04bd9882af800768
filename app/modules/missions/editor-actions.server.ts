// The editor's form handling, shared by "new mission" and "edit mission": parse with the form's schema, save,
// and publish when asked (publishing is refused while the text holds an age term).
import { redirect } from "@remix-run/node";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import { publishMission, saveMission } from "./editor.server";
import { missionForm } from "./mission-form";

export async function handleMissionForm(employerId: string, missionId: string | null, formData: FormData): Promise<FormFailure> {
  const result = parseForm(missionForm, formData);
  if (!result.ok) return result;
  const saved = await saveMission(employerId, missionId, result.data);
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
