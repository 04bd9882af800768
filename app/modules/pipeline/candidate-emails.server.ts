// The emails recruiters send candidates (stage changes, "not selected", "still reviewing", "invitation to apply"):
// the employer's own wording if it wrote one, else our respectful default, in the candidate's language, with the
// merge fields {candidate}, {mission} and {employer} filled in.
import { db, type Tx } from "~/db.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { localeOr, type Locale } from "~/modules/i18n/locales";
import { translate, type TranslationKey } from "~/modules/i18n/translate";
import { candidateEmailKinds, type CandidateEmailKind } from "./candidate-email-kinds";

export type MergeFields = { candidate: string; mission: string; employer: string };

export function fillMergeFields(text: string, fields: MergeFields): string {
  return text.replace(/\{(candidate|mission|employer)\}/g, (_, name: keyof MergeFields) => fields[name]);
}

export function defaultWording(kind: CandidateEmailKind, locale: Locale) {
  return {
    subject: translate(locale, `candidateEmails.${kind}.subject` as TranslationKey),
    body: translate(locale, `candidateEmails.${kind}.body` as TranslationKey),
  };
}

/** The wording to use: the employer's template for this kind and language, else the default. */
export async function wordingFor(tx: Tx, employerId: string, kind: CandidateEmailKind, locale: Locale) {
  const custom = await tx.employerEmailTemplate.findUnique({
    where: { employerId_kind_locale: { employerId, kind, locale } },
  });
  return custom ? { subject: custom.subject, body: custom.body } : defaultWording(kind, locale);
}

/** The email as the candidate would read it: the wording in their language with the merge fields filled in. */
export async function filledWording(
  tx: Tx,
  employerId: string,
  kind: CandidateEmailKind,
  locale: Locale,
  fields: MergeFields,
) {
  const wording = await wordingFor(tx, employerId, kind, locale);
  return { subject: fillMergeFields(wording.subject, fields), body: fillMergeFields(wording.body, fields) };
}

/**
 * Queues the email (inside the caller's transaction) and records it on the application's timeline. `written` is the
 * text the recruiter read and perhaps edited, sent as it is; without it, the organisation's wording is filled in.
 * `sendAt` and `topic` hold it in the outbox for a while, withdrawable (a move's undo, move-emails.server.ts).
 */
export async function sendCandidateEmail(
  tx: Tx,
  input: {
    kind: CandidateEmailKind;
    employerId: string;
    to: { email: string; name: string; locale: string };
    fields: MergeFields;
    link: string;
    applicationId?: string;
    actorId?: string;
    written?: { subject: string; body: string };
    sendAt?: Date;
    topic?: string;
  },
) {
  const locale = localeOr(input.to.locale);
  const text = input.written ?? (await filledWording(tx, input.employerId, input.kind, locale, input.fields));
  const email = await sendEmail(tx, {
    to: input.to.email,
    toName: input.to.name,
    locale,
    template: "candidateUpdate",
    params: { subject: text.subject, body: text.body, link: input.link },
    sendAt: input.sendAt,
    topic: input.topic,
  });
  if (input.applicationId) {
    await tx.applicationEvent.create({
      data: {
        applicationId: input.applicationId,
        actorId: input.actorId,
        kind: "email",
        details: JSON.stringify({
          kind: input.kind,
          outboxId: email.id,
          subject: email.subject,
          ...(input.sendAt ? { sendAt: input.sendAt.toISOString() } : {}),
        }),
      },
    });
  }
  return email;
}

/** Saves the employer's own wording for one kind and language. */
export async function saveTemplate(
  employerId: string,
  input: { kind: CandidateEmailKind; locale: Locale; subject: string; body: string },
) {
  await db.employerEmailTemplate.upsert({
    where: { employerId_kind_locale: { employerId, kind: input.kind, locale: input.locale } },
    create: { employerId, ...input },
    update: { subject: input.subject, body: input.body },
  });
}

/** Goes back to the default wording. */
export async function resetTemplate(employerId: string, kind: CandidateEmailKind, locale: Locale) {
  await db.employerEmailTemplate.deleteMany({ where: { employerId, kind, locale } });
}

/** Every kind in both languages, with the wording in use and whether it is the employer's own. */
export async function listTemplates(employerId: string) {
  const custom = await db.employerEmailTemplate.findMany({ where: { employerId } });
  return candidateEmailKinds.flatMap((kind) =>
    (["fr", "en"] as const).map((locale) => {
      const own = custom.find((template) => template.kind === kind && template.locale === locale);
      return {
        kind,
        locale,
        custom: Boolean(own),
        ...(own ? { subject: own.subject, body: own.body } : defaultWording(kind, locale)),
      };
    }),
  );
}
