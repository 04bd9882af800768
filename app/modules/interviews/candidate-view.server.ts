// What the candidate's interview pages show, read through the token: times written out in the candidate's own
// zone and the page's language, which proposed times are still free, and whether the candidate may still move the
// interview online.
import { placeOf } from "~/modules/email/templates/interview";
import type { Locale } from "~/modules/i18n/locales";
import { takenPositions } from "./availability.server";
import { findInterviewByToken } from "./context.server";
import { expectedValue } from "./interview-forms";
import { defaultRules } from "./lifecycle.server";
import { candidateMayReschedule, slotRows } from "./rules";
import { formatSlot } from "./time";

export async function candidateInterviewView(token: string | undefined, locale: Locale, now = new Date()) {
  const ctx = await findInterviewByToken(token);
  if (!ctx) return null;
  const zone = ctx.application.candidate.user.timeZone;
  const when = (instant: Date) => formatSlot(instant, zone, locale);
  const slots = slotRows(ctx, when, now, await takenPositions(ctx));
  const change = ctx.status === "booked" ? candidateMayReschedule(ctx, defaultRules, now) : { allowed: true as const };
  return {
    token: token!,
    status: ctx.status,
    expected: expectedValue(ctx),
    place: placeOf(ctx),
    recruiter: ctx.recruiter.name,
    recruiterPhone: ctx.recruiterPhone,
    employer: ctx.application.mission.employer.name,
    mission: ctx.application.mission.title,
    /** the language the organisation writes its missions in (the title is marked with it on a page in the other) */
    missionLocale: ctx.application.mission.employer.contentLocale,
    booked:
      ctx.status === "booked" && ctx.startsAt
        ? { when: when(ctx.startsAt), past: ctx.startsAt.getTime() <= now.getTime() }
        : null,
    slots,
    allPast: slots.every((slot) => slot.past),
    /** every time still to come has been taken by another interview of the recruiter */
    noneFree: slots.every((slot) => !slot.free) && !slots.every((slot) => slot.past),
    change,
    rules: { limit: defaultRules.candidateRescheduleLimit, cutoffHours: defaultRules.rescheduleCutoffHours },
  };
}

export type CandidateInterviewView = NonNullable<Awaited<ReturnType<typeof candidateInterviewView>>>;
