// The team invitation: the email that asks someone to join an organisation's team (employers/team.server.ts), with
// the link that accepts it. Sent under the template key "invitation".
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type TeamInvitationParams = { inviterName: string; employerName: string; link: string; days: number };

export function teamInvitationEmail(p: TeamInvitationParams, t: Translate): EmailContent {
  return {
    subject: t("email.invitation.subject", { employer: p.employerName }),
    preheader: t("email.invitation.preheader", { inviter: p.inviterName }),
    heading: t("email.invitation.heading", { employer: p.employerName }),
    paragraphs: [t("email.invitation.intro", { inviter: p.inviterName, employer: p.employerName })],
    button: { label: t("email.invitation.button"), url: p.link },
    afterButton: [t("email.invitation.validity", { days: p.days })],
    footer: t("email.footer"),
  };
}
