// The second step before a candidate cancels their booked interview: what will happen and who will be told, then
// "Oui, annuler l'entrevue" (a form carrying confirm=yes) or "Non, revenir" (a link). Reached from the interview's
// page without signing in: the token in the link is the permission, as on every page of the interview.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { InLanguage, Sentence } from "~/components/in-language";
import { InterviewErrorBoundary } from "~/components/interview-not-found";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { candidateInterviewView } from "~/modules/interviews/candidate-view.server";
import { candidateCancelForm } from "~/modules/interviews/interview-forms";
import { cancelByToken } from "~/modules/interviews/lifecycle.server";
import { localeForInterviewPage } from "~/modules/interviews/page-language.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("confirmations.candidateCancel.title");

const interviewPage = (token: string) => safeRedirectPath(`/interviews/${encodeURIComponent(token)}`, "/");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await candidateInterviewView(params.token, await localeForInterviewPage(request));
  if (!view) throw new Response("Not found", { status: 404 });
  // only a booked time still to come can be cancelled here; the interview's page says where anything else stands
  if (view.status !== "booked" || !view.booked || view.booked.past) throw redirect(interviewPage(view.token));
  return {
    token: view.token,
    expected: view.expected,
    when: view.booked.when,
    recruiter: view.recruiter,
    employer: view.employer,
    mission: view.mission,
    missionLocale: view.missionLocale,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const form = parseForm(candidateCancelForm, await readForm(request));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  const outcome = await cancelByToken(token, form.data.expected);
  if (!outcome.ok && outcome.reason === "not-found") throw new Response("Not found", { status: 404 });
  throw redirect(`${interviewPage(token)}?done=${outcome.ok ? "cancelled" : outcome.reason}`);
}

export default function ConfirmCandidateCancel() {
  const data = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <h1>{t("confirmations.candidateCancel.title")}</h1>
      <h2 className="mt-8">{t("confirmations.whatHappens")}</h2>
      <ul className="mt-4 grid list-disc gap-2 pl-6 text-lg">
        <li>
          <Sentence
            text={t("confirmations.candidateCancel.booked", {
              when: data.when,
              recruiter: data.recruiter,
              employer: data.employer,
            })}
            parts={{ mission: <InLanguage lang={data.missionLocale}>{data.mission}</InLanguage> }}
          />
        </li>
        <li>{t("confirmations.candidateCancel.told", { recruiter: data.recruiter })}</li>
        <li>{t("confirmations.candidateCancel.application")}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-4">
        <Form method="post">
          <input type="hidden" name="expected" value={data.expected} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="button">
            {t("confirmations.candidateCancel.submit")}
          </button>
        </Form>
        <Link to={`/interviews/${data.token}`} className="button-secondary">
          {t("confirmations.back")}
        </Link>
      </div>
    </div>
  );
}

export const ErrorBoundary = InterviewErrorBoundary;
