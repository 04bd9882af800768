// Emails about the account's own safety (app/modules/auth/fresh-proof.server.ts, address-change.server.ts,
// security-notices.server.ts): codes that prove who is there or that a new address is theirs, and notices of
// sensitive changes with a "this was not me" link. Codes never go in the subject: the outbox keeps subjects.
import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

export type CodeParams = { name: string; code: string; minutes: number };

export function proofCodeEmail(p: CodeParams, t: Translate): EmailContent {
  return {
    subject: t("security.email.proofCode.subject"),
    preheader: t("security.email.proofCode.preheader", { minutes: p.minutes }),
    heading: t("security.email.hello", { name: p.name }),
    paragraphs: [
      t("security.email.proofCode.intro"),
      t("security.email.codeLine", { code: p.code, minutes: p.minutes }),
    ],
    afterButton: [t("security.email.proofCode.notYou")],
    footer: t("email.footer"),
  };
}

export function addressCodeEmail(p: CodeParams, t: Translate): EmailContent {
  return {
    subject: t("security.email.addressCode.subject"),
    preheader: t("security.email.addressCode.preheader", { minutes: p.minutes }),
    heading: t("security.email.hello", { name: p.name }),
    paragraphs: [
      t("security.email.addressCode.intro"),
      t("security.email.codeLine", { code: p.code, minutes: p.minutes }),
    ],
    afterButton: [t("security.email.addressCode.notYou")],
    footer: t("email.footer"),
  };
}

export function addressTakenEmail(p: { name: string }, t: Translate): EmailContent {
  return {
    subject: t("security.email.addressTaken.subject"),
    preheader: t("security.email.addressTaken.preheader"),
    heading: t("security.email.hello", { name: p.name }),
    paragraphs: [t("security.email.addressTaken.intro"), t("security.email.addressTaken.next")],
    footer: t("email.footer"),
  };
}

export type NoticeParams = { name: string; notMeLink: string };

export function passwordChangedEmail(p: NoticeParams, t: Translate): EmailContent {
  return {
    subject: t("security.email.passwordChanged.subject"),
    preheader: t("security.email.passwordChanged.preheader"),
    heading: t("security.email.hello", { name: p.name }),
    paragraphs: [t("security.email.passwordChanged.intro"), t("security.email.ifYou")],
    button: { label: t("security.email.notMeButton"), url: p.notMeLink },
    afterButton: [t("security.email.passwordChanged.notMe")],
    footer: t("email.footer"),
  };
}

export function addressChangedEmail(p: NoticeParams & { newEmail: string }, t: Translate): EmailContent {
  return {
    subject: t("security.email.addressChanged.subject"),
    preheader: t("security.email.addressChanged.preheader"),
    heading: t("security.email.hello", { name: p.name }),
    paragraphs: [t("security.email.addressChanged.intro", { email: p.newEmail }), t("security.email.ifYou")],
    button: { label: t("security.email.notMeButton"), url: p.notMeLink },
    afterButton: [t("security.email.addressChanged.notMe")],
    footer: t("email.footer"),
  };
}
