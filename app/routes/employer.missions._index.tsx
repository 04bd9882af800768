// An organisation's missions (/employer/missions): drafts, published and closed, to duplicate, close or reopen.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { InLanguage } from "~/components/in-language";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { notFound } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { titleMeta } from "~/modules/i18n/meta";
import { translate, type TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { closeMission, duplicateMission, reopenMission } from "~/modules/missions/editor.server";
import { listOrganisationMissions } from "~/modules/missions/mission.server";
import { SuccessNotice } from "~/components/success-notice";
import { ModerationReason } from "~/components/moderation-notice";
import { isUnderModeration } from "~/modules/missions/mission-statuses";
import { VerificationNotice } from "~/components/verification-notice";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("employerMissions.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const missions = await listOrganisationMissions(employer.id);
  return {
    missions,
    done: new URL(request.url).searchParams.get("done"),
    verification: { status: employer.verificationStatus, refusalReason: employer.verificationRefusalReason },
    contentLocale: employer.contentLocale,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const form = await readForm(request);
  const missionId = String(form.get("mission") ?? "");
  const intent = form.get("intent");
  if (intent === "duplicate") {
    const copy = await duplicateMission(
      employer.id,
      missionId,
      translate(await getLocale(request, user), "employerMissions.copySuffix"),
    );
    if (!copy) throw notFound();
    throw redirect(`/employer/missions/${copy}/edit?duplicated=1`);
  }
  const changed =
    intent === "close"
      ? await closeMission(employer.id, missionId)
      : intent === "reopen"
        ? await reopenMission(employer.id, missionId)
        : false;
  if (!changed) throw notFound();
  throw redirect(`/employer/missions?done=${intent}`);
}

export default function EmployerMissions() {
  const { missions, done, verification, contentLocale } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  return (
    <div>
      <h1>{t("employerMissions.title")}</h1>
      {done ? <SuccessNotice>{t(`employerMissions.done.${done}` as TranslationKey)}</SuccessNotice> : null}
      <VerificationNotice status={verification.status} refusalReason={verification.refusalReason} />
      <p className="mt-6">
        <Link to="/employer/missions/new" className="button">
          {t("employerMissions.new")}
        </Link>
      </p>
      <ul className="mt-8 grid gap-4">
        {missions.map((mission) => (
          <li key={mission.id} className="card">
            <h2 className="text-xl">
              <InLanguage lang={contentLocale}>{mission.title}</InLanguage>
            </h2>
            <p className="mt-1">
              <strong>{t(`missionStatus.${mission.status}` as TranslationKey)}</strong> · {mission.town} ·{" "}
              {t("dashboard.applicationCount", { count: mission._count.applications })}
              {mission.status === "published" && mission.closesAt
                ? ` · ${t("missions.closes", { date: formatDateTime(mission.closesAt) })}`
                : ""}
            </p>
            {mission.moderationReason ? <ModerationReason reason={mission.moderationReason} /> : null}
            <div className="mt-4 flex flex-wrap gap-3">
              <Link
                to={`/employer/missions/${mission.id}/edit`}
                className="button-secondary"
                aria-label={`${t("employerMissions.edit")} : ${mission.title}`}
              >
                {t("employerMissions.edit")}
              </Link>
              <Link
                to={`/employer/missions/${mission.id}/preview`}
                className="button-secondary"
                aria-label={`${t("employerMissions.preview")} : ${mission.title}`}
              >
                {t("employerMissions.preview")}
              </Link>
              <Link
                to={`/employer/pipeline?mission=${mission.id}`}
                className="button-secondary"
                aria-label={`${t("employerMissions.applications")} : ${mission.title}`}
              >
                {t("employerMissions.applications")}
              </Link>
              <Link
                to={`/employer/missions/${mission.id}/suggested`}
                className="button-secondary"
                aria-label={`${t("employerMissions.suggested")} : ${mission.title}`}
              >
                {t("employerMissions.suggested")}
              </Link>
              <Form method="post">
                <input type="hidden" name="mission" value={mission.id} />
                {mission.status === "published" ? (
                  <button
                    type="submit"
                    name="intent"
                    value="close"
                    className="button-secondary"
                    aria-label={`${t("employerMissions.close")} : ${mission.title}`}
                  >
                    {t("employerMissions.close")}
                  </button>
                ) : mission.status === "closed" ? (
                  <button
                    type="submit"
                    name="intent"
                    value="reopen"
                    className="button-secondary"
                    aria-label={`${t("employerMissions.reopen")} : ${mission.title}`}
                  >
                    {t("employerMissions.reopen")}
                  </button>
                ) : null}
              </Form>
              {isUnderModeration(mission.status) ? null : (
                <Form method="post">
                  <input type="hidden" name="mission" value={mission.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="duplicate"
                    className="button-secondary"
                    aria-label={`${t("employerMissions.duplicate")} : ${mission.title}`}
                  >
                    {t("employerMissions.duplicate")}
                  </button>
                </Form>
              )}
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
