// An administrator's page for one organisation (/admin/organisations/:id): reports to dismiss, suspend or reinstate.
import { ModerationOutcome, SuspensionNotice } from "~/components/moderation-outcome";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ModerationReasonForm } from "~/components/moderation-reason-form";
import { OpenReports } from "~/components/open-reports";
import { requireAdministrator } from "~/modules/administration/access.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { alreadyHandled, wasDone } from "~/modules/http/moderation-answers.server";
import { dismissFromForm } from "~/modules/moderation/admin-answers.server";
import { reinstateForm, suspendForm } from "~/modules/moderation/forms";
import { openReportsAbout } from "~/modules/moderation/reports.server";
import {
  organisationForModeration,
  reinstateOrganisation,
  suspendOrganisation,
} from "~/modules/moderation/suspensions.server";

export const meta = titleMeta("moderation.admin.organisationTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const organisation = await organisationForModeration(params.id ?? "");
  if (!organisation) throw new Response("Not found", { status: 404 });
  return {
    organisation,
    reports: await openReportsAbout({ kind: "organisation", employerId: organisation.id }),
    done: new URL(request.url).searchParams.get("done"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const employerId = params.id ?? "";
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = (done: string) => redirect(`/admin/organisations/${employerId}?done=${done}`);
  if (intent === "dismiss") {
    if (!(await dismissFromForm(administrator, formData))) return alreadyHandled();
    throw back("dismissed");
  }
  if (intent === "reinstate") {
    const result = parseForm(reinstateForm, formData);
    if (!result.ok) return { intent, ...result };
    if (!wasDone(await reinstateOrganisation({ administrator, employerId, note: result.data.note })))
      return alreadyHandled();
    throw back("reinstated");
  }
  const result = parseForm(suspendForm, formData);
  if (!result.ok) return { intent: "suspend", ...result };
  if (!wasDone(await suspendOrganisation({ administrator, employerId, reason: result.data.reason })))
    return alreadyHandled();
  throw back("suspended");
}

export default function OrganisationModeration() {
  const { organisation, reports, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, pathFor } = useI18n();
  const failure = answer && "errors" in answer ? answer : undefined;
  return (
    <article className="max-w-4xl">
      <p>
        <Link to="/admin/reports" className="link inline-block py-2">
          {t("moderation.admin.backToQueue")}
        </Link>
      </p>
      <h1 className="mt-4">{organisation.name}</h1>
      <p className="mt-2 text-lg">
        {organisation.town}
        {organisation.website ? ` · ${organisation.website}` : ""}
        {organisation.suspendedAt ? null : (
          <>
            {" · "}
            <Link to={pathFor(`/employers/${organisation.slug}`)} className="link">
              {t("moderation.admin.publicPage")}
            </Link>
          </>
        )}
      </p>
      <ModerationOutcome done={done} answer={answer} />
      {organisation.suspendedAt ? (
        <SuspensionNotice since={organisation.suspendedAt} reason={organisation.suspensionReason} />
      ) : null}

      <OpenReports reports={reports} />

      {organisation.suspendedAt ? (
        <ModerationReasonForm
          intent="reinstate"
          field="note"
          title={t("moderation.admin.reinstateOrganisationTitle")}
          explanation={t("moderation.admin.reinstateOrganisationIntro")}
          label={t("moderation.admin.noteLabel")}
          hint={t("moderation.admin.noteHint")}
          submit={t("moderation.admin.reinstate")}
          failure={failure}
        />
      ) : (
        <ModerationReasonForm
          intent="suspend"
          field="reason"
          title={t("moderation.admin.suspendOrganisationTitle")}
          explanation={t("moderation.admin.suspendOrganisationIntro")}
          label={t("moderation.admin.reasonLabel")}
          hint={t("moderation.admin.suspendReasonHint")}
          submit={t("moderation.admin.suspendOrganisation")}
          failure={failure}
        />
      )}

      <section aria-labelledby="members-title" className="mt-10">
        <h2 id="members-title">{t("moderation.admin.members")}</h2>
        <ul className="mt-4 grid gap-3">
          {organisation.members.map((member) => (
            <li key={member.user.id}>
              <Link to={`/admin/accounts/${member.user.id}`} className="link">
                {member.user.name}
              </Link>{" "}
              · {member.user.email} · {t(`roles.${member.role}` as TranslationKey)}
              {member.user.suspendedAt ? ` · ${t("moderation.admin.accountSuspended")}` : ""}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="missions-title" className="mt-10">
        <h2 id="missions-title">{t("moderation.admin.missions")}</h2>
        {organisation.missions.length === 0 ? (
          <p className="mt-3">{t("moderation.admin.noMissions")}</p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {organisation.missions.map((mission) => (
              <li key={mission.id}>
                <Link to={`/admin/missions/${mission.id}`} className="link">
                  {mission.title}
                </Link>{" "}
                · {t(`missionStatus.${mission.status}` as TranslationKey)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
