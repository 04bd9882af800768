// A mission's public page (/missions/:id, /en/…): what it asks and offers, why it suits a candidate, save or apply.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { MatchReasons } from "~/components/match-reasons";
import { useOtherLanguage } from "~/components/in-language";
import { MissionDetails } from "~/components/mission-details";
import { RichText } from "~/components/rich-text";
import { findApplicationTo } from "~/modules/pipeline/applications.server";
import { getUser, requireCandidate } from "~/modules/auth/session.server";
import { profileForMatching } from "~/modules/candidates/profile";
import { loadProfile } from "~/modules/candidates/profile.server";
import { forgetMission, isMissionSaved, saveMission } from "~/modules/candidates/saved-missions.server";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { describeReasons, scoreMatch } from "~/modules/matching";
import { jobPosting, scriptJson } from "~/modules/missions/job-posting";
import { findPublicMission, missionForMatching } from "~/modules/missions/mission.server";
import { distanceKm } from "~/modules/places/distance";
import { readForm } from "~/modules/request-gate/read-form.server";
import { translate } from "~/modules/i18n/translate";
import { withShareCard } from "~/modules/share-cards/meta";
import { employerShareImage } from "~/modules/share-cards/share-image.server";
import { photoList } from "~/modules/json-columns";

export const meta: MetaFunction<typeof loader> = withShareCard<typeof loader>(
  ({ data }) => [
    { title: data ? `${data.mission.title} · ${data.mission.employer.name} · Chevronné` : "Chevronné" },
    ...(data ? [{ name: "description", content: data.mission.summary }] : []),
  ],
  ({ data }) => data?.shareImage,
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const mission = await findPublicMission(params.id ?? "");
  if (!mission) throw new Response("Not found", { status: 404 });
  const user = await getUser(request);
  const locale = await answering(getLocale(request, user));
  let candidate = null;
  if (user?.kind === "candidate") {
    const profile = await loadProfile(user.id);
    const result = scoreMatch(profileForMatching(profile), missionForMatching(mission));
    const application = await findApplicationTo(mission.id, profile.id);
    candidate = {
      score: result.score,
      excluded: result.excluded,
      reasons: describeReasons(result, locale, 6),
      application,
      saved: await isMissionSaved(profile.id, mission.id),
      distance:
        profile.home && mission.latitude !== null && mission.longitude !== null
          ? Math.round(distanceKm(profile.home, { latitude: mission.latitude, longitude: mission.longitude }))
          : null,
      profileStarted: profile.completedSteps.length > 0,
    };
  }
  return {
    mission,
    candidate,
    signedIn: Boolean(user),
    // the printed sheet says where to find the mission, since paper has no links
    webAddress: publicPageUrl(`/missions/${mission.id}`, locale),
    jsonLd: mission.open ? scriptJson(jobPosting(mission, locale)) : null,
    shareImage: await employerShareImage({
      name: mission.employer.name,
      logoFileId: mission.employer.logoFileId,
      photos: photoList(mission.employer.photos),
      logoAlt: translate(locale, "organisation.logoAlt", { name: mission.employer.name }),
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  requireKnownLanguage(params);
  const user = await requireCandidate(request);
  const mission = await findPublicMission(params.id ?? "");
  if (!mission) throw new Response("Not found", { status: 404 });
  const profile = await loadProfile(user.id);
  const intent = (await answering(readForm(request))).get("intent");
  if (intent === "save") await saveMission(profile.id, mission.id);
  if (intent === "forget") await forgetMission(profile.id, mission.id);
  // back to the page it was sent from, in that page's language (/en/missions/… for English)
  throw redirect(new URL(request.url).pathname);
}

export default function MissionPage() {
  const { mission, candidate, signedIn, webAddress, jsonLd } = useLoaderData<typeof loader>();
  const { t, formatDateTime, pathFor } = useI18n();
  const otherLanguage = useOtherLanguage();
  return (
    <article className="mission-sheet max-w-4xl">
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} /> : null}
      <p className="no-print">
        <Link to={pathFor("/missions")} className="link inline-block py-2">
          {t("missions.backToSearch")}
        </Link>
      </p>
      {!mission.open ? (
        <p className="mt-4 notice" role="status">
          <strong>{t("missions.closed")}</strong>
        </p>
      ) : null}
      <h1 className="mt-4" lang={otherLanguage(mission.employer.contentLocale)}>
        {mission.title}
      </h1>
      <p className="mt-2 text-lg font-bold text-muted">
        <Link to={pathFor(`/employers/${mission.employer.slug}`)} className="link">
          {mission.employer.name}
        </Link>{" "}
        · {mission.town}
      </p>

      <section aria-labelledby="purpose-title" className="mt-8 notice">
        <h2 id="purpose-title">{t("missions.purposeTitle", { employer: mission.employer.name })}</h2>
        <div lang={otherLanguage(mission.employer.contentLocale)}>
          <RichText source={mission.employer.purpose} />
        </div>
      </section>

      {candidate ? (
        <section aria-labelledby="match-title" className="mt-8 card">
          <h2 id="match-title">
            {candidate.reasons.some((reason) => reason.polarity !== "for")
              ? t("missions.matchTitleCaution")
              : t("missions.matchTitle")}
          </h2>
          {candidate.profileStarted ? (
            <>
              <p className="mt-2 text-lg font-bold">
                {candidate.excluded
                  ? t("missions.matchExcluded")
                  : t("missions.matchScore", { score: candidate.score })}
              </p>
              <MatchReasons reasons={candidate.reasons} />
            </>
          ) : (
            <p className="mt-2">
              {t("missions.matchNeedsProfile")}{" "}
              <Link to="/profile" className="link">
                {t("missions.completeProfile")}
              </Link>
            </p>
          )}
        </section>
      ) : null}

      <div className="no-print mt-8 flex flex-wrap gap-4">
        {mission.open && candidate?.application && candidate.application.stage !== "withdrawn" ? (
          <p className="notice-success">
            {t("missions.alreadyApplied", { stage: t(`stages.${candidate.application.stage}` as TranslationKey) })}{" "}
            <Link to="/applications" className="link">
              {t("missions.seeApplications")}
            </Link>
          </p>
        ) : mission.open ? (
          <>
            {candidate?.application ? <p className="w-full">{t("missions.applyAgainHint")}</p> : null}
            <Link
              to={pathFor(
                signedIn
                  ? `/missions/${mission.id}/apply`
                  : `/signin?redirectTo=${encodeURIComponent(`/missions/${mission.id}/apply`)}`,
              )}
              className="button"
            >
              {candidate?.application ? t("missions.applyAgain") : t("missions.apply")}
            </Link>
          </>
        ) : null}
        {candidate ? (
          <Form method="post">
            <button
              type="submit"
              name="intent"
              value={candidate.saved ? "forget" : "save"}
              className="button-secondary"
            >
              {candidate.saved ? t("missions.forget") : t("missions.save")}
            </button>
          </Form>
        ) : null}
      </div>

      <MissionDetails
        mission={mission}
        contentLocale={mission.employer.contentLocale}
        distanceKm={candidate?.distance ?? null}
      />

      <p className="mission-dates mt-10 text-muted">
        {mission.publishedAt ? t("missions.published", { date: formatDateTime(mission.publishedAt) }) : null}
        {mission.open && mission.closesAt
          ? ` · ${t("missions.closes", { date: formatDateTime(mission.closesAt) })}`
          : null}
      </p>
      <div className="print-only mt-4 border-t-2 border-ink pt-2">
        <p className="font-bold">{t("firstUse.print.webAddress", { url: webAddress })}</p>
        <p>
          {mission.open ? t("firstUse.print.howToApply", { button: t("missions.apply") }) : t("firstUse.print.closed")}
        </p>
      </div>
      <p className="no-print mt-6">
        <Link to={pathFor(`/missions/${mission.id}/report`)} className="link inline-block py-2">
          {t("moderation.report.missionLink")}
        </Link>
      </p>
    </article>
  );
}
