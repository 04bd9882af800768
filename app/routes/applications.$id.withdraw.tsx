// The second step before withdrawing an application: what will happen and who will be told, then the one button
// that does it. A plain page and a form, so it works without JavaScript.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { InLanguage, Sentence } from "~/components/in-language";
import { requireCandidate } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { findWithdrawable, withdrawApplication } from "~/modules/pipeline/applications.server";

export const meta = titleMeta("applications.confirmWithdraw.title");

async function ownWithdrawableOr404(request: Request, applicationId: string | undefined) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  // another person's application, or one already closed, is not found
  const application = await findWithdrawable(profile.id, applicationId ?? "");
  if (!application) throw new Response("Not found", { status: 404 });
  return { user, profile, application };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { application } = await ownWithdrawableOr404(request, params.id);
  return { application };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, profile, application } = await ownWithdrawableOr404(request, params.id);
  await readForm(request);
  // false when the employer decided meanwhile: the list then shows that decision
  await withdrawApplication(profile.id, application.id, user.id);
  throw redirect("/applications?withdrawn=1");
}

export default function ConfirmWithdrawal() {
  const { application } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  const employer = application.mission.employer.name;
  return (
    <div className="max-w-3xl">
      <h1>{t("applications.confirmWithdraw.title")}</h1>
      <p className="mt-6 text-lg">
        <Sentence
          text={t("applications.confirmWithdraw.mission", { employer })}
          parts={{
            mission: (
              <InLanguage lang={application.mission.employer.contentLocale}>{application.mission.title}</InLanguage>
            ),
          }}
        />
      </p>
      <h2 className="mt-8">{t("applications.confirmWithdraw.whatHappens")}</h2>
      <ul className="mt-4 grid list-disc gap-2 pl-6">
        <li>{t("applications.confirmWithdraw.employerSees", { employer })}</li>
        {application.openInterview?.startsAt ? (
          <li>
            {t("applications.confirmWithdraw.interviewCancelled", {
              time: formatDateTime(application.openInterview.startsAt),
              employer,
            })}
          </li>
        ) : application.openInterview ? (
          <li>{t("applications.confirmWithdraw.proposalCancelled", { employer })}</li>
        ) : null}
        <li>{t("applications.confirmWithdraw.applyAgain")}</li>
      </ul>
      <div className="mt-8 flex flex-wrap gap-4">
        <Form method="post">
          <button type="submit" className="button">
            {t("applications.confirmWithdraw.submit")}
          </button>
        </Form>
        <Link to="/applications" className="button-secondary">
          {t("applications.confirmWithdraw.keep")}
        </Link>
      </div>
    </div>
  );
}
