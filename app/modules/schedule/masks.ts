// Weekly slots and months as bit masks, as stored in the database (see prisma/schema.prisma):
// a slot's bit is day * 3 + part (day 0 = Monday … 6 = Sunday; part 0 morning, 1 afternoon, 2 evening),
// a month's bit is month - 1 (1 = January).
export const days = [0, 1, 2, 3, 4, 5, 6] as const;
export const dayParts = [0, 1, 2] as const;
export type Day = (typeof days)[number];
export type DayPart = (typeof dayParts)[number];
export type Slot = { day: Day; part: DayPart };

export const allSlotsMask = (1 << 21) - 1;
export const allMonthsMask = 4095;

export function slotBit(day: Day, part: DayPart): number {
  return 1 << (day * 3 + part);
}

export function slotsOf(mask: number): Slot[] {
  const slots: Slot[] = [];
  for (const day of days) for (const part of dayParts) if (mask & slotBit(day, part)) slots.push({ day, part });
  return slots;
}

export function maskOfSlots(slots: Iterable<Slot>): number {
  let mask = 0;
  for (const { day, part } of slots) mask |= slotBit(day, part);
  return mask;
}

/** Months 1-12 present in the mask, in calendar order. */
export function monthsOf(mask: number): number[] {
  return Array.from({ length: 12 }, (_, index) => index + 1).filter((month) => mask & (1 << (month - 1)));
}

export function maskOfMonths(months: Iterable<number>): number {
  let mask = 0;
  for (const month of months) if (month >= 1 && month <= 12) mask |= 1 << (month - 1);
  return mask;
}

/** From one month to another inclusive, wrapping the year end: monthRange(11, 2) is November to February. */
export function monthRange(from: number, to: number): number {
  const months: number[] = [];
  for (let month = from; ; month = (month % 12) + 1) {
    months.push(month);
    if (month === to || months.length === 12) break;
  }
  return maskOfMonths(months);
}

export function countBits(mask: number): number {
  let count = 0;
  for (let rest = mask; rest; rest &= rest - 1) count++;
  return count;
}

/** A slot as a form or URL value, "day-part" ("1-0" is Tuesday morning). */
export function slotValue({ day, part }: Slot): string {
  return `${day}-${part}`;
}

/** The mask of the "day-part" values that are valid; anything else is ignored. */
export function maskOfSlotValues(values: Iterable<string>): number {
  let mask = 0;
  for (const value of values) {
    const match = /^([0-6])-([0-2])$/.exec(value);
    if (match) mask |= slotBit(Number(match[1]) as Day, Number(match[2]) as DayPart);
  }
  return mask;
}
