// A mission's schedule in words for candidates: the weekly table, the season's months, the hours a week.
import { formatList } from "~/modules/i18n/format";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { allMonthsMask, monthsOf, slotBit } from "~/modules/schedule/masks";
import { WeekPartName, WeekTable } from "./week-table";

/** The weekly schedule as a read-only table: a clear "yes" where the mission needs someone. */
export function ScheduleTable({ mask, caption }: { mask: number; caption: string }) {
  const { t } = useI18n();
  return (
    <WeekTable
      caption={caption}
      cell={(day, part) =>
        mask & slotBit(day, part) ? (
          <span className="inline-block px-3 py-1 font-bold text-success">
            <WeekPartName part={part} />
            <span aria-hidden="true">✓ </span>
            {t("missions.scheduleYes")}
          </span>
        ) : (
          <span className="inline-block px-3 py-1 text-muted">
            <WeekPartName part={part} />
            <span aria-hidden="true">–</span>
            <span className="sr-only">{t("missions.scheduleNo")}</span>
          </span>
        )
      }
    />
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
    return formatList(names, locale);
  };
}

/** "4 to 8 hours a week", or "4 hours a week" when both ends are the same. */
export function useHoursText() {
  const { t } = useI18n();
  return (min: number, max: number) =>
    min === max ? t("missions.hoursExact", { count: min }) : t("missions.hours", { min, max });
}
