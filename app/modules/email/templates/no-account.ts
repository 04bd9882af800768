import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type NoAccountParams = { signUpLink: string };

/** Sent when someone asks for a sign-in link for an address that has no account: the page answered the same. */
export function noAccountEmail(p: NoAccountParams, t: Translate): EmailContent {
  return {
    subject: t("email.noAccount.subject"),
    preheader: t("email.noAccount.preheader"),
    heading: t("email.noAccount.heading"),
    paragraphs: [t("email.noAccount.intro")],
    button: { label: t("email.noAccount.button"), url: p.signUpLink },
    afterButton: [t("email.signIn.notYou")],
    footer: t("email.footer"),
  };
}
