// A candidate's applications (/applications): each mission applied to, where it stands, and a way to withdraw.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCandidate } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { interviewPagePath } from "~/modules/interviews/token.server";
import { listCandidateApplications } from "~/modules/pipeline/applications.server";
import { candidateEventLine } from "~/modules/pipeline/candidate-timeline";
import { isFinalStage } from "~/modules/vocabulary/pipeline-stages";
import { SuccessNotice } from "~/components/success-notice";
import { useOtherLanguage } from "~/components/in-language";

export const meta = titleMeta("applications.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const url = new URL(request.url);
  const applications = await listCandidateApplications(profile.id);
  return {
    applications: applications.map(({ interviews, ...application }) => ({
      ...application,
      openInterview: interviews[0] ? { status: interviews[0].status, path: interviewPagePath(interviews[0].id) } : null,
    })),
    applied: url.searchParams.has("applied"),
    withdrawn: url.searchParams.has("withdrawn"),
  };
}

export default function Applications() {
  const { applications, applied, withdrawn } = useLoaderData<typeof loader>();
  const { t, formatDateTime, pathFor } = useI18n();
  const otherLanguage = useOtherLanguage();
  return (
    <div className="max-w-4xl">
      <h1>{t("applications.title")}</h1>
      {applied ? <SuccessNotice>{t("applications.applied")}</SuccessNotice> : null}
      {withdrawn ? <SuccessNotice>{t("applications.withdrawn")}</SuccessNotice> : null}
      {applications.length === 0 ? (
        <p className="mt-6">
          {t("applications.none")}{" "}
          <Link to={pathFor("/missions")} className="link">
            {t("applications.findMissions")}
          </Link>
        </p>
      ) : (
        <ul className="mt-8 grid gap-6">
          {applications.map((application) => (
            <li key={application.id} className="card">
              <h2 className="text-2xl">
                <Link
                  to={pathFor(`/missions/${application.mission.id}`)}
                  className="link"
                  lang={otherLanguage(application.mission.employer.contentLocale)}
                >
                  {application.mission.title}
                </Link>
              </h2>
              <p className="mt-1 font-bold text-muted">
                {application.mission.employer.name} · {application.mission.town}
              </p>
              <p className="mt-3 text-lg">
                {t("applications.status")} <strong>{t(`stages.${application.stage}` as TranslationKey)}</strong>
              </p>
              <p className="mt-1">{t(`applications.explain.${application.stage}` as TranslationKey)}</p>
              {application.openInterview ? (
                <p className="mt-3">
                  <Link to={application.openInterview.path} className="link text-lg font-bold">
                    {application.openInterview.status === "proposed"
                      ? t("applications.interviewToPick")
                      : t("applications.interviewBooked")}
                  </Link>
                </p>
              ) : null}
              {application.cvFile ? (
                <p className="mt-2">
                  <a href={`/applications/${application.id}/cv`} className="link">
                    {t("applications.cv", { name: application.cvFile.originalName })}
                  </a>
                </p>
              ) : null}
              <h3 className="mt-4 text-xl font-bold">{t("applications.history")}</h3>
              <ol className="mt-2 grid gap-1">
                {application.events.map((event) => (
                  <li key={event.id}>
                    <span className="font-bold">{formatDateTime(event.createdAt)}</span> :{" "}
                    {candidateEventLine(event, t, formatDateTime)}
                  </li>
                ))}
              </ol>
              {isFinalStage(application.stage) ? null : (
                <p className="mt-4">
                  <Link
                    to={`/applications/${application.id}/withdraw`}
                    className="button-secondary"
                    aria-label={t("applications.withdrawFor", { mission: application.mission.title })}
                  >
                    {t("applications.withdraw")}
                  </Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
