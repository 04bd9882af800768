// The emails telling an employer member that someone applied: one for each application, or one digest a morning
// (app/modules/pipeline/application-notices.server.ts). Both end with a link to change that choice.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type NewApplicationParams = {
  name: string;
  candidateName: string;
  missionTitle: string;
  organisation: string;
  applicationUrl: string;
  settingsUrl: string;
};

export function newApplicationEmail(p: NewApplicationParams, t: Translate): EmailContent {
  return {
    subject: t("applicationNotices.email.each.subject", { mission: p.missionTitle }),
    preheader: t("applicationNotices.email.each.preheader", { candidate: p.candidateName, mission: p.missionTitle }),
    heading: t("applicationNotices.email.each.heading", { name: p.name }),
    paragraphs: [
      t("applicationNotices.email.each.intro", {
        candidate: p.candidateName,
        mission: p.missionTitle,
        organisation: p.organisation,
      }),
    ],
    button: { label: t("applicationNotices.email.each.button"), url: p.applicationUrl },
    footer: t("applicationNotices.email.why", { organisation: p.organisation }),
    footerLink: { label: t("applicationNotices.email.change"), url: p.settingsUrl },
  };
}

export type ApplicationDigestParams = {
  name: string;
  organisation: string;
  /** how many arrived (the list shows the first 30 of them) */
  total: number;
  /** each application, its date already written in the recipient's language and time zone */
  applications: { candidateName: string; missionTitle: string; receivedAt: string; url: string }[];
  pipelineUrl: string;
  settingsUrl: string;
};

export function applicationDigestEmail(p: ApplicationDigestParams, t: Translate): EmailContent {
  const count = p.total;
  const first = p.applications[0];
  return {
    subject: t("applicationNotices.email.digest.subject", { count, organisation: p.organisation }),
    preheader: t("applicationNotices.email.digest.preheader", {
      first: first ? `${first.candidateName}, ${first.missionTitle}` : "",
    }),
    heading: t("applicationNotices.email.digest.heading", { name: p.name }),
    paragraphs: [t("applicationNotices.email.digest.intro", { count, organisation: p.organisation })],
    items: p.applications.map((application) => ({
      label: application.candidateName,
      detail: t("applicationNotices.email.digest.item", {
        mission: application.missionTitle,
        date: application.receivedAt,
      }),
      url: application.url,
    })),
    button: { label: t("applicationNotices.email.digest.button"), url: p.pipelineUrl },
    footer: t("applicationNotices.email.why", { organisation: p.organisation }),
    footerLink: { label: t("applicationNotices.email.change"), url: p.settingsUrl },
  };
}
