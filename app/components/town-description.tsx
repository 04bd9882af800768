// A town in plain words: "Sainte-Foy, ancienne ville, aujourd'hui Québec (QC)" for a former municipality, its label
// ("Trois-Rivières (QC)", "Lyon (France)") otherwise.
import { useI18n } from "~/modules/i18n/use-i18n";
import type { TownView } from "~/modules/places/towns.server";

export function useTownDescription() {
  const { t } = useI18n();
  return (town: TownView) =>
    town.today ? t("towns.former", { name: town.name, today: town.today, region: town.region }) : town.label;
}
