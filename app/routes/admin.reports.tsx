// The administrators' report queue (/admin/reports): reported missions and organisations, and resubmitted missions.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireAdministrator } from "~/modules/administration/access.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reportReasons } from "~/modules/moderation/forms";
import { resubmittedMissions } from "~/modules/moderation/missions.server";
import { openReportGroups } from "~/modules/moderation/reports.server";

export const meta = titleMeta("moderation.admin.queueTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const [groups, resubmitted] = await Promise.all([openReportGroups(), resubmittedMissions()]);
  return {
    groups: groups.map((group) => ({
      ...group,
      path:
        group.target.kind === "mission"
          ? `/admin/missions/${group.target.missionId}`
          : `/admin/organisations/${group.target.employerId}`,
    })),
    resubmitted,
  };
}

export default function ReportQueue() {
  const { groups, resubmitted } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("moderation.admin.queueTitle")}</h1>
      <p className="mt-4 text-lg">{t("moderation.admin.queueIntro")}</p>
      <p className="mt-4">
        <Link to="/admin/accounts" className="link inline-block py-2">
          {t("moderation.admin.accountsLink")}
        </Link>
      </p>

      <section aria-labelledby="resubmitted-title" className="mt-10">
        <h2 id="resubmitted-title">{t("moderation.admin.resubmittedTitle", { count: resubmitted.length })}</h2>
        {resubmitted.length === 0 ? (
          <p className="mt-3">{t("moderation.admin.noResubmitted")}</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {resubmitted.map((mission) => (
              <li key={mission.id} className="card">
                <h3 className="text-xl">
                  <Link to={`/admin/missions/${mission.id}`} className="link">
                    {mission.title}
                  </Link>
                </h3>
                <p className="mt-1">
                  {mission.employer.name}
                  {mission.moderatedAt
                    ? ` · ${t("moderation.admin.waitingSince", { date: formatDateTime(mission.moderatedAt) })}`
                    : ""}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="groups-title" className="mt-10">
        <h2 id="groups-title">{t("moderation.admin.groupsTitle")}</h2>
        {groups.length === 0 ? (
          <p className="mt-3">{t("moderation.admin.noReports")}</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {groups.map((group) => (
              <li key={group.path} className="card">
                <h3 className="text-xl">
                  <Link to={group.path} className="link">
                    {group.title}
                  </Link>
                </h3>
                <p className="mt-1">
                  <strong>
                    {group.target.kind === "mission"
                      ? t("moderation.admin.kindMission", { organisation: group.organisation })
                      : t("moderation.admin.kindOrganisation")}
                  </strong>
                  {" · "}
                  {t("moderation.admin.reportCount", { count: group.count })}
                  {" · "}
                  {t("moderation.admin.newest", { date: formatDateTime(group.newestAt) })}
                </p>
                <p className="mt-1 text-muted">
                  {reportReasons
                    .filter((reason) => group.reasons[reason])
                    .map((reason) =>
                      t("moderation.admin.reasonCount", {
                        reason: t(`moderation.reasons.${reason}`),
                        count: group.reasons[reason] ?? 0,
                      }),
                    )
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
