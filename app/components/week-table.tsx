import type { ReactNode } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { dayParts, days, type Day, type DayPart } from "~/modules/schedule/masks";

/** The week as a table: days in rows, morning, afternoon and evening in columns; each cell drawn by the caller. */
export function WeekTable({ caption, cell }: { caption?: string; cell: (day: Day, part: DayPart) => ReactNode }) {
  const { t } = useI18n();
  return (
    <table className="mt-3 border-collapse">
      {caption ? <caption className="sr-only">{caption}</caption> : null}
      <thead>
        <tr>
          <td />
          {dayParts.map((part) => (
            <th key={part} scope="col" className="px-3 py-2 text-center font-bold">
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
                {cell(day, part)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
