// The warning before an unused account is deleted (app/modules/privacy/retention.server.ts): three years without a
// sign-in, deleted 30 days after this email unless the person signs in.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

/** `date`: the deletion's date and time, already written in the person's language and time zone. */
export type AccountInactiveParams = { name: string; date: string; signInLink: string };

export function accountInactiveEmail(p: AccountInactiveParams, t: Translate): EmailContent {
  return {
    subject: t("retention.inactiveEmail.subject", { date: p.date }),
    preheader: t("retention.inactiveEmail.preheader"),
    heading: t("retention.inactiveEmail.heading"),
    paragraphs: [
      t("retention.inactiveEmail.greeting", { name: p.name }),
      t("retention.inactiveEmail.intro", { date: p.date }),
      t("retention.inactiveEmail.keep"),
      t("retention.inactiveEmail.letGo"),
    ],
    button: { label: t("retention.inactiveEmail.button"), url: p.signInLink },
    footer: t("email.footer"),
  };
}
