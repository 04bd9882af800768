import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type SearchAlertParams = {
  name: string;
  missions: { title: string; employerName: string; town: string; url: string }[];
  searchUrl: string;
  unsubscribeUrl: string;
  frequency: "daily" | "weekly";
};

export function searchAlertEmail(p: SearchAlertParams, t: Translate): EmailContent {
  return {
    subject: t("email.searchAlert.subject", { count: p.missions.length }),
    preheader: t("email.searchAlert.preheader", { title: p.missions[0]?.title ?? "" }),
    heading: t("email.searchAlert.heading", { name: p.name }),
    paragraphs: [
      t(p.frequency === "daily" ? "email.searchAlert.introDaily" : "email.searchAlert.introWeekly", {
        count: p.missions.length,
      }),
    ],
    items: p.missions.map((mission) => ({
      label: mission.title,
      detail: `${mission.employerName} · ${mission.town}`,
      url: mission.url,
    })),
    button: { label: t("email.searchAlert.button"), url: p.searchUrl },
    footer: t("email.searchAlert.why"),
    footerLink: { label: t("email.searchAlert.unsubscribe"), url: p.unsubscribeUrl },
  };
}
