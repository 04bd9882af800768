// The interview rules, pure: to whom an interview may be proposed, when a candidate may still move it online, when
// reminders go out, and when two interviews overlap.
import { isFinalStage } from "~/modules/vocabulary/pipeline-stages";

const HOUR_MS = 3_600_000;

export type InterviewRules = {
  /** hours before the start when a reminder goes out, such as [24, 2] */
  reminderHours: number[];
  /** how many times a candidate may move a booked interview online */
  candidateRescheduleLimit: number;
  /** no online change by the candidate closer than this to the start */
  rescheduleCutoffHours: number;
};

export type CandidateChange = { allowed: true } | { allowed: false; reason: "limit" | "too-late" };

export function candidateMayReschedule(
  interview: { candidateReschedules: number; startsAt: Date | null },
  rules: InterviewRules,
  now: Date,
): CandidateChange {
  if (interview.candidateReschedules >= rules.candidateRescheduleLimit) return { allowed: false, reason: "limit" };
  if (interview.startsAt && interview.startsAt.getTime() - now.getTime() < rules.rescheduleCutoffHours * HOUR_MS) {
    return { allowed: false, reason: "too-late" };
  }
  return { allowed: true };
}

/** The reminders still worth sending for an interview starting at `startsAt`: none in the past. */
export function reminderTimes(startsAt: Date, rules: InterviewRules, now: Date): { hoursBefore: number; at: Date }[] {
  return rules.reminderHours
    .map((hoursBefore) => ({ hoursBefore, at: new Date(startsAt.getTime() - hoursBefore * HOUR_MS) }))
    .filter((reminder) => reminder.at.getTime() > now.getTime());
}

export type TimeRange = { start: Date; end: Date };
export type SlotInput = { startsAt: Date; durationMinutes: number };

/** Two ranges overlap when each starts before the other ends; back-to-back interviews do not. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

export const endOfSlot = (slot: SlotInput) => new Date(slot.startsAt.getTime() + slot.durationMinutes * 60_000);

export type SlotRow = {
  position: number;
  when: string;
  minutes: number;
  past: boolean;
  booked: boolean;
  taken: boolean;
  free: boolean;
};

/**
 * The proposed slots as the pages list them: written out for the viewer, past or not, which one is booked, which ones
 * another interview of the recruiter has taken since (`taken`, see availability.server.ts), and which are still free
 * to choose.
 */
export function slotRows(
  interview: { status: string; bookedPosition: number | null; slots: (SlotInput & { position: number })[] },
  when: (instant: Date) => string,
  now: Date,
  taken: ReadonlySet<number> = new Set(),
): SlotRow[] {
  return interview.slots.map((slot) => {
    const past = slot.startsAt.getTime() <= now.getTime();
    const booked = interview.status === "booked" && interview.bookedPosition === slot.position;
    const isTaken = !booked && taken.has(slot.position);
    return {
      position: slot.position,
      when: when(slot.startsAt),
      minutes: slot.durationMinutes,
      past,
      booked,
      taken: isTaken,
      free: !past && !booked && !isTaken,
    };
  });
}

/** No interview is proposed to a person who withdrew, was turned down or was hired: their application is closed. */
export function mayProposeInterview(stage: string): boolean {
  return !isFinalStage(stage);
}
