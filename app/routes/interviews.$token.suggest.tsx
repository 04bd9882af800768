// A candidate for whom no proposed time works suggests other times to the recruiter (/interviews/:token/suggest).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { InterviewErrorBoundary } from "~/components/interview-not-found";
import { FormSummary } from "~/components/limit-summary";
import { TextArea } from "~/components/text-area";
import { formValues, parseForm, valueOf, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { candidateInterviewView } from "~/modules/interviews/candidate-view.server";
import { localeForInterviewPage } from "~/modules/interviews/page-language.server";
import { suggestionForm } from "~/modules/interviews/interview-forms";
import { suggestOtherTimes } from "~/modules/interviews/lifecycle.server";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("interviews.suggestPage.title");

// "None of these suit me": the candidate says in words when they are free; a person answers.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await candidateInterviewView(params.token, await localeForInterviewPage(request));
  if (!view) throw new Response("Not found", { status: 404 });
  return { view };
}

export const headers = passRetryAfter;

export async function action({ request, params }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const result = parseForm(suggestionForm, formData);
  if (!result.ok) return result;
  const outcome = await suggestOtherTimes(params.token ?? "", result.data.text);
  if (typeof outcome !== "string")
    return tooManyRequests(
      { ok: false as const, errors: {} as FieldErrors, values: formValues(formData) },
      "suggestions",
      outcome,
    );
  throw redirect(
    safeRedirectPath(
      `/interviews/${encodeURIComponent(params.token ?? "")}${outcome === "sent" ? "?done=suggested" : ""}`,
      "/",
    ),
  );
}

export default function SuggestTimes() {
  const { view } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const limit = reachedLimit(failure);
  return (
    <div className="max-w-3xl">
      <h1>{t("interviews.suggestPage.title")}</h1>
      <p className="mt-4 text-lg">{t("interviews.suggestPage.intro", { recruiter: view.recruiter })}</p>
      <Form method="post" className="mt-6" noValidate>
        <FormSummary limit={limit} errors={failure?.errors} />
        <TextArea
          name="text"
          label={t("interviews.suggestPage.label")}
          hint={t("interviews.suggestPage.hint")}
          rows={5}
          defaultValue={valueOf(failure?.values, "text")}
          error={failure?.errors.text}
        />
        <button type="submit" className="button">
          {t("interviews.suggestPage.submit")}
        </button>
      </Form>
      <p className="mt-8">
        <Link to={`/interviews/${view.token}`} className="link inline-block py-2 text-lg">
          {t("interviews.pick.notNow")}
        </Link>
      </p>
    </div>
  );
}

export const ErrorBoundary = InterviewErrorBoundary;
