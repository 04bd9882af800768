// The second step before the owner removes a recruiter: what will happen to their access and their interviews, and
// that nobody is emailed, then "Oui, retirer …" (a form carrying confirm=yes) or "Non, revenir" (a link). Another
// organisation's member, or the owner: 404, nothing changed.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireOwner } from "~/modules/employers/access.server";
import { removeMemberForm } from "~/modules/employers/team-forms";
import { findRemovableMember, removeMember } from "~/modules/employers/team.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { notFound } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("team.remove");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { employer } = await requireOwner(request);
  const member = await findRemovableMember(employer.id, params.id);
  if (!member) throw notFound();
  return { member, employer: employer.name };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { employer } = await requireOwner(request);
  const form = parseForm(removeMemberForm, await readForm(request));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  // false when it is not a recruiter of this organisation, or when a first confirmation removed them meanwhile
  if (!(await removeMember(employer.id, params.id ?? ""))) throw notFound();
  throw redirect("/employer/team?done=removed");
}

export default function ConfirmRemoveMember() {
  const { member, employer } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const name = member.name;
  return (
    <div className="max-w-3xl">
      <h1>{t("confirmations.removeMember.title", { name })}</h1>
      <h2 className="mt-8">{t("confirmations.whatHappens")}</h2>
      <ul className="mt-4 grid list-disc gap-2 pl-6 text-lg">
        <li>{t("confirmations.removeMember.access", { name, email: member.email, employer })}</li>
        <li>
          {member.upcomingInterviews === 0
            ? t("confirmations.removeMember.noInterviews", { name })
            : t("confirmations.removeMember.interviews", { name, count: member.upcomingInterviews })}
        </li>
        <li>{t("confirmations.removeMember.notes")}</li>
        <li>{t("confirmations.removeMember.told", { name })}</li>
        <li>{t("confirmations.removeMember.again")}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-4">
        <Form method="post">
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="button">
            {t("confirmations.removeMember.submit", { name })}
          </button>
        </Form>
        <Link to="/employer/team" className="button-secondary">
          {t("confirmations.back")}
        </Link>
      </div>
    </div>
  );
}
