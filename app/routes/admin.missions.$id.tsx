// An administrator's page for one reported mission (/admin/missions/:id): dismiss reports, unpublish or republish.
import { ModerationOutcome } from "~/components/moderation-outcome";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ModerationReasonForm } from "~/components/moderation-reason-form";
import { OpenReports } from "~/components/open-reports";
import { RichText } from "~/components/rich-text";
import { requireAdministrator } from "~/modules/administration/access.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { alreadyHandled, wasDone } from "~/modules/http/moderation-answers.server";
import { dismissFromForm } from "~/modules/moderation/admin-answers.server";
import { unpublishForm } from "~/modules/moderation/forms";
import { moderationStatus, unpublishableStatuses } from "~/modules/missions/mission-statuses";
import { missionForModeration, republishMission, unpublishMission } from "~/modules/moderation/missions.server";
import { openReportsAbout } from "~/modules/moderation/reports.server";

export const meta = titleMeta("moderation.admin.missionTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const mission = await missionForModeration(params.id ?? "");
  if (!mission) throw new Response("Not found", { status: 404 });
  return {
    mission: {
      id: mission.id,
      title: mission.title,
      summary: mission.summary,
      description: mission.description,
      status: mission.status,
      moderationReason: mission.moderationReason,
      moderatedAt: mission.moderatedAt,
      employer: mission.employer,
    },
    reports: await openReportsAbout({ kind: "mission", missionId: mission.id }),
    done: new URL(request.url).searchParams.get("done"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const missionId = params.id ?? "";
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const back = (done: string) => redirect(`/admin/missions/${missionId}?done=${done}`);
  if (intent === "dismiss") {
    if (!(await dismissFromForm(administrator, formData))) return alreadyHandled();
    throw back("dismissed");
  }
  if (intent === "republish") {
    const outcome = await republishMission({ administrator, missionId });
    if (outcome === "organisation-suspended") return { intent, organisationSuspended: true as const };
    if (!wasDone(outcome)) return alreadyHandled();
    throw back("republished");
  }
  const result = parseForm(unpublishForm, formData);
  if (!result.ok) return { intent: "unpublish", ...result };
  if (!wasDone(await unpublishMission({ administrator, missionId, reason: result.data.reason })))
    return alreadyHandled();
  throw back("unpublished");
}

export default function MissionModeration() {
  const { mission, reports, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, formatDateTime } = useI18n();
  const failure = answer && "errors" in answer ? answer : undefined;
  const underReview = mission.status === moderationStatus.resubmitted;
  return (
    <article className="max-w-4xl">
      <p>
        <Link to="/admin/reports" className="link inline-block py-2">
          {t("moderation.admin.backToQueue")}
        </Link>
      </p>
      <h1 className="mt-4">{mission.title}</h1>
      <p className="mt-2 text-lg">
        <Link to={`/admin/organisations/${mission.employer.id}`} className="link">
          {mission.employer.name}
        </Link>
        {" · "}
        <strong>
          {t("moderation.admin.status", { status: t(`missionStatus.${mission.status}` as TranslationKey) })}
        </strong>
      </p>
      <ModerationOutcome done={done} answer={answer} />
      {answer && "organisationSuspended" in answer ? (
        <p className="mt-6 notice" role="alert">
          {t("moderation.admin.organisationSuspended")}
        </p>
      ) : null}
      {mission.moderationReason ? (
        <section aria-labelledby="reason-title" className="mt-8 notice">
          <h2 id="reason-title">{t("moderation.admin.reasonGiven")}</h2>
          <p className="mt-2 whitespace-pre-line">{mission.moderationReason}</p>
          {mission.moderatedAt ? (
            <p className="mt-2 text-muted">
              {t("moderation.admin.lastChange", { date: formatDateTime(mission.moderatedAt) })}
            </p>
          ) : null}
        </section>
      ) : null}

      {underReview ? (
        <section aria-labelledby="review-title" className="mt-10 card">
          <h2 id="review-title">{t("moderation.admin.reviewTitle")}</h2>
          <p className="mt-2">{t("moderation.admin.reviewIntro")}</p>
          <Form method="post" className="mt-6">
            <button type="submit" name="intent" value="republish" className="button">
              {t("moderation.admin.republish")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="text-title" className="mt-10">
        <h2 id="text-title">{t("moderation.admin.missionText")}</h2>
        <p className="mt-3 text-lg font-bold">{mission.summary}</p>
        <div className="mt-3">
          <RichText source={mission.description} />
        </div>
      </section>

      <OpenReports reports={reports} />

      {unpublishableStatuses.includes(mission.status) ? (
        <ModerationReasonForm
          intent="unpublish"
          field="reason"
          title={underReview ? t("moderation.admin.keepUnpublishedTitle") : t("moderation.admin.unpublishTitle")}
          explanation={t("moderation.admin.unpublishIntro")}
          label={t("moderation.admin.reasonLabel")}
          hint={t("moderation.admin.reasonHint")}
          submit={underReview ? t("moderation.admin.keepUnpublished") : t("moderation.admin.unpublish")}
          failure={failure}
        />
      ) : null}
    </article>
  );
}
