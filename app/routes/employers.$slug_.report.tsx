// Reporting an organisation to the administrators (/employers/:slug/report), for anyone who reads its page.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReportForm } from "~/components/report-form";
import { findPublicOrganisation } from "~/modules/employers/open-missions.server";
import { getUser } from "~/modules/auth/session.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { submitReport } from "~/modules/moderation/report-request.server";
import { reachedLimit } from "~/modules/security/limit-words";
import { answering } from "~/modules/http/domain-errors.server";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";

export const meta = titleMeta("moderation.report.organisationTitle");

/** An organisation whose page is public (verified, neither suspended nor closed); 404 otherwise. */
async function publicOrganisationOr404(slug: string | undefined) {
  const employer = await findPublicOrganisation(slug ?? "");
  if (!employer) throw new Response("Not found", { status: 404 });
  return employer;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const employer = await publicOrganisationOr404(params.slug);
  return {
    employer,
    signedIn: Boolean(await getUser(request)),
    sent: new URL(request.url).searchParams.has("sent"),
  };
}

export const headers = passRetryAfter;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const employer = await publicOrganisationOr404(params.slug);
  const report = await answering(submitReport(request, context, { kind: "organisation", employerId: employer.id }));
  if (report.outcome === "limited") return tooManyRequests(report.typed, report.reason, report.refused);
  if (report.outcome === "invalid") return { errors: report.errors, values: report.values };
  throw redirect(`/employers/${employer.slug}/report?sent=1`);
}

export default function ReportOrganisation() {
  const { employer, signedIn, sent } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <ReportForm
      heading={t("moderation.report.organisationTitle")}
      subject={{ text: employer.name, lang: employer.contentLocale }}
      back={{ to: `/employers/${employer.slug}`, label: t("moderation.report.backToOrganisation") }}
      signedIn={signedIn}
      sent={sent}
      failure={failure}
      limit={reachedLimit(failure)}
    />
  );
}
