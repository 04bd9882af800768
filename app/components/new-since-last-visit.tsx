// The employer dashboard's line "new since your last visit", with a link to each application that arrived meanwhile
// (app/modules/pipeline/application-notices.server.ts, newSinceLastVisit).
import { Link } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";

type Arrival = { id: string; candidateName: string; missionTitle: string };

export function NewSinceLastVisit({ count, applications }: { count: number; applications: Arrival[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="new-since-title" className="mt-8 card">
      <h2 id="new-since-title" className="sr-only">
        {t("applicationNotices.dashboard.title")}
      </h2>
      {count === 0 ? (
        <p>{t("applicationNotices.dashboard.none")}</p>
      ) : (
        <>
          <p className="text-lg font-bold">{t("applicationNotices.dashboard.count", { count })}</p>
          <ul className="mt-4 grid gap-2">
            {applications.map((application) => (
              <li key={application.id}>
                <Link to={`/employer/applications/${application.id}`} className="link">
                  {t("applicationNotices.dashboard.item", {
                    candidate: application.candidateName,
                    mission: application.missionTitle,
                  })}
                </Link>
              </li>
            ))}
          </ul>
          {count > applications.length ? (
            <p className="mt-4">
              <Link to="/employer/pipeline" className="link">
                {t("applicationNotices.dashboard.more")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
