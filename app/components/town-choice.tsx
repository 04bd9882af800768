// "Which town do you mean?": the towns a typed name may stand for (or the closest names to an unknown one), as
// radio buttons under the town field, on every form that takes a town (profile, mission, organisation).
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { TownView } from "~/modules/places/towns.server";
import { RadioGroup } from "./choice-field";

export function TownChoice({
  choices,
  preselected,
  typed,
  error,
}: {
  choices: TownView[] | undefined;
  preselected?: string | null;
  typed: string;
  error?: TranslationKey;
}) {
  const { t } = useI18n();
  if (!choices?.length) return null;
  return (
    <>
      {/* the choice holds only for the name it was offered for: change the name and it is read afresh */}
      <input type="hidden" name="townTyped" value={typed} />
      <RadioGroup
        name="townChoice"
        legend={error ? t("towns.choiceLegend") : t("towns.closestLegend")}
        defaultValue={preselected ?? undefined}
        error={error}
        choices={choices.map((town) => ({
          value: town.label,
          label: town.label,
          hint: town.today ? t("towns.formerHint", { today: town.today }) : undefined,
        }))}
      />
    </>
  );
}
