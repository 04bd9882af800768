import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { describedBy, FieldMessages } from "./field-messages";
import { dayParts, days, slotBit, slotValue } from "~/modules/schedule/masks";

/**
 * The weekly grid: 7 days by morning, afternoon and evening. Plain checkboxes in a table, so it works without
 * JavaScript and by keyboard; every box is named "Tuesday, morning" for screen readers.
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
      <table className="mt-3 border-collapse">
        <thead>
          <tr>
            <td />
            {dayParts.map((part) => (
              <th key={part} scope="col" className="px-2 py-2 text-center font-bold">
                {t(`vocab.dayParts.${part}` as TranslationKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day} className="border-t border-rule">
              <th scope="row" className="py-1 pr-4 text-left font-bold">
                {t(`vocab.days.${day}` as TranslationKey)}
              </th>
              {dayParts.map((part) => (
                <td key={part} className="p-0 text-center">
                  <label className="flex min-h-target min-w-[5rem] cursor-pointer items-center justify-center">
                    <input
                      type="checkbox"
                      name={name}
                      value={slotValue({ day, part })}
                      defaultChecked={(mask & slotBit(day, part)) !== 0}
                      className="h-7 w-7 accent-brand"
                    />
                    <span className="sr-only">
                      {t(`vocab.days.${day}` as TranslationKey)}, {t(`vocab.dayParts.${part}` as TranslationKey)}
                    </span>
                  </label>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
