// A saved search described in one line of words, on the alerts page and the unsubscribe page.
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { MissionSearch } from "~/modules/missions/search-params";
import { countBits } from "~/modules/schedule/masks";

/** A saved search in words: "bookshop · Sherbrooke, within 20 km · 4 times of the week · Culture and heritage". */
export function useSearchDescription() {
  const { t } = useI18n();
  return (search: MissionSearch) => {
    const parts = [
      search.q ? `« ${search.q} »` : "",
      search.town
        ? search.radiusKm
          ? t("alerts.townWithin", { town: search.town, km: search.radiusKm })
          : search.town
        : "",
      search.slots ? t("alerts.slots", { count: countBits(search.slots) }) : "",
      search.hoursMax ? t("alerts.hours", { hours: search.hoursMax }) : "",
      ...search.sectors.map((sector) => t(`vocab.sectors.${sector}` as TranslationKey)),
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(" · ") : t("alerts.allMissions");
  };
}
