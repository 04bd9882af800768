import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type ApplicationReceivedParams = {
  name: string;
  missionTitle: string;
  employerName: string;
  applicationsLink: string;
};

export function applicationReceivedEmail(p: ApplicationReceivedParams, t: Translate): EmailContent {
  return {
    subject: t("email.applicationReceived.subject", { mission: p.missionTitle }),
    preheader: t("email.applicationReceived.preheader", { employer: p.employerName }),
    heading: t("email.applicationReceived.heading", { name: p.name }),
    paragraphs: [
      t("email.applicationReceived.intro", { mission: p.missionTitle, employer: p.employerName }),
      t("email.applicationReceived.next"),
    ],
    button: { label: t("email.applicationReceived.button"), url: p.applicationsLink },
    footer: t("email.footer"),
  };
}
