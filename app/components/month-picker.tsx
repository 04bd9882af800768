// Twelve month checkboxes, for months away on a profile, a mission's season and search filters.
import { useI18n } from "~/modules/i18n/use-i18n";
import type { TranslationKey } from "~/modules/i18n/translate";
import { CheckboxGroup } from "./checkbox-group";

/** Twelve month checkboxes ("1" = January); used for months away, a mission's season and search filters. */
export function MonthPicker({
  name,
  legend,
  hint,
  months,
}: {
  name: string;
  legend: string;
  hint?: string;
  months: readonly number[];
}) {
  const { t } = useI18n();
  const choices = Array.from({ length: 12 }, (_, index) => ({
    value: String(index + 1),
    label: t(`vocab.months.${index + 1}` as TranslationKey),
  }));
  return (
    <CheckboxGroup name={name} legend={legend} hint={hint} choices={choices} checked={months.map(String)} columns={4} />
  );
}
