import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type SignInParams = { name: string; link: string; code: string; minutes: number; isNewAccount: boolean };

export function signInEmail(p: SignInParams, t: Translate): EmailContent {
  const heading = p.isNewAccount ? t("email.signIn.headingNew") : t("email.signIn.heading", { name: p.name });
  return {
    subject: t("email.signIn.subject", { code: p.code }),
    subjectWithoutSecret: t("email.signIn.subject", { code: "••••••" }),
    preheader: t("email.signIn.preheader", { minutes: p.minutes }),
    heading,
    paragraphs: [t("email.signIn.intro", { minutes: p.minutes })],
    button: { label: t("email.signIn.button"), url: p.link },
    afterButton: [t("email.signIn.codeLine", { code: p.code }), t("email.signIn.notYou")],
    footer: t("email.footer"),
  };
}
