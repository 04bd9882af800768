// A recruiter writes a new mission (/employer/missions/new) in the mission editor.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MissionEditorPage } from "~/components/mission-editor-page";
import { useRestoredDraft } from "~/components/restored-draft";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { answering } from "~/modules/http/domain-errors.server";
import { editorDestination, handleMissionForm } from "~/modules/missions/editor-actions.server";
import { newMissionDraft } from "~/modules/missions/editor-defaults.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("editor.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  return { mission: newMissionDraft(employer) };
}

export async function action({ request }: ActionFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const outcome = await answering(handleMissionForm(employer.id, null, await readForm(request)));
  if (!outcome.ok) return outcome;
  throw redirect(editorDestination(outcome));
}

export default function NewMission() {
  const { mission } = useLoaderData<typeof loader>();
  const draft = useRestoredDraft();
  const failure = useActionData<typeof action>() ?? draft;
  const { t } = useI18n();
  return (
    <MissionEditorPage
      heading={t("editor.newTitle")}
      mission={mission}
      failure={failure}
      notice={draft ? t("sessions.draftRestored") : undefined}
    />
  );
}
