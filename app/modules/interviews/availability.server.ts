// Which times a recruiter still has free: a time booked in one interview is no longer on offer in the recruiter's
// other proposals, and a new proposal may not offer it. Reads only; the exclusion constraint
// Interview_no_double_booking is what refuses the second of two bookings made at the same moment.
import { db, type Tx } from "~/db.server";
import { endOfSlot, rangesOverlap, type SlotInput } from "./rules";

type BookedRange = { start: Date; end: Date };

/** The recruiter's booked interviews (other than `exceptInterviewId`) that could overlap the given slots. */
async function bookedRanges(
  client: Tx,
  recruiterId: string,
  slots: SlotInput[],
  exceptInterviewId?: string,
): Promise<BookedRange[]> {
  if (slots.length === 0) return [];
  const from = new Date(Math.min(...slots.map((slot) => slot.startsAt.getTime())));
  const to = new Date(Math.max(...slots.map((slot) => endOfSlot(slot).getTime())));
  const booked = await client.interview.findMany({
    where: {
      recruiterId,
      status: "booked",
      startsAt: { lt: to },
      endsAt: { gt: from },
      ...(exceptInterviewId ? { id: { not: exceptInterviewId } } : {}),
    },
    select: { startsAt: true, endsAt: true },
  });
  return booked.map((interview) => ({ start: interview.startsAt!, end: interview.endsAt! }));
}

const overlapsAny = (slot: SlotInput, ranges: BookedRange[]) =>
  ranges.some((range) => rangesOverlap({ start: slot.startsAt, end: endOfSlot(slot) }, range));

/** The numbers (1-based, in the order given) of the slots of a new proposal that the recruiter has already booked. */
export async function alreadyBookedSlots(client: Tx, recruiterId: string, slots: SlotInput[]): Promise<number[]> {
  const ranges = await bookedRanges(client, recruiterId, slots);
  return slots.flatMap((slot, index) => (overlapsAny(slot, ranges) ? [index + 1] : []));
}

/** The positions of an interview's slots that another interview of the same recruiter has booked since. */
export async function takenPositions(
  interview: { id: string; recruiterId: string; slots: (SlotInput & { position: number })[] },
  client: Tx = db,
): Promise<Set<number>> {
  const ranges = await bookedRanges(client, interview.recruiterId, interview.slots, interview.id);
  return new Set(interview.slots.filter((slot) => overlapsAny(slot, ranges)).map((slot) => slot.position));
}
