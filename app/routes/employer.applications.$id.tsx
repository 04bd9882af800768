// A recruiter's page for one application (/employer/applications/:id): candidate, timeline, notes, review, interview.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type SerializeFrom } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { RestoredDraftNotice, useRestoredDraft } from "~/components/restored-draft";
import type { User } from "~/generated/prisma/client";
import { InLanguage, Sentence, useOtherLanguage } from "~/components/in-language";
import { InterviewPanel } from "~/components/interview-panel";
import { MatchReasons } from "~/components/match-reasons";
import { SuccessNotice } from "~/components/success-notice";
import { ScheduleTable } from "~/components/schedule-summary";
import { TextArea } from "~/components/text-area";
import { cvFileName } from "~/modules/files/cv.server";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { profileForMatching, readProfile } from "~/modules/candidates/profile";
import { refusalOf } from "~/modules/email/refused-addresses.server";
import { findOwnApplication, findOwnLiveApplication } from "~/modules/employers/access.server";
import { parseForm, valueOf } from "~/modules/forms/parse";
import { answering, notFound } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale, getTimeZone } from "~/modules/i18n/preferences.server";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { describeForRecruiter, scoreMatch } from "~/modules/matching";
import { findOpenMissions, missionForMatching } from "~/modules/missions/mission.server";
import { recruiterRescheduleForm } from "~/modules/interviews/interview-forms";
import { recordOutcome, rescheduleByRecruiter } from "~/modules/interviews/lifecycle.server";
import { recruiterInterviewView } from "~/modules/interviews/recruiter-view.server";
import { mayProposeInterview } from "~/modules/interviews/rules";
import { addNote, listReviews, listReviewsInOrder, saveReview } from "~/modules/pipeline/employer-pipeline.server";
import { noteForm, reviewForm } from "~/modules/pipeline/pipeline-forms";
import { recruiterMayMove } from "~/modules/vocabulary/pipeline-stages";
import { applicationTimeline } from "~/modules/pipeline/timeline.server";
import { contactForEmployer } from "~/modules/candidates/candidate-contact";
import { readForm } from "~/modules/request-gate/read-form.server";
import { recordViews } from "~/modules/privacy/who-looked.server";
import { AnonymisedApplication } from "~/components/anonymised-application";
import { ApplicationTimeline } from "~/components/application-timeline";

export const meta = titleMeta("candidatePage.title");

const criteria = ["customerCare", "reliability", "languages", "teamwork"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const found = await findOwnApplication(employer.id, params.id);
  if (!found.candidate) return { anonymised: await anonymisedView(found) };
  const application = { ...found, candidate: found.candidate };
  // who looked: the candidate sees on their account page that this organisation opened their application
  await recordViews([
    { employerId: employer.id, memberId: user.id, candidateId: application.candidate.id, what: "application" },
  ]);
  const profile = readProfile(application.candidate);
  const [mission] = await findOpenMissions([application.missionId]);
  const result = mission ? scoreMatch(profileForMatching(profile), missionForMatching(mission)) : null;
  const locale = await getLocale(request, user);
  const [events, reviews, cv, interview, refusal] = await Promise.all([
    applicationTimeline(application.id),
    listReviews(application.id),
    application.cvFileId ? cvFileName(application.cvFileId) : null,
    recruiterInterviewView(application.id, locale, getTimeZone(user)),
    refusalOf(application.candidate.user.email),
  ]);
  const person = application.candidate.user;
  const live = {
    application: {
      id: application.id,
      stage: application.stage,
      message: application.message,
      createdAt: application.createdAt,
    },
    mission: { id: application.missionId, title: application.mission.title, contentLocale: employer.contentLocale },
    candidate: {
      name: person.name,
      // the language the candidate uses the site in, and so writes their profile in: their texts are marked with it
      locale: person.locale,
      // null until the candidate shares it, on applying or by accepting an interview
      contact: contactForEmployer(application, { ...profile, email: person.email }),
      headline: profile.headline,
      story: profile.story,
      pastFields: profile.pastFields,
      skills: profile.skills,
      languages: profile.languages,
      availabilityMask: profile.availabilityMask,
      town: profile.town,
      travelMaxKm: profile.travelMaxKm,
      // when, not the mail server's words: those are for the person
      refusesMail: refusal ? { since: refusal.since } : null,
    },
    cv: cv !== null ? { name: cv } : null,
    fit: result
      ? { score: result.score, excluded: result.excluded, reasons: describeForRecruiter(result, locale, 6) }
      : null,
    events,
    interview,
    myReview: reviews.find((review) => review.reviewer.id === user.id) ?? null,
    otherReviews: reviews.filter((review) => review.reviewer.id !== user.id),
  };
  return { anonymised: null, ...live };
}

/** An anonymised application: what the organisation keeps (stage, its ratings, its timeline), nothing about the person. */
async function anonymisedView(application: Awaited<ReturnType<typeof findOwnApplication>>) {
  const [events, reviews] = await Promise.all([
    applicationTimeline(application.id),
    listReviewsInOrder(application.id),
  ]);
  return {
    application: {
      id: application.id,
      stage: application.stage,
      createdAt: application.createdAt,
      anonymisedAt: application.anonymisedAt,
      reason: application.anonymisedReason,
    },
    mission: { id: application.missionId, title: application.mission.title },
    reviews: reviews.map((review) => ({
      id: review.id,
      reviewer: review.reviewer.name,
      recommendation: review.recommendation,
    })),
    events,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  // an anonymised application takes no more notes, ratings, moves or interviews
  const application = await findOwnLiveApplication(employer.id, params.id);
  const formData = await readForm(request);
  const intent = formData.get("intent");
  const here = `/employer/applications/${application.id}`;
  if (intent === "note") {
    const result = parseForm(noteForm, formData);
    if (!result.ok) return { intent, ...result };
    await addNote(employer.id, user, application.id, result.data.text);
    throw redirect(`${here}?saved=note#timeline`);
  }
  if (intent === "review") {
    const result = parseForm(reviewForm, formData);
    if (!result.ok) return { intent, ...result };
    await saveReview(employer.id, user, application.id, result.data);
    throw redirect(`${here}?saved=review`);
  }
  if (typeof intent === "string" && intent.startsWith("interview-"))
    return interviewAction(intent, formData, { user, employerId: employer.id, here });
  // a move has its own page (employer.applications.$id_.move.tsx), where its email is read first
  throw notFound();
}

/** The interview's own forms: move, held or missed (cancelling has its confirmation page). The interview must belong to the organisation (404). */
async function interviewAction(
  intent: string,
  formData: FormData,
  context: { user: User; employerId: string; here: string },
) {
  const interviewId = String(formData.get("interview") ?? "");
  const base = { employerId: context.employerId, actor: context.user, interviewId };
  if (intent === "interview-held" || intent === "interview-missed") {
    const recorded = await answering(
      recordOutcome({ ...base, outcome: intent === "interview-held" ? "held" : "missed" }),
    );
    throw redirect(`${context.here}?saved=${recorded ? "interview-outcome" : "interview-changed"}#interview`);
  }
  // cancelling takes a second step (issue 13, item 3): a form posted here without it leads to its confirmation page
  if (intent === "interview-cancel") throw redirect(`${context.here}/interview/cancel`, 303);
  const form = parseForm(recruiterRescheduleForm(new Date()), formData);
  if (!form.ok) return { intent, ...form };
  const result = await answering(
    rescheduleByRecruiter({ ...base, expected: form.data.expected, target: form.data.target }),
  );
  throw redirect(
    `${context.here}?saved=${result.ok ? "interview-rescheduled" : `interview-${result.reason}`}#interview`,
  );
}

const savedNotices: Record<string, TranslationKey> = {
  "interview-proposed": "interviews.panel.done.proposed",
  "interview-rescheduled": "interviews.panel.done.rescheduled",
  "interview-cancelled": "interviews.panel.done.cancelled",
  "interview-outcome": "interviews.panel.done.outcome",
};

export default function CandidatePage() {
  const data = useLoaderData<typeof loader>();
  return data.anonymised !== null ? <AnonymisedApplication data={data.anonymised} /> : <LiveApplication data={data} />;
}

function LiveApplication({ data }: { data: Extract<SerializeFrom<typeof loader>, { anonymised: null }> }) {
  const failure = useActionData<typeof action>();
  const { t, formatDateTime } = useI18n();
  const otherLanguage = useOtherLanguage();
  const noteDraft = useRestoredDraft("note");
  const noteErrors = failure?.intent === "note" ? failure.errors : undefined;
  const noteText = failure?.intent === "note" ? valueOf(failure.values, "text") : valueOf(noteDraft?.values, "text");
  const reviewErrors = failure?.intent === "review" ? failure.errors : undefined;
  const interviewFailure = failure?.intent === "interview-reschedule" ? failure : undefined;
  const [search] = useSearchParams();
  const saved = search.get("saved") ?? "";
  const refusedNotice =
    !savedNotices[saved] && saved.startsWith("interview-")
      ? (`interviews.panel.refused.${saved.slice("interview-".length)}` as TranslationKey)
      : null;
  return (
    <div className="max-w-4xl">
      <p>
        <Link to={`/employer/pipeline?mission=${data.mission.id}`} className="link inline-block py-2">
          {t("candidatePage.back")}
        </Link>
      </p>
      <h1 className="mt-4">{data.candidate.name}</h1>
      {data.candidate.refusesMail ? (
        <p className="mt-2 font-bold text-danger">
          {t("deliverability.employer.notice", { date: formatDateTime(data.candidate.refusesMail.since) })}
        </p>
      ) : null}
      <p className="mt-2 text-lg">
        <Sentence
          text={t("candidatePage.forMission")}
          parts={{ mission: <InLanguage lang={data.mission.contentLocale}>{data.mission.title}</InLanguage> }}
        />{" "}
        · <strong>{t(`pipeline.stages.${data.application.stage}` as TranslationKey)}</strong>
      </p>
      <p className="mt-1">{t("candidatePage.applied", { date: formatDateTime(data.application.createdAt) })}</p>

      {savedNotices[saved] ? <SuccessNotice>{t(savedNotices[saved])}</SuccessNotice> : null}
      {refusedNotice ? (
        <p className="notice mt-6" role="status">
          {t(refusedNotice)}
        </p>
      ) : null}

      <section aria-labelledby="move-title" className="mt-6 card max-w-xl">
        <h2 id="move-title">{t("candidatePage.moveTitle")}</h2>
        <p className="mt-2">
          {t("pipelineBoard.movePage.current", {
            stage: t(`pipeline.stages.${data.application.stage}` as TranslationKey),
          })}
        </p>
        {recruiterMayMove(data.application.stage) ? (
          <p className="mt-3">
            <Link
              to={`/employer/applications/${data.application.id}/move?back=${encodeURIComponent(`/employer/pipeline?mission=${data.mission.id}`)}`}
              className="button-secondary"
              aria-label={t("pipelineBoard.moveLinkLabel", { name: data.candidate.name })}
            >
              {t("pipelineBoard.moveLink")}
            </Link>
          </p>
        ) : (
          <p className="mt-3">{t("pipeline.withdrawnByCandidate")}</p>
        )}
      </section>

      <InterviewPanel
        applicationId={data.application.id}
        interview={data.interview}
        candidate={data.candidate.name}
        mayPropose={mayProposeInterview(data.application.stage)}
        failure={interviewFailure}
      />

      {data.fit ? (
        <section aria-labelledby="fit-title" className="mt-8 card">
          <h2 id="fit-title">{t("candidatePage.fitTitle")}</h2>
          <p className="mt-2 text-lg font-bold">
            {data.fit.excluded ? t("candidatePage.fitExcluded") : t("pipeline.score", { score: data.fit.score })}
          </p>
          <MatchReasons reasons={data.fit.reasons} />
        </section>
      ) : null}

      <section aria-labelledby="shares-title" className="mt-8">
        <h2 id="shares-title">{t("candidatePage.sharesTitle")}</h2>
        <dl className="mt-3 grid gap-x-6 gap-y-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t("candidatePage.contact")}</dt>
          <dd>
            {data.candidate.contact ? (
              <ul>
                {(data.candidate.contact.prefers === "phone" ? ["phone", "email"] : ["email", "phone"]).map((kind) => {
                  const contact = data.candidate.contact!;
                  if (kind === "phone")
                    return contact.phone ? <li key={kind}>{t("apply.byPhone", { phone: contact.phone })}</li> : null;
                  return <li key={kind}>{t("apply.byEmail", { email: contact.email })}</li>;
                })}
              </ul>
            ) : (
              t("privacy.contactHidden")
            )}
          </dd>
          <dt className="font-bold">{t("apply.headline")}</dt>
          <dd lang={data.candidate.headline ? otherLanguage(data.candidate.locale) : undefined}>
            {data.candidate.headline || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("apply.story")}</dt>
          <dd
            className="whitespace-pre-line"
            lang={data.candidate.story ? otherLanguage(data.candidate.locale) : undefined}
          >
            {data.candidate.story || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("candidatePage.pastFields")}</dt>
          <dd>
            {data.candidate.pastFields
              .map((row) => t("privacy.fieldWithBand", { field: row.field, band: t(`privacy.bands.${row.band}`) }))
              .join(" · ") || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("missions.skills")}</dt>
          <dd lang={data.candidate.skills.length > 0 ? otherLanguage(data.candidate.locale) : undefined}>
            {data.candidate.skills.join(", ") || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("missions.languages")}</dt>
          <dd>
            {data.candidate.languages
              .map(
                (language) =>
                  `${t(`vocab.languages.${language.code}` as TranslationKey)} (${t(`vocab.levels.${language.level}` as TranslationKey)})`,
              )
              .join(" · ") || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("candidatePage.place")}</dt>
          <dd>
            {data.candidate.town
              ? t("candidatePage.travel", { town: data.candidate.town, km: data.candidate.travelMaxKm ?? "?" })
              : t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("candidatePage.message")}</dt>
          <dd
            className="whitespace-pre-line"
            lang={data.application.message ? otherLanguage(data.candidate.locale) : undefined}
          >
            {data.application.message || t("apply.empty")}
          </dd>
          <dt className="font-bold">{t("candidatePage.cv")}</dt>
          <dd>
            {data.cv ? (
              <a href={`/applications/${data.application.id}/cv`} className="link">
                {t("candidatePage.downloadCv", { name: data.cv.name })}
              </a>
            ) : (
              t("candidatePage.noCv")
            )}
          </dd>
        </dl>
        <h3 className="mt-6 text-xl font-bold">{t("candidatePage.availability")}</h3>
        <ScheduleTable mask={data.candidate.availabilityMask} caption={t("candidatePage.availability")} />
      </section>

      <section aria-labelledby="review-title" className="mt-10 card">
        <h2 id="review-title">{t("candidatePage.reviewTitle")}</h2>
        <p className="mt-2">{t("candidatePage.reviewIntro")}</p>
        <Form method="post" className="mt-4" noValidate>
          <ErrorSummary errors={reviewErrors} />
          <div className="grid gap-4 sm:grid-cols-2">
            {criteria.map((criterion) => (
              <div key={criterion}>
                <label htmlFor={criterion} className="field-label">
                  {t(`candidatePage.criteria.${criterion}` as TranslationKey)}
                </label>
                <select
                  id={criterion}
                  name={criterion}
                  defaultValue={data.myReview?.[criterion] ?? ""}
                  className="field-input"
                >
                  <option value="">{t("candidatePage.notRated")}</option>
                  {[1, 2, 3, 4, 5].map((score) => (
                    <option key={score} value={score}>
                      {t(`candidatePage.ratings.${score}` as TranslationKey)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="field mt-4">
            <label htmlFor="recommendation" className="field-label">
              {t("candidatePage.recommendation")}
            </label>
            <select
              id="recommendation"
              name="recommendation"
              defaultValue={data.myReview?.recommendation ?? ""}
              className="field-input"
            >
              <option value="">{t("candidatePage.notRated")}</option>
              {["strong-yes", "yes", "no", "strong-no"].map((value) => (
                <option key={value} value={value}>
                  {t(`candidatePage.recommendations.${value}` as TranslationKey)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" name="intent" value="review" className="button">
            {t("candidatePage.saveReview")}
          </button>
        </Form>
        {data.otherReviews.length > 0 ? (
          <ul className="mt-6 grid gap-2">
            {data.otherReviews.map((review) => (
              <li key={review.id}>
                <strong>{review.reviewer.name}</strong> :{" "}
                {review.recommendation
                  ? t(`candidatePage.recommendations.${review.recommendation}` as TranslationKey)
                  : t("candidatePage.notRated")}
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="note-title" className="mt-10 card">
        <h2 id="note-title">{t("candidatePage.noteTitle")}</h2>
        <Form method="post" className="mt-4" noValidate>
          <RestoredDraftNotice draft={noteDraft} />
          <ErrorSummary errors={noteErrors} />
          <TextArea
            name="text"
            label={t("candidatePage.note")}
            hint={t("candidatePage.noteHint")}
            rows={4}
            defaultValue={noteText}
            error={noteErrors?.text}
          />
          <button type="submit" name="intent" value="note" className="button-secondary">
            {t("candidatePage.addNote")}
          </button>
        </Form>
      </section>

      <ApplicationTimeline events={data.events} />
    </div>
  );
}
