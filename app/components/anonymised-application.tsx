// The employer's page of an anonymised application (modules/privacy/anonymise.server.ts): what the organisation keeps
// (the mission, the stage, its ratings, its timeline) and why the person is no longer named. No contact, message, CV
// or form: nothing more can be done with it.
import { Link } from "@remix-run/react";
import { ApplicationTimeline, type TimelineRow } from "~/components/application-timeline";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export type AnonymisedApplicationData = {
  application: {
    id: string;
    stage: string;
    createdAt: Date | string;
    anonymisedAt: Date | string | null;
    reason: string | null;
  };
  mission: { id: string; title: string };
  reviews: { id: string; reviewer: string; recommendation: string | null }[];
  events: TimelineRow[];
};

export function AnonymisedApplication({ data }: { data: AnonymisedApplicationData }) {
  const { t, formatDateTime } = useI18n();
  const reason = data.application.reason === "deleted-account" ? "deleted-account" : "retention";
  return (
    <div className="max-w-4xl">
      <p>
        <Link to={`/employer/pipeline?mission=${data.mission.id}`} className="link inline-block py-2">
          {t("candidatePage.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t(`retention.anonymisedName.${reason}`)}</h1>
      <p className="mt-2 text-lg">
        {t("candidatePage.forMission", { mission: data.mission.title })} ·{" "}
        <strong>{t(`pipeline.stages.${data.application.stage}` as TranslationKey)}</strong>
      </p>
      <p className="mt-1">{t("candidatePage.applied", { date: formatDateTime(data.application.createdAt) })}</p>
      <p className="notice mt-6">
        {t(`retention.employer.notice.${reason}`, {
          date: data.application.anonymisedAt ? formatDateTime(data.application.anonymisedAt) : "",
        })}
      </p>

      <section aria-labelledby="reviews-title" className="mt-8 card">
        <h2 id="reviews-title">{t("retention.employer.reviewsTitle")}</h2>
        {data.reviews.length === 0 ? (
          <p className="mt-2">{t("retention.employer.noReviews")}</p>
        ) : (
          <ul className="mt-4 grid gap-2">
            {data.reviews.map((review) => (
              <li key={review.id}>
                <strong>{review.reviewer}</strong> :{" "}
                {review.recommendation
                  ? t(`candidatePage.recommendations.${review.recommendation}` as TranslationKey)
                  : t("retention.employer.notRated")}
              </li>
            ))}
          </ul>
        )}
      </section>

      <ApplicationTimeline events={data.events} />
    </div>
  );
}
