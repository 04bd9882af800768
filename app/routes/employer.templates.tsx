// An organisation's email templates (/employer/templates): the messages sent to candidates, per kind and language.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { TextArea } from "~/components/text-area";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { parseForm, valueOf } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { listTemplates, resetTemplate, saveTemplate } from "~/modules/pipeline/candidate-emails.server";
import { candidateEmailKinds } from "~/modules/pipeline/candidate-email-kinds";
import { templateForm, templateResetForm } from "~/modules/pipeline/template-forms";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("templates.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  return { templates: await listTemplates(employer.id), saved: new URL(request.url).searchParams.get("saved") };
}

export async function action({ request }: ActionFunctionArgs) {
  const { employer } = await requireEmployerMember(request);
  const formData = await readForm(request);
  const saved = (kind: string, locale: string) =>
    redirect(`/employer/templates?saved=${kind}-${locale}#${kind}-${locale}`);
  if (formData.get("intent") === "reset") {
    const reset = parseForm(templateResetForm, formData);
    if (!reset.ok) throw new Response("Bad request", { status: 400 });
    await resetTemplate(employer.id, reset.data.kind, reset.data.locale);
    throw saved(reset.data.kind, reset.data.locale);
  }
  const result = parseForm(templateForm, formData);
  if (!result.ok) return { ...result, key: `${valueOf(result.values, "kind")}-${valueOf(result.values, "locale")}` };
  const { kind, locale } = result.data;
  await saveTemplate(employer.id, result.data);
  throw saved(kind, locale);
}

export default function Templates() {
  const { templates, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <h1>{t("templates.title")}</h1>
      <p className="mt-4 text-lg">{t("templates.intro")}</p>
      <p className="mt-2">{t("templates.mergeFields")}</p>
      {candidateEmailKinds.map((kind) => (
        <section key={kind} aria-labelledby={`title-${kind}`} className="mt-10">
          <h2 id={`title-${kind}`}>{t(`templates.kinds.${kind}` as TranslationKey)}</h2>
          {templates
            .filter((template) => template.kind === kind)
            .map((template) => {
              const key = `${kind}-${template.locale}`;
              const errors = failure?.key === key ? failure.errors : undefined;
              return (
                <Form key={key} id={key} method="post" noValidate className="mt-4 card">
                  <h3 className="text-xl font-bold">
                    {template.locale === "fr" ? "Français" : "English"} ·{" "}
                    {template.custom ? t("templates.custom") : t("templates.default")}
                  </h3>
                  {saved === key ? <SuccessNotice className="mt-2">{t("templates.saved")}</SuccessNotice> : null}
                  <ErrorSummary errors={errors} fieldIds={{ subject: `${key}-subject`, body: `${key}-body` }} />
                  <input type="hidden" name="kind" value={kind} />
                  <input type="hidden" name="locale" value={template.locale} />
                  <TextField
                    name="subject"
                    id={`${key}-subject`}
                    label={t("templates.subject")}
                    defaultValue={failure?.key === key ? valueOf(failure.values, "subject") : template.subject}
                    error={errors?.subject}
                  />
                  <TextArea
                    name="body"
                    id={`${key}-body`}
                    label={t("templates.body")}
                    rows={8}
                    defaultValue={failure?.key === key ? valueOf(failure.values, "body") : template.body}
                    error={errors?.body}
                  />
                  <div className="flex flex-wrap gap-4">
                    <button type="submit" name="intent" value="save" className="button">
                      {t("templates.save")}
                    </button>
                    {template.custom ? (
                      <button type="submit" name="intent" value="reset" className="button-secondary">
                        {t("templates.reset")}
                      </button>
                    ) : null}
                  </div>
                </Form>
              );
            })}
        </section>
      ))}
    </div>
  );
}
