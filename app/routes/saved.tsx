// A candidate's saved missions (/saved).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MissionCard } from "~/components/mission-card";
import { requireCandidate } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { listSavedMissionIds } from "~/modules/candidates/saved-missions.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { findOpenMissions, missionCardData } from "~/modules/missions/mission.server";

export const meta = titleMeta("saved.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const saved = await listSavedMissionIds(profile.id);
  const missions = await findOpenMissions(saved.map((row) => row.missionId));
  return {
    closedCount: saved.length - missions.length,
    missions: missions.map((mission) => ({
      ...missionCardData(mission),
    })),
  };
}

export default function SavedMissions() {
  const { missions, closedCount } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("saved.title")}</h1>
      <p className="mt-4">
        <Link to="/alerts" className="link">
          {t("saved.alertsLink")}
        </Link>
      </p>
      {missions.length === 0 ? (
        <p className="mt-6">{t("saved.none")}</p>
      ) : (
        <ul className="mt-8 grid gap-6">
          {missions.map((mission) => (
            <MissionCard key={mission.id} mission={mission} headingLevel={2} />
          ))}
        </ul>
      )}
      {closedCount > 0 ? <p className="mt-6 text-muted">{t("saved.closed", { count: closedCount })}</p> : null}
    </div>
  );
}
