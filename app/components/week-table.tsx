// The week as a table (days by morning, afternoon, evening) for availability and schedules; stacks on narrow screens.
import type { ReactNode } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { dayParts, days, type Day, type DayPart } from "~/modules/schedule/masks";

/**
 * The week as a table: days in rows, morning, afternoon and evening in columns; each cell drawn by the caller. Where
 * the table has no room (a phone, large text, wider letter spacing), CSS stacks it: each day's name, then its parts
 * side by side, wrapping as they must (.week-table in app.css, WCAG 1.4.10); a cell then names its part itself with
 * WeekPartName, since no column heading stands above it.
 */
export function WeekTable({ caption, cell }: { caption?: string; cell: (day: Day, part: DayPart) => ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="week mt-3">
      <table className="week-table border-collapse">
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
    </div>
  );
}

/**
 * The part of the day, written in a cell only while the table is stacked. `decorative` when the cell already says it
 * to screen readers (a checkbox named "Tuesday, Morning").
 */
export function WeekPartName({ part, decorative = false }: { part: DayPart; decorative?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="week-part-name" aria-hidden={decorative || undefined}>
      {t(`vocab.dayParts.${part}` as TranslationKey)}{" "}
    </span>
  );
}
