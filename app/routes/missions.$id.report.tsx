// Reporting a mission to the administrators (/missions/:id/report), for anyone who reads it.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReportForm } from "~/components/report-form";
import { getUser } from "~/modules/auth/session.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { submitReport } from "~/modules/moderation/report-request.server";
import { findPublicMission } from "~/modules/missions/mission.server";
import { reachedLimit } from "~/modules/security/limit-words";
import { answering } from "~/modules/http/domain-errors.server";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";

export const meta = titleMeta("moderation.report.missionTitle");

async function publicMissionOr404(id: string | undefined) {
  const mission = await findPublicMission(id ?? "");
  if (!mission) throw new Response("Not found", { status: 404 });
  return mission;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const mission = await publicMissionOr404(params.id);
  return {
    mission: {
      id: mission.id,
      title: mission.title,
      employer: mission.employer.name,
      lang: mission.employer.contentLocale,
    },
    signedIn: Boolean(await getUser(request)),
    sent: new URL(request.url).searchParams.has("sent"),
  };
}

export const headers = passRetryAfter;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const mission = await publicMissionOr404(params.id);
  const report = await answering(submitReport(request, context, { kind: "mission", missionId: mission.id }));
  if (report.outcome === "limited") return tooManyRequests(report.typed, report.reason, report.refused);
  if (report.outcome === "invalid") return { errors: report.errors, values: report.values };
  throw redirect(`/missions/${mission.id}/report?sent=1`);
}

export default function ReportMission() {
  const { mission, signedIn, sent } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <ReportForm
      heading={t("moderation.report.missionTitle")}
      subject={{ text: `${mission.title} · ${mission.employer}`, lang: mission.lang }}
      back={{ to: `/missions/${mission.id}`, label: t("moderation.report.backToMission") }}
      signedIn={signedIn}
      sent={sent}
      failure={failure}
      limit={reachedLimit(failure)}
    />
  );
}
