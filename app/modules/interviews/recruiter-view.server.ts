// The interview panel on the recruiter's application page: the latest interview with its times in the viewer's
// zone and language, and which actions make sense now.
import { placeOf } from "~/modules/email/templates/interview";
import type { Locale } from "~/modules/i18n/locales";
import { takenPositions } from "./availability.server";
import { findLatestInterview } from "./context.server";
import { expectedValue } from "./interview-forms";
import { slotRows } from "./rules";
import { formatSlot } from "./time";

export async function recruiterInterviewView(
  applicationId: string,
  locale: Locale,
  timeZone: string,
  now = new Date(),
) {
  const interview = await findLatestInterview(applicationId);
  if (!interview) return null;
  const when = (instant: Date) => formatSlot(instant, timeZone, locale);
  const started = interview.startsAt !== null && interview.startsAt.getTime() <= now.getTime();
  return {
    id: interview.id,
    status: interview.status,
    format: interview.format,
    place: placeOf(interview),
    timeZone: interview.timeZone,
    recruiterPhone: interview.recruiterPhone,
    expected: expectedValue(interview),
    candidateReschedules: interview.candidateReschedules,
    booked:
      interview.status === "booked" && interview.startsAt
        ? { when: when(interview.startsAt), position: interview.bookedPosition }
        : null,
    slots: slotRows(
      interview,
      when,
      now,
      interview.status === "proposed" || interview.status === "booked" ? await takenPositions(interview) : new Set(),
    ),
    canChange: (interview.status === "booked" && !started) || interview.status === "proposed",
    canRecordOutcome: interview.status === "booked" && started,
    isOpen: interview.status === "proposed" || interview.status === "booked",
  };
}

export type RecruiterInterviewView = NonNullable<Awaited<ReturnType<typeof recruiterInterviewView>>>;
