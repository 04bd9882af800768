// A mission in a list (home, search, saved, for you, organisation page): its title is the link, then the essentials.
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { formatMoney } from "~/modules/i18n/format";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { MissionCardData } from "~/modules/missions/card";
import { useHoursText, useSeasonText } from "./schedule-summary";
import { useOtherLanguage } from "~/components/in-language";

export type { MissionCardData };

/** A mission in a list: its title is the link, the rest says what matters at a glance. */
export function MissionCard({
  mission,
  headingLevel = 3,
  children,
}: {
  mission: MissionCardData;
  headingLevel?: 2 | 3;
  children?: ReactNode;
}) {
  const { t, locale, pathFor } = useI18n();
  const lang = useOtherLanguage()(mission.contentLocale);
  const seasonText = useSeasonText();
  const hoursText = useHoursText();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading className="text-xl font-bold">
        <Link to={pathFor(`/missions/${mission.id}`)} className="link" lang={lang}>
          {mission.title}
        </Link>
      </Heading>
      <p className="mt-1 font-bold text-muted">
        {mission.employerName} · {mission.town}
        {mission.distanceKm !== null && mission.distanceKm !== undefined
          ? ` · ${t("missions.distance", { km: Math.round(mission.distanceKm) })}`
          : ""}
      </p>
      <p className="mt-3" lang={lang}>
        {mission.summary}
      </p>
      <p className="mt-3">
        {hoursText(mission.hoursPerWeekMin, mission.hoursPerWeekMax)} · {seasonText(mission.monthsMask)}
        {mission.payMinCents !== null
          ? ` · ${t("missions.payFrom", { amount: formatMoney(mission.payMinCents, locale) })}`
          : ""}
      </p>
      {children}
    </li>
  );
}
