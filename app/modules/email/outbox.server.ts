// The one way to send an email: render it in the recipient's language and write it to the outbox, inside the
// caller's transaction. Nothing is sent here; the worker delivers it after the change has been committed.
import { z } from "zod";
import { env } from "~/env.server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import type { Tx } from "~/db.server";
import type { Locale } from "~/modules/i18n/locales";
import { translator } from "~/modules/i18n/translate";
import { randomToken } from "~/modules/security/tokens.server";
import { renderHtml, renderText } from "./layout";
import { trimmedBody } from "./retention.server";
import { emailTemplates, type EmailTemplateName, type EmailTemplateParams } from "./templates";

export type EmailAttachment = { filename: string; contentType: string; content: string; method?: string };

const recipientSchema = z.object({
  to: z.email(),
  // a display name goes into a header: no line breaks, no angle brackets or quotes
  toName: z
    .string()
    .max(200)
    .regex(/^[^\r\n<>"]*$/),
});

export type OutgoingEmail<Name extends EmailTemplateName> = {
  to: string;
  toName: string;
  locale: Locale;
  template: Name;
  params: EmailTemplateParams<Name>;
  attachments?: EmailAttachment[];
  /** where the recipient's reply goes, if not to our sending address */
  replyTo?: string;
  /** the page that stops this kind of email, which also takes the mail program's one-click POST (RFC 8058) */
  listUnsubscribeUrl?: string;
  /** not before this instant (a reminder); delivered as soon as possible otherwise */
  sendAt?: Date;
  /** a label that lets a later change withdraw this email while it is still waiting (see withdrawPendingEmails) */
  topic?: string;
};

/** What someone is waiting for goes first (a sign-in, an interview), bulk last (search alerts): lower is sooner. */
function priorityOf(template: EmailTemplateName): number {
  if (
    template === "signIn" ||
    template === "noAccount" ||
    template === "proofCode" ||
    template === "addressCode" ||
    template.startsWith("interview")
  )
    return 0;
  return template === "searchAlert" ? 2 : 1;
}

const oneLine = (subject: string) => subject.replace(/[\r\n]+/g, " ");

export async function sendEmail<Name extends EmailTemplateName>(tx: Tx, email: OutgoingEmail<Name>) {
  const recipient = recipientSchema.parse({ to: email.to, toName: email.toName.replace(/[\r\n<>"]/g, " ") });
  const render = emailTemplates[email.template] as (
    params: EmailTemplateParams<Name>,
    t: ReturnType<typeof translator>,
  ) => ReturnType<(typeof emailTemplates)[Name]>;
  const t = translator(email.locale);
  const content = render(email.params, t);
  const privacy = { label: t("privacyPolicy.emailFooterLink"), url: publicPageUrl("/privacy", email.locale) };
  return tx.outboxEmail.create({
    data: {
      messageId: `<${randomToken()}@${env.mailDomain}>`,
      toAddress: recipient.to,
      toName: recipient.toName,
      locale: email.locale,
      template: email.template,
      // a subject with a secret in it is kept without it; the one sent is erased with the body (retention.server.ts)
      subject: oneLine(content.subjectWithoutSecret ?? content.subject),
      fullSubject: content.subjectWithoutSecret ? oneLine(content.subject) : null,
      priority: priorityOf(email.template),
      text: renderText(content, privacy),
      html: renderHtml(content, email.locale, privacy),
      attachments: JSON.stringify(email.attachments ?? []),
      replyTo: email.replyTo ? z.email().parse(email.replyTo) : null,
      listUnsubscribeUrl: email.listUnsubscribeUrl
        ? z.url({ protocol: /^https?$/ }).parse(email.listUnsubscribeUrl)
        : null,
      topic: email.topic ?? null,
      ...(email.sendAt ? { nextAttemptAt: email.sendAt } : {}),
    },
  });
}

/**
 * Withdraws the emails of a topic that have not been handed to the mail server yet, erasing what they would have
 * said (they will never be shown). Returns how many.
 */
export async function withdrawPendingEmails(tx: Tx, topic: string, now = new Date()): Promise<number> {
  const { count } = await tx.outboxEmail.updateMany({
    where: { topic, status: "pending" },
    data: { status: "withdrawn", ...trimmedBody(now) },
  });
  return count;
}
