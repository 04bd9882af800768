// A recruiter edits a mission (/employer/missions/:id/edit), to save, preview, publish or resubmit it.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MissionEditorPage } from "~/components/mission-editor-page";
import { useRestoredDraft } from "~/components/restored-draft";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnMission } from "~/modules/employers/access.server";
import { titleMeta } from "~/modules/i18n/meta";
import { textList } from "~/modules/json-columns";
import { useI18n } from "~/modules/i18n/use-i18n";
import { answering } from "~/modules/http/domain-errors.server";
import { editorDestination, handleMissionForm } from "~/modules/missions/editor-actions.server";
import { savedMissionDraft } from "~/modules/missions/editor-defaults.server";
import { ageTermsIn } from "~/modules/missions/editor.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { isUnderModeration } from "~/modules/missions/mission-statuses";
import { resubmitDestination, saveAndResubmit } from "~/modules/moderation/resubmit-request.server";

export const meta = titleMeta("editor.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const mission = await findOwnMission(employer.id, params.id);
  const url = new URL(request.url);
  const texts: Record<string, string> = {
    title: mission.title,
    summary: mission.summary,
    description: mission.description,
    training: mission.training,
    skills: textList(mission.skills).join(", "),
  };
  return {
    mission: savedMissionDraft(mission),
    status: mission.status,
    ageTerms: ageTermsIn(mission).map(({ field, hits }) => ({ field, hits, text: texts[field] ?? "" })),
    blocked: url.searchParams.has("blocked"),
    saved: url.searchParams.has("saved"),
    duplicated: url.searchParams.has("duplicated"),
    moderation: isUnderModeration(mission.status)
      ? {
          status: mission.status,
          reason: mission.moderationReason,
          justResubmitted: url.searchParams.has("resubmitted"),
        }
      : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, membership, employer } = await requireEmployerMember(request);
  const mission = await findOwnMission(employer.id, params.id);
  const formData = await readForm(request);
  if (formData.get("intent") === "resubmit") {
    const resubmitted = await answering(
      saveAndResubmit({
        member: user,
        role: membership.role,
        employerId: employer.id,
        missionId: mission.id,
        formData,
      }),
    );
    if (!resubmitted.ok) return resubmitted;
    throw redirect(resubmitDestination(resubmitted));
  }
  const outcome = await answering(handleMissionForm(employer.id, mission.id, formData));
  if (!outcome.ok) return outcome;
  throw redirect(editorDestination(outcome));
}

export default function EditMission() {
  const data = useLoaderData<typeof loader>();
  const draft = useRestoredDraft();
  const failure = useActionData<typeof action>() ?? draft;
  const { t } = useI18n();
  const notice = draft
    ? t("sessions.draftRestored")
    : data.saved
      ? t("editor.saved")
      : data.duplicated
        ? t("editor.duplicated")
        : undefined;
  return (
    <MissionEditorPage
      heading={`${t("editor.editTitle")} (${t(`missionStatus.${data.status}` as "missionStatus.draft")})`}
      mission={data.mission}
      failure={failure}
      ageTerms={data.ageTerms}
      blocked={data.blocked}
      notice={notice}
      moderation={data.moderation}
    />
  );
}
