import type { Translate } from "~/modules/i18n/translate";
import type { EmailContent } from "../layout";

/** An employer's message to a candidate about their application; the wording is already merged and chosen. */
export type CandidateUpdateParams = { subject: string; body: string; link: string };

export function candidateUpdateEmail(p: CandidateUpdateParams, t: Translate): EmailContent {
  const [heading = p.subject, ...paragraphs] = p.body
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean);
  return {
    subject: p.subject,
    preheader: paragraphs[0] ?? heading,
    heading,
    paragraphs,
    button: { label: t("email.candidateUpdate.button"), url: p.link },
    footer: t("email.footer"),
  };
}
