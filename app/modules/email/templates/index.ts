// Every email Chevronné sends, by name. Add a template here and it can be sent with sendEmail().
import {
  addressChangedEmail,
  addressCodeEmail,
  addressTakenEmail,
  passwordChangedEmail,
  proofCodeEmail,
} from "./account-security";
import { accountDeletedEmail, organisationClosedEmail, ownershipReceivedEmail } from "./account-data";
import { accountInactiveEmail } from "./account-inactive";
import { applicationReceivedEmail } from "./application-received";
import { applicationDigestEmail, newApplicationEmail } from "./application-notices";
import { candidateUpdateEmail } from "./candidate-update";
import {
  interviewCancelledEmail,
  calendarInvitationEmail,
  interviewNeedsAnswerEmail,
  interviewProposalEmail,
  interviewReminderEmail,
  interviewReplyReceivedEmail,
} from "./interview";
import {
  interviewAlreadyBookedEmail,
  interviewCalendarAnswerEmail,
  interviewReleasedEmail,
  interviewSlotTakenEmail,
} from "./interview-answers";
import { teamInvitationEmail } from "./team-invitation";
import { missionRepublishedEmail, missionUnpublishedEmail, reinstatedEmail, suspendedEmail } from "./moderation";
import { noAccountEmail } from "./no-account";
import { organisationRefusedEmail, organisationVerifiedEmail } from "./organisation-verification";
import { searchAlertEmail } from "./search-alert";
import { signInEmail } from "./sign-in";

export const emailTemplates = {
  proofCode: proofCodeEmail,
  addressCode: addressCodeEmail,
  addressTaken: addressTakenEmail,
  passwordChanged: passwordChangedEmail,
  addressChanged: addressChangedEmail,
  signIn: signInEmail,
  noAccount: noAccountEmail,
  accountInactive: accountInactiveEmail,
  accountDeleted: accountDeletedEmail,
  ownershipReceived: ownershipReceivedEmail,
  organisationClosed: organisationClosedEmail,
  organisationVerified: organisationVerifiedEmail,
  organisationRefused: organisationRefusedEmail,
  applicationReceived: applicationReceivedEmail,
  newApplication: newApplicationEmail,
  applicationDigest: applicationDigestEmail,
  searchAlert: searchAlertEmail,
  candidateUpdate: candidateUpdateEmail,
  // the keys are stored with each email (OutboxEmail.template): "invitation" is the team invitation,
  // "interviewInvitation" the calendar invitation of a booked or moved interview (README, glossary)
  invitation: teamInvitationEmail,
  interviewProposal: interviewProposalEmail,
  interviewInvitation: calendarInvitationEmail,
  interviewCancelled: interviewCancelledEmail,
  interviewReminder: interviewReminderEmail,
  interviewReplyReceived: interviewReplyReceivedEmail,
  interviewNeedsAnswer: interviewNeedsAnswerEmail,
  interviewAlreadyBooked: interviewAlreadyBookedEmail,
  interviewSlotTaken: interviewSlotTakenEmail,
  interviewReleased: interviewReleasedEmail,
  interviewCalendarAnswer: interviewCalendarAnswerEmail,
  missionUnpublished: missionUnpublishedEmail,
  missionRepublished: missionRepublishedEmail,
  suspended: suspendedEmail,
  reinstated: reinstatedEmail,
};

export type EmailTemplateName = keyof typeof emailTemplates;
export type EmailTemplateParams<Name extends EmailTemplateName> = Parameters<(typeof emailTemplates)[Name]>[0];
