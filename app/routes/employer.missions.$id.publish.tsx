// Publishes a mission from the editor (POST /employer/missions/:id/publish), or sends back to it when something blocks.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnMission } from "~/modules/employers/access.server";
import { answering } from "~/modules/http/domain-errors.server";
import { publishMission } from "~/modules/missions/editor.server";

export async function loader() {
  throw redirect("/employer/missions");
}

/** Publishing from the preview: refused, back to the editor with the phrases shown, while an age term remains. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const mission = await findOwnMission(employer.id, params.id);
  const outcome = await answering(publishMission(employer.id, mission.id));
  throw redirect(
    outcome.ok ? `/employer/missions?done=${outcome.status}` : `/employer/missions/${mission.id}/edit?blocked=1`,
  );
}
