// The sector of an organisation or a mission: a choice its owner makes, starting on "Choisissez un secteur" when there
// is none yet, never a silent default.
import { sectors } from "~/modules/candidates/vocabulary";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SelectField } from "./select-field";

export function SectorSelect({ defaultValue, error }: { defaultValue: string; error?: TranslationKey }) {
  const { t } = useI18n();
  return (
    <SelectField
      name="sector"
      label={t("editor.sector")}
      defaultValue={defaultValue}
      error={error}
      choices={[
        { value: "", label: t("firstSteps.chooseSector") },
        ...sectors.map((code) => ({ value: code, label: t(`vocab.sectors.${code}` as TranslationKey) })),
      ]}
    />
  );
}
