// The weekly availability grid of checkboxes (day × morning, afternoon, evening), for a profile, a mission or a search.
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { slotBit, slotValue } from "~/modules/schedule/masks";
import { describedBy, FieldMessages } from "./field-messages";
import { WeekPartName, WeekTable } from "./week-table";

/**
 * The weekly grid to fill in: plain checkboxes, so it works without JavaScript and by keyboard; every box is named
 * "Tuesday, Morning" for screen readers.
 */
export function AvailabilityGrid({
  name,
  legend,
  hint,
  mask,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  mask: number;
  error?: TranslationKey;
}) {
  const { t } = useI18n();
  return (
    <fieldset className="field" id={name} aria-describedby={describedBy(name, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      <WeekTable
        cell={(day, part) => (
          <label className="week-choice flex min-h-target min-w-[5rem] cursor-pointer items-center justify-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={slotValue({ day, part })}
              defaultChecked={(mask & slotBit(day, part)) !== 0}
              className="h-7 w-7 shrink-0 accent-brand"
            />
            <WeekPartName part={part} decorative />
            <span className="sr-only">
              {t(`vocab.days.${day}` as TranslationKey)}, {t(`vocab.dayParts.${part}` as TranslationKey)}
            </span>
          </label>
        )}
      />
    </fieldset>
  );
}
