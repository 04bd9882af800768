// Emails of moderation (app/modules/moderation/): a mission unpublished by an administrator and published again, and
// an account or organisation suspended and reinstated. Each says why in the administrator's words, and what to do.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type MissionUnpublishedParams = { name: string; mission: string; reason: string; link: string };

export function missionUnpublishedEmail(p: MissionUnpublishedParams, t: Translate): EmailContent {
  return {
    subject: t("moderation.email.unpublished.subject", { mission: p.mission }),
    preheader: t("moderation.email.unpublished.preheader"),
    heading: t("moderation.email.unpublished.heading", { mission: p.mission }),
    paragraphs: [
      t("moderation.email.greeting", { name: p.name }),
      t("moderation.email.unpublished.intro", { mission: p.mission }),
      t("moderation.email.reason", { reason: p.reason }),
      t("moderation.email.unpublished.next"),
    ],
    button: { label: t("moderation.email.unpublished.button"), url: p.link },
    footer: t("email.footer"),
  };
}

export type MissionRepublishedParams = { name: string; mission: string; link: string };

export function missionRepublishedEmail(p: MissionRepublishedParams, t: Translate): EmailContent {
  return {
    subject: t("moderation.email.republished.subject", { mission: p.mission }),
    preheader: t("moderation.email.republished.preheader"),
    heading: t("moderation.email.republished.heading", { mission: p.mission }),
    paragraphs: [
      t("moderation.email.greeting", { name: p.name }),
      t("moderation.email.republished.intro", { mission: p.mission }),
    ],
    button: { label: t("moderation.email.republished.button"), url: p.link },
    footer: t("email.footer"),
  };
}

/** For an organisation, `organisation` is its name; for an account alone, null. */
export type SuspensionParams = { name: string; organisation: string | null; reason: string };

export function suspendedEmail(p: SuspensionParams, t: Translate): EmailContent {
  const intro = p.organisation
    ? t("moderation.email.suspended.organisationIntro", { organisation: p.organisation })
    : t("moderation.email.suspended.accountIntro");
  return {
    subject: p.organisation
      ? t("moderation.email.suspended.organisationSubject", { organisation: p.organisation })
      : t("moderation.email.suspended.accountSubject"),
    preheader: intro,
    heading: p.organisation
      ? t("moderation.email.suspended.organisationSubject", { organisation: p.organisation })
      : t("moderation.email.suspended.accountSubject"),
    paragraphs: [
      t("moderation.email.greeting", { name: p.name }),
      intro,
      t("moderation.email.reason", { reason: p.reason }),
      t("moderation.email.suspended.next"),
    ],
    footer: t("email.footer"),
  };
}

export type ReinstatedParams = { name: string; organisation: string | null; link: string };

export function reinstatedEmail(p: ReinstatedParams, t: Translate): EmailContent {
  const intro = p.organisation
    ? t("moderation.email.reinstated.organisationIntro", { organisation: p.organisation })
    : t("moderation.email.reinstated.accountIntro");
  return {
    subject: t("moderation.email.reinstated.subject"),
    preheader: intro,
    heading: t("moderation.email.reinstated.subject"),
    paragraphs: [t("moderation.email.greeting", { name: p.name }), intro],
    button: { label: t("moderation.email.reinstated.button"), url: p.link },
    footer: t("email.footer"),
  };
}
