// A candidate's suggested missions (/missions/for-you): the best matches for their profile, with the reasons.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { MatchReasons } from "~/components/match-reasons";
import { MissionCard } from "~/components/mission-card";
import { requireCandidate } from "~/modules/auth/session.server";
import { profileProgress } from "~/modules/candidates/profile";
import { loadProfile } from "~/modules/candidates/profile.server";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { missionCardData } from "~/modules/missions/mission.server";
import { describeReasons } from "~/modules/matching";
import { missionsForCandidate } from "~/modules/candidates/missions-for-candidate.server";
import { distanceKm } from "~/modules/places/distance";

export const meta = titleMeta("forYou.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const locale = await getLocale(request, user);
  const ranked = profile.completedSteps.length > 0 ? await missionsForCandidate(profile) : [];
  return {
    progress: profileProgress(profile).done,
    missions: ranked.map(({ mission, result }) => ({
      ...missionCardData(mission),
      distanceKm:
        profile.home && mission.latitude !== null && mission.longitude !== null
          ? distanceKm(profile.home, { latitude: mission.latitude, longitude: mission.longitude })
          : null,
      score: result.score,
      reasons: describeReasons(result, locale, 3),
    })),
  };
}

export default function MissionsForYou() {
  const { missions, progress } = useLoaderData<typeof loader>();
  const { t, pathFor } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("forYou.title")}</h1>
      <p className="mt-4 text-lg">{t("forYou.intro")}</p>
      {progress < 6 ? (
        <p className="mt-6 notice">
          {t("forYou.betterWithProfile")}{" "}
          <Link to="/profile" className="link">
            {t("missions.completeProfile")}
          </Link>
        </p>
      ) : null}
      {missions.length === 0 ? (
        <p className="mt-8">
          {t("forYou.none")}{" "}
          <Link to={pathFor("/missions")} className="link">
            {t("forYou.browse")}
          </Link>
        </p>
      ) : (
        <ol className="mt-8 grid gap-6">
          {missions.map((mission) => (
            <MissionCard key={mission.id} mission={mission} headingLevel={2}>
              <p className="mt-3 font-bold">{t("search.fit", { score: mission.score })}</p>
              <MatchReasons reasons={mission.reasons} />
            </MissionCard>
          ))}
        </ol>
      )}
    </div>
  );
}
