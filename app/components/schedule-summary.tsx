import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { allMonthsMask, dayParts, days, monthsOf, slotBit } from "~/modules/schedule/masks";

/** The weekly schedule as a read-only table: a clear "yes" where the mission needs someone. */
export function ScheduleTable({ mask, caption }: { mask: number; caption: string }) {
  const { t } = useI18n();
  return (
    <table className="mt-3 border-collapse">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <td />
          {dayParts.map((part) => (
            <th key={part} scope="col" className="px-3 py-2 text-center">
              {t(`vocab.dayParts.${part}` as TranslationKey)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day} className="border-t border-rule">
            <th scope="row" className="py-2 pr-4 text-left">
              {t(`vocab.days.${day}` as TranslationKey)}
            </th>
            {dayParts.map((part) => (
              <td key={part} className="px-3 py-2 text-center">
                {mask & slotBit(day, part) ? (
                  <span className="font-bold text-success">
                    <span aria-hidden="true">✓ </span>
                    {t("missions.scheduleYes")}
                  </span>
                ) : (
                  <span className="text-muted">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">{t("missions.scheduleNo")}</span>
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "All year", or the months in order ("June, July and August"). */
export function useSeasonText() {
  const { t, locale } = useI18n();
  return (mask: number) => {
    if ((mask & allMonthsMask) === allMonthsMask) return t("missions.allYear");
    const names = monthsOf(mask).map((month) => {
      const name = t(`vocab.months.${month}` as TranslationKey);
      return locale === "fr" ? name.toLowerCase() : name;
    });
    return new Intl.ListFormat(locale === "fr" ? "fr-CA" : "en-CA", { type: "conjunction" }).format(names);
  };
}

/** "4 to 8 hours a week", or "4 hours a week" when both ends are the same. */
export function useHoursText() {
  const { t } = useI18n();
  return (min: number, max: number) => (min === max ? t("missions.hoursExact", { hours: min }) : t("missions.hours", { min, max }));
}
