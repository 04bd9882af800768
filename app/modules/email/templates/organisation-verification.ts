// The two answers to an organisation's verification (app/modules/administration/verification.server.ts), written to
// its owner in their language: verified (with how many waiting missions went live), or refused with the reason an
// administrator wrote, quoted as written.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type OrganisationVerifiedParams = { name: string; organisation: string; published: number; link: string };

export function organisationVerifiedEmail(p: OrganisationVerifiedParams, t: Translate): EmailContent {
  return {
    subject: t("administration.email.verified.subject", { organisation: p.organisation }),
    preheader: t("administration.email.verified.preheader"),
    heading: t("administration.email.verified.heading"),
    paragraphs: [
      t("administration.email.verified.greeting", { name: p.name }),
      t("administration.email.verified.intro", { organisation: p.organisation }),
      p.published > 0
        ? t("administration.email.verified.published", { count: p.published })
        : t("administration.email.verified.nonePublished"),
    ],
    button: { label: t("administration.email.verified.button"), url: p.link },
    footer: t("email.footer"),
  };
}

export type OrganisationRefusedParams = { name: string; organisation: string; reason: string };

export function organisationRefusedEmail(p: OrganisationRefusedParams, t: Translate): EmailContent {
  return {
    subject: t("administration.email.refused.subject", { organisation: p.organisation }),
    preheader: t("administration.email.refused.preheader"),
    heading: t("administration.email.refused.heading"),
    paragraphs: [
      t("administration.email.refused.greeting", { name: p.name }),
      t("administration.email.refused.intro", { organisation: p.organisation }),
      t("administration.email.refused.reason", { reason: p.reason }),
      t("administration.email.refused.next"),
    ],
    footer: t("email.footer"),
  };
}
