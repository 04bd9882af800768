// The interview emails that answer what came back by mail (issue 13): a reply after the booking, a time taken
// meanwhile, a calendar's "yes", "maybe" or "no". Times arrive written out in the recipient's language and zone.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";
import { contactLine, type Basics } from "./interview";

export type InterviewAlreadyBookedParams = Basics & { when: string; link: string };

/** To a candidate whose reply came after the booking (or twice): the booking as it stands, not a guess. */
export function interviewAlreadyBookedEmail(p: InterviewAlreadyBookedParams, t: Translate): EmailContent {
  return {
    subject: t("interviews.email.alreadyBooked.subject", { when: p.when }),
    preheader: p.when,
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      t("interviews.email.alreadyBooked.intro", { employer: p.employerName, mission: p.missionTitle }),
      p.when,
      t("interviews.email.alreadyBooked.change"),
    ],
    button: { label: t("interviews.email.manage"), url: p.link },
    afterButton: [contactLine(p, t)],
    footer: t("email.footer"),
  };
}

export type InterviewSlotTakenParams = Basics & { slots: { label: string; url: string }[]; manageUrl: string };

/** To a candidate who replied with a time that is no longer free: the times that still are, or that a person will write. */
export function interviewSlotTakenEmail(p: InterviewSlotTakenParams, t: Translate): EmailContent {
  const noneFree = p.slots.length === 0;
  return {
    subject: t("interviews.email.slotTaken.subject", { mission: p.missionTitle }),
    preheader: t("interviews.email.slotTaken.intro"),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      noneFree
        ? t("interviews.email.slotTaken.noneFree", { recruiter: p.recruiterName })
        : t("interviews.email.slotTaken.intro"),
    ],
    choices: p.slots,
    afterButton: [...(noneFree ? [] : [t("interviews.email.slotTaken.reply")]), contactLine(p, t)],
    links: [{ label: t("interviews.email.manage"), url: p.manageUrl }],
    footer: t("email.footer"),
  };
}

export type InterviewReleasedParams = Basics & { when: string; link: string };

/** To a candidate who declined the booked time in their calendar: it is freed; would they choose another? */
export function interviewReleasedEmail(p: InterviewReleasedParams, t: Translate): EmailContent {
  return {
    subject: t("interviews.email.released.subject", { mission: p.missionTitle }),
    preheader: t("interviews.email.released.question"),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      t("interviews.email.released.intro", { when: p.when, employer: p.employerName }),
      t("interviews.email.released.question"),
    ],
    button: { label: t("interviews.email.released.choose"), url: p.link },
    afterButton: [t("interviews.email.released.nothing"), contactLine(p, t)],
    footer: t("email.footer"),
  };
}

export type CalendarAnswer = "accepted" | "tentative" | "declined" | "declinedByRecruiter";

export type InterviewCalendarAnswerParams = {
  name: string;
  candidateName: string;
  missionTitle: string;
  answer: CalendarAnswer;
  when: string;
  /** a decline by the candidate freed the time (this email then carries the CANCEL) */
  released: boolean;
  link: string;
};

/** To the recruiter, at once: what a calendar answered to the invitation. */
export function interviewCalendarAnswerEmail(p: InterviewCalendarAnswerParams, t: Translate): EmailContent {
  const words = { candidate: p.candidateName, when: p.when, mission: p.missionTitle };
  const after = p.released
    ? [t("interviews.email.calendarAnswer.released", words)]
    : p.answer === "declinedByRecruiter"
      ? [t("interviews.email.calendarAnswer.stands", words)]
      : [];
  return {
    subject: t(`interviews.email.calendarAnswer.subject.${p.answer}`, words),
    preheader: t(`interviews.email.calendarAnswer.intro.${p.answer}`, words),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [t(`interviews.email.calendarAnswer.intro.${p.answer}`, words), ...after],
    button: { label: t("interviews.email.openApplication"), url: p.link },
    footer: t("email.footer"),
  };
}
