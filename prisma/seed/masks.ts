// Bit masks shared with the schema: weekly slots (bit = day * 3 + part) and months (bit 0 = January).

const MORNING = 0;
const AFTERNOON = 1;
const EVENING = 2;

/** Monday = 0 … Sunday = 6 */
const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];

function weekSlots(days: readonly number[], parts: readonly number[]): number {
  let mask = 0;
  for (const day of days) for (const part of parts) mask |= 1 << (day * 3 + part);
  return mask;
}

export function countBits(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

/** Months given 1 = January … 12 = December. */
export function months(...list: number[]): number {
  return list.reduce((mask, month) => mask | (1 << (month - 1)), 0);
}

export const ALL_YEAR = 4095;
export const SUMMER = months(6, 7, 8, 9);
export const MAY_TO_OCTOBER = months(5, 6, 7, 8, 9, 10);
export const APRIL_TO_OCTOBER = months(4, 5, 6, 7, 8, 9, 10);
export const WINTER = months(12, 1, 2, 3);
export const HOLIDAY_SEASON = months(11, 12);
export const TAX_SEASON = months(2, 3, 4);
export const SUGARING_SEASON = months(2, 3, 4);
export const SPRING_GARDENING = months(4, 5, 6, 7);

/** Named weekly patterns that missions pick from. */
export const SCHEDULES = {
  weekdayMornings: weekSlots(WEEKDAYS, [MORNING]),
  weekdayAfternoons: weekSlots(WEEKDAYS, [AFTERNOON]),
  weekdays: weekSlots(WEEKDAYS, [MORNING, AFTERNOON]),
  monWedFriMornings: weekSlots([0, 2, 4], [MORNING]),
  tueThu: weekSlots([1, 3], [MORNING, AFTERNOON]),
  saturdays: weekSlots([5], [MORNING, AFTERNOON]),
  weekends: weekSlots(WEEKEND, [MORNING, AFTERNOON]),
  friToSun: weekSlots([4, 5, 6], [MORNING, AFTERNOON]),
  thuToSun: weekSlots([3, 4, 5, 6], [MORNING, AFTERNOON]),
  showEvenings: weekSlots([2, 3, 4, 5], [EVENING]),
  lateWeekEvenings: weekSlots([3, 4], [EVENING]) | weekSlots([5], [AFTERNOON, EVENING]),
  weekdayEvenings: weekSlots([0, 1, 2, 3], [EVENING]),
  sundayAfternoons: weekSlots([6], [AFTERNOON]),
  midweekAfternoons: weekSlots([1, 2, 3], [AFTERNOON]),
} as const;

export type ScheduleKey = keyof typeof SCHEDULES;
