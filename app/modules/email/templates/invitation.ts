import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type InvitationParams = { inviterName: string; employerName: string; link: string; days: number };

export function invitationEmail(p: InvitationParams, t: Translate): EmailContent {
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
