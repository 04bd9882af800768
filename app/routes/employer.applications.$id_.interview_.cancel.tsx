// The second step before a recruiter cancels a booked interview or withdraws a proposal: what will happen and who
// will be told, then "Oui, …" (a form carrying confirm=yes) or "Non, revenir" (a link). A plain page and a form, so
// it works without JavaScript. Another organisation's application or interview: 404, nothing changed.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnLiveApplication } from "~/modules/employers/access.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { answering, notFound } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale, getTimeZone } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { findLatestInterview } from "~/modules/interviews/context.server";
import { recruiterCancelForm } from "~/modules/interviews/interview-forms";
import { cancelByRecruiter } from "~/modules/interviews/lifecycle.server";
import { recruiterInterviewView } from "~/modules/interviews/recruiter-view.server";

export const meta = titleMeta("confirmations.recruiterCancel.titleBooked");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const application = await findOwnLiveApplication(employer.id, params.id);
  const here = `/employer/applications/${application.id}`;
  const interview = await recruiterInterviewView(application.id, await getLocale(request, user), getTimeZone(user));
  // nothing left to cancel (already cancelled, held, or started): the application's page says where it stands
  if (!interview?.canChange) throw redirect(`${here}#interview`);
  return {
    back: `${here}#interview`,
    candidate: application.candidate.user.name,
    interview: {
      id: interview.id,
      status: interview.status,
      expected: interview.expected,
      when: interview.booked?.when ?? null,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const application = await findOwnLiveApplication(employer.id, params.id);
  const form = parseForm(recruiterCancelForm, await readForm(request));
  if (!form.ok) throw new Response("Bad request", { status: 400 });
  // the interview must be this application's (and so the organisation's): anything else is not found
  const latest = await findLatestInterview(application.id);
  if (latest?.id !== form.data.interview) throw notFound();
  const result = await answering(
    cancelByRecruiter({
      employerId: employer.id,
      actor: user,
      interviewId: form.data.interview,
      expected: form.data.expected,
    }),
  );
  throw redirect(
    `/employer/applications/${application.id}?saved=${result.ok ? "interview-cancelled" : `interview-${result.reason}`}#interview`,
  );
}

export default function ConfirmInterviewCancel() {
  const { back, candidate, interview } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const booked = interview.status === "booked" && interview.when;
  return (
    <div className="max-w-3xl">
      <h1>{t(booked ? "confirmations.recruiterCancel.titleBooked" : "confirmations.recruiterCancel.titleProposed")}</h1>
      <h2 className="mt-8">{t("confirmations.whatHappens")}</h2>
      <ul className="mt-4 grid list-disc gap-2 pl-6 text-lg">
        {booked ? (
          <>
            <li>{t("confirmations.recruiterCancel.booked", { when: interview.when ?? "", candidate })}</li>
            <li>{t("confirmations.recruiterCancel.bookedTold", { candidate })}</li>
          </>
        ) : (
          <>
            <li>{t("confirmations.recruiterCancel.proposed", { candidate })}</li>
            <li>{t("confirmations.recruiterCancel.proposedTold", { candidate })}</li>
          </>
        )}
        <li>{t("confirmations.recruiterCancel.after")}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-4">
        <Form method="post">
          <input type="hidden" name="interview" value={interview.id} />
          <input type="hidden" name="expected" value={interview.expected} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit" className="button">
            {t(booked ? "confirmations.recruiterCancel.submitBooked" : "confirmations.recruiterCancel.submitProposed")}
          </button>
        </Form>
        <Link to={back} className="button-secondary">
          {t("confirmations.back")}
        </Link>
      </div>
    </div>
  );
}
