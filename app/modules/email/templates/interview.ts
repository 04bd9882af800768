// The interview emails. Dates arrive already written out in the recipient's language and time zone; these
// functions only choose the words around them.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type InterviewPlace = {
  format: "in_person" | "phone" | "video";
  address: string;
  accessNotes: string;
  callNumber: string;
  videoLink: string;
};

/** The place of an interview row (its format is one of the three the form accepts). */
export function placeOf(interview: {
  format: string;
  address: string;
  accessNotes: string;
  callNumber: string;
  videoLink: string;
}): InterviewPlace {
  const { format, address, accessNotes, callNumber, videoLink } = interview;
  return { format: format as InterviewPlace["format"], address, accessNotes, callNumber, videoLink };
}

type Link = { label: string; url: string };

export type Basics = {
  name: string;
  candidateName: string;
  missionTitle: string;
  employerName: string;
  recruiterName: string;
  recruiterPhone: string;
};
export type Audience = "candidate" | "recruiter";
/** Who called an interview off: one side, or the candidate by deleting their account (only the recruiter is then told). */
export type CancelCause = Audience | "deleted-account";
export type PlacePeople = Pick<Basics, "recruiterName" | "candidateName" | "recruiterPhone">;

/** How the interview happens, in a line or two, said to the candidate or to the recruiter who will call. */
export function placeLines(place: InterviewPlace, audience: Audience, p: PlacePeople, t: Translate): string[] {
  if (place.format === "phone" && !place.callNumber) {
    // the number on the candidate's profile, which the recruiter sees once the candidate books
    return audience === "candidate"
      ? [t("privacy.phoneAtProfile", { recruiter: p.recruiterName, from: p.recruiterPhone })]
      : [t("privacy.phoneAtProfileRecruiter", { candidate: p.candidateName })];
  }
  if (place.format === "phone") {
    return audience === "candidate"
      ? [
          t("interviews.email.place.phone", {
            recruiter: p.recruiterName,
            number: place.callNumber,
            from: p.recruiterPhone,
          }),
        ]
      : [t("interviews.email.place.phoneRecruiter", { candidate: p.candidateName, number: place.callNumber })];
  }
  if (place.format === "video") return [t("interviews.email.place.video", { link: place.videoLink })];
  const lines = [t("interviews.email.place.inPerson", { address: place.address })];
  if (place.accessNotes) lines.push(t("interviews.email.place.access", { notes: place.accessNotes }));
  return lines;
}

export const contactLine = (p: Basics, t: Translate) =>
  t("interviews.email.contact", { recruiter: p.recruiterName, phone: p.recruiterPhone });

/** The end of a booked interview's emails: the candidate manages it and may call; the recruiter opens the application. */
function closing(p: Basics & { audience: Audience; link: string }, t: Translate) {
  const forRecruiter = p.audience === "recruiter";
  return {
    button: { label: t(forRecruiter ? "interviews.email.openApplication" : "interviews.email.manage"), url: p.link },
    afterButton: forRecruiter ? [] : [contactLine(p, t)],
  };
}

export type InterviewProposalParams = Basics & {
  place: InterviewPlace;
  slots: Link[];
  suggestUrl: string;
  manageUrl: string;
};

export function interviewProposalEmail(p: InterviewProposalParams, t: Translate): EmailContent {
  return {
    subject: t("interviews.email.proposal.subject", { mission: p.missionTitle }),
    preheader: t("interviews.email.proposal.preheader", { employer: p.employerName }),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      t("interviews.email.proposal.intro", {
        recruiter: p.recruiterName,
        employer: p.employerName,
        mission: p.missionTitle,
      }),
      ...placeLines(p.place, "candidate", p, t),
      t("interviews.email.proposal.choose"),
    ],
    choices: p.slots,
    afterButton: [t("interviews.email.proposal.reply"), contactLine(p, t)],
    links: [
      { label: t("interviews.email.proposal.noneSuit"), url: p.suggestUrl },
      { label: t("interviews.email.manage"), url: p.manageUrl },
    ],
    footer: t("email.footer"),
  };
}

export type CalendarInvitationParams = Basics & {
  audience: Audience;
  change: "booked" | "rescheduled";
  when: string;
  place: InterviewPlace;
  googleUrl: string;
  outlookUrl: string;
  /** the candidate's manage page, or the recruiter's application page */
  link: string;
};

export function calendarInvitationEmail(p: CalendarInvitationParams, t: Translate): EmailContent {
  return {
    subject: t(
      p.change === "booked" ? "interviews.email.invitation.subjectBooked" : "interviews.email.invitation.subjectMoved",
      { when: p.when },
    ),
    preheader: t("interviews.email.invitation.preheader", { mission: p.missionTitle }),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      p.audience === "recruiter"
        ? t(
            p.change === "booked"
              ? "interviews.email.invitation.recruiterBooked"
              : "interviews.email.invitation.recruiterMoved",
            { candidate: p.candidateName, mission: p.missionTitle },
          )
        : t(
            p.change === "booked"
              ? "interviews.email.invitation.candidateBooked"
              : "interviews.email.invitation.candidateMoved",
            { employer: p.employerName, mission: p.missionTitle },
          ),
      p.when,
      ...placeLines(p.place, p.audience, p, t),
      t("interviews.email.invitation.calendar"),
    ],
    ...closing(p, t),
    links: [
      { label: t("interviews.email.google"), url: p.googleUrl },
      { label: t("interviews.email.outlook"), url: p.outlookUrl },
    ],
    footer: t("email.footer"),
  };
}

export type InterviewCancelledParams = Basics & {
  audience: Audience;
  /** the booked time in words, or null when only a proposal is withdrawn */
  when: string | null;
  by: CancelCause;
  link: string;
};

export function interviewCancelledEmail(p: InterviewCancelledParams, t: Translate): EmailContent {
  const forRecruiter = p.audience === "recruiter";
  const what =
    p.by === "deleted-account"
      ? t(p.when ? "accountData.email.interviewCancelled" : "accountData.email.proposalCancelled", {
          when: p.when ?? "",
          mission: p.missionTitle,
        })
      : p.when
        ? t(
            p.by === "candidate" ? "interviews.email.cancelled.byCandidate" : "interviews.email.cancelled.byRecruiter",
            { when: p.when, candidate: p.candidateName, employer: p.employerName },
          )
        : t("interviews.email.cancelled.proposalWithdrawn", { employer: p.employerName, mission: p.missionTitle });
  return {
    subject: p.when
      ? t("interviews.email.cancelled.subject", { when: p.when })
      : t("interviews.email.cancelled.subjectProposal", { mission: p.missionTitle }),
    preheader: t("interviews.email.invitation.preheader", { mission: p.missionTitle }),
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [what, ...(p.when ? [t("interviews.email.cancelled.calendar")] : [])],
    button: {
      label: t(forRecruiter ? "interviews.email.openApplication" : "interviews.email.followApplications"),
      url: p.link,
    },
    afterButton: forRecruiter ? [] : [contactLine(p, t)],
    footer: t("email.footer"),
  };
}

export type InterviewReminderParams = Basics & {
  audience: Audience;
  when: string;
  hoursBefore: number;
  place: InterviewPlace;
  link: string;
};

export function interviewReminderEmail(p: InterviewReminderParams, t: Translate): EmailContent {
  return {
    subject: t("interviews.email.reminder.subject", { count: p.hoursBefore, mission: p.missionTitle }),
    preheader: p.when,
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [
      p.audience === "recruiter"
        ? t("interviews.email.reminder.introRecruiter", { candidate: p.candidateName, mission: p.missionTitle })
        : t("interviews.email.reminder.intro", { employer: p.employerName, mission: p.missionTitle }),
      p.when,
      ...placeLines(p.place, p.audience, p, t),
    ],
    ...closing(p, t),
    footer: t("email.footer"),
  };
}

export type InterviewReplyReceivedParams = Basics & {
  /** the booked time in words, when the interview is booked: the message was passed on and the time stands */
  booked?: string | null;
};

/** To a candidate whose reply went to a person: a choice we could not read, or a message about a booked interview. */
export function interviewReplyReceivedEmail(p: InterviewReplyReceivedParams, t: Translate): EmailContent {
  const intro = p.booked
    ? t("interviews.email.replyReceived.introBooked", { recruiter: p.recruiterName })
    : t("interviews.email.replyReceived.intro", { recruiter: p.recruiterName });
  return {
    subject: t("interviews.email.replyReceived.subject", { mission: p.missionTitle }),
    preheader: intro,
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [intro, ...(p.booked ? [p.booked] : []), contactLine(p, t)],
    footer: t("email.footer"),
  };
}

export type InterviewNeedsAnswerParams = {
  name: string;
  candidateName: string;
  missionTitle: string;
  /**
   * suggestion: other times from the candidate's page; reply: a choice we could not read; message: the candidate's
   * words about an interview already booked (or over); stranger: an email from another address than the candidate's
   */
  kind: "suggestion" | "reply" | "message" | "stranger";
  text: string;
  /** the sender's address, shown when it is not the candidate's */
  from?: string;
  link: string;
};

/** To the recruiter: the candidate suggested other times or wrote to us, or someone else did (their address shown). */
export function interviewNeedsAnswerEmail(p: InterviewNeedsAnswerParams, t: Translate): EmailContent {
  const words = { candidate: p.candidateName, mission: p.missionTitle, from: p.from ?? "" };
  const intro = t(`interviews.email.needsAnswer.${p.kind}`, words);
  return {
    subject: t(
      p.kind === "stranger" ? "interviews.email.needsAnswer.strangerSubject" : "interviews.email.needsAnswer.subject",
      words,
    ),
    preheader: intro,
    heading: t("interviews.email.hello", { name: p.name }),
    paragraphs: [intro, t("interviews.email.quoted", { text: p.text })],
    button: { label: t("interviews.email.openApplication"), url: p.link },
    footer: t("email.footer"),
  };
}
