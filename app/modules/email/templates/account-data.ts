// Emails about leaving (app/modules/privacy/account-deletion.server.ts, app/modules/employers/ownership.server.ts): the
// last email an account gets, to its former address, once it is deleted; the member who becomes an organisation's
// owner; the members of an organisation its owner closed.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type AccountDeletedParams = {
  name: string;
  /** "requested": the person deleted it; "inactive": unused for 3 years after a warning (the retention round) */
  reason: "requested" | "inactive";
  cancelledInterviews: number;
  anonymisedApplications: number;
  /** the privacy page, where the complaint route and the person in charge of privacy are */
  privacyLink: string;
};

export function accountDeletedEmail(p: AccountDeletedParams, t: Translate): EmailContent {
  const paragraphs = [
    t(p.reason === "inactive" ? "accountData.email.deleted.introInactive" : "accountData.email.deleted.intro"),
    t("accountData.email.deleted.erased"),
  ];
  if (p.anonymisedApplications > 0)
    paragraphs.push(t("accountData.email.deleted.applications", { count: p.anonymisedApplications }));
  if (p.cancelledInterviews > 0)
    paragraphs.push(t("accountData.email.deleted.interviews", { count: p.cancelledInterviews }));
  paragraphs.push(t("accountData.email.deleted.last"));
  return {
    subject: t("accountData.email.deleted.subject"),
    preheader: t("accountData.email.deleted.preheader"),
    heading: t("accountData.email.hello", { name: p.name }),
    paragraphs,
    afterButton: [t("accountData.email.deleted.notYou")],
    links: [{ label: t("accountData.email.deleted.privacy"), url: p.privacyLink }],
    footer: t("email.footer"),
  };
}

export type OwnershipReceivedParams = { name: string; employerName: string; formerOwnerName: string; teamLink: string };

export function ownershipReceivedEmail(p: OwnershipReceivedParams, t: Translate): EmailContent {
  return {
    subject: t("accountData.email.ownership.subject", { employer: p.employerName }),
    preheader: t("accountData.email.ownership.preheader"),
    heading: t("accountData.email.hello", { name: p.name }),
    paragraphs: [
      t("accountData.email.ownership.intro", { former: p.formerOwnerName, employer: p.employerName }),
      t("accountData.email.ownership.what"),
    ],
    button: { label: t("accountData.email.ownership.button"), url: p.teamLink },
    footer: t("email.footer"),
  };
}

export type OrganisationClosedParams = { name: string; employerName: string; ownerName: string };

export function organisationClosedEmail(p: OrganisationClosedParams, t: Translate): EmailContent {
  return {
    subject: t("accountData.email.closed.subject", { employer: p.employerName }),
    preheader: t("accountData.email.closed.preheader"),
    heading: t("accountData.email.hello", { name: p.name }),
    paragraphs: [
      t("accountData.email.closed.intro", { owner: p.ownerName, employer: p.employerName }),
      t("accountData.email.closed.what"),
      t("accountData.email.closed.account"),
    ],
    footer: t("email.footer"),
  };
}
