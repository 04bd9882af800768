// Switches the organisation an employer member works in (POST /employer/switch), from the header or the removed page.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireSession } from "~/modules/auth/session.server";
import { pageAfterSwitch, switchOrganisationForm } from "~/modules/employers/organisation-forms";
import { switchOrganisation } from "~/modules/auth/organisation-choice.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { notFound } from "~/modules/http/domain-errors.server";

export async function loader() {
  throw redirect("/dashboard");
}

/**
 * This browser's session works in the organisation chosen, if the person is one of its members (the header's switch,
 * the removed page's buttons). Any other organisation, or one that removed them meanwhile: 404, nothing changed.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await requireSession(request);
  const result = parseForm(switchOrganisationForm, await readForm(request));
  if (user.kind !== "employer") throw notFound();
  if (!result.ok) throw new Response("Bad request", { status: 400 });
  if (!(await switchOrganisation({ sessionId: session.id, userId: user.id, employerId: result.data.organisation })))
    throw notFound();
  throw redirect(pageAfterSwitch(result.data.returnTo));
}
