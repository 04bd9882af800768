// A candidate applies to a mission (/missions/:id/apply): what is shared, a message and an optional CV.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { InLanguage, Sentence } from "~/components/in-language";
import { describedBy, FieldMessages } from "~/components/field-messages";
import { FormSummary } from "~/components/limit-summary";
import { TextArea } from "~/components/text-area";
import { requireCandidate } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { checkCv, maxCvBytes } from "~/modules/files/cv.server";
import { tooBig } from "~/modules/forms/read.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { formValues, parseForm, valueOf, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { takeLimit } from "~/modules/security/limits.server";
import { findPublicMission } from "~/modules/missions/mission.server";
import { applyForm } from "~/modules/pipeline/apply-form";
import { AlreadyAppliedError, applyToMission } from "~/modules/pipeline/applications.server";

export const meta = titleMeta("apply.title");

async function openMissionOr404(id: string | undefined) {
  const mission = await findPublicMission(id ?? "");
  if (!mission || !mission.open) throw new Response("Not found", { status: 404 });
  return mission;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const mission = await openMissionOr404(params.id);
  const profile = await loadProfile(user.id);
  return {
    mission: {
      id: mission.id,
      title: mission.title,
      employerName: mission.employer.name,
      contentLocale: mission.employer.contentLocale,
    },
    profile: {
      headline: profile.headline,
      story: profile.story,
      contactPreference: profile.contactPreference,
      phone: profile.phone,
      email: user.email,
      steps: profile.completedSteps.length,
    },
  };
}

export const headers = passRetryAfter;

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCandidate(request);
  const mission = await openMissionOr404(params.id);
  const formData = await readForm(request, { names: ["cv"], maxBytes: maxCvBytes });
  const result = parseForm(applyForm, formData);
  const upload = formData.get("cv");
  const cv =
    upload === tooBig ? { problem: "errors.cvTooBig" as const } : await checkCv(upload instanceof File ? upload : null);
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  if (cv && "problem" in cv) errors.cv = cv.problem;
  const values = formValues(formData);
  delete values.cv;
  if (!result.ok || Object.keys(errors).length > 0) return { errors, values };
  // counted once the form is right, so that correcting a mistake costs nothing
  const limit = await takeLimit("applicationsPerCandidate", user.id);
  if (!limit.ok) return tooManyRequests({ errors, values }, "applications", limit);
  const profile = await loadProfile(user.id);
  try {
    await applyToMission({
      user,
      candidateId: profile.id,
      mission,
      message: result.data.message,
      cv: cv && !("problem" in cv) ? cv : null,
      shareContact: result.data.shareContact,
    });
  } catch (error) {
    if (!(error instanceof AlreadyAppliedError)) throw error;
  }
  throw redirect("/applications?applied=1");
}

export default function Apply() {
  const { mission, profile } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t, pathFor } = useI18n();
  const cvError = failure?.errors.cv as TranslationKey | undefined;
  const limit = reachedLimit(failure);
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={pathFor(`/missions/${mission.id}`)} className="link inline-block py-2">
          {t("apply.back")}
        </Link>
      </p>
      <h1 className="mt-4">
        <Sentence
          text={t("apply.heading")}
          parts={{ mission: <InLanguage lang={mission.contentLocale}>{mission.title}</InLanguage> }}
        />
      </h1>
      <p className="mt-2 text-lg font-bold text-muted">{mission.employerName}</p>

      <section aria-labelledby="shared-title" className="mt-8 card">
        <h2 id="shared-title">{t("apply.sharedTitle")}</h2>
        <p className="mt-2">{t("apply.sharedIntro")}</p>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("apply.headline")}</dt>
          <dd>{profile.headline || t("apply.empty")}</dd>
          <dt className="font-bold">{t("apply.story")}</dt>
          <dd className="whitespace-pre-line">{profile.story || t("apply.empty")}</dd>
          <dt className="font-bold">{t("apply.contact")}</dt>
          <dd>
            {profile.contactPreference === "phone" && profile.phone
              ? t("apply.byPhone", { phone: profile.phone })
              : t("apply.byEmail", { email: profile.email })}
            <span className="block text-muted">{t("privacy.contactLater")}</span>
          </dd>
        </dl>
        <p className="mt-4">
          <Link to="/profile" className="link">
            {profile.steps === 0 ? t("apply.fillProfile") : t("apply.editProfile")}
          </Link>
        </p>
      </section>

      <Form method="post" encType="multipart/form-data" noValidate className="mt-8">
        <FormSummary limit={limit} errors={failure?.errors} />
        <TextArea
          name="message"
          label={t("apply.message")}
          hint={t("apply.messageHint")}
          defaultValue={valueOf(failure?.values, "message")}
          error={failure?.errors.message}
        />
        <div className="field">
          <label htmlFor="cv" className="field-label">
            {t("apply.cv")}
          </label>
          <FieldMessages id="cv" hint={t("apply.cvHint")} error={cvError} />
          <input
            id="cv"
            name="cv"
            type="file"
            accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            aria-describedby={describedBy("cv", true, cvError)}
            aria-invalid={cvError ? true : undefined}
            className="field-input"
          />
        </div>
        <div className="field">
          <label className="choice max-w-2xl">
            <input
              type="checkbox"
              name="shareContact"
              aria-describedby="shareContact-hint"
              defaultChecked={valueOf(failure?.values, "shareContact") === "on"}
            />
            <span>{t("privacy.shareContact")}</span>
          </label>
          <p id="shareContact-hint" className="field-hint mt-2">
            {t("privacy.shareContactHint")}
          </p>
        </div>
        <button type="submit" className="button" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? t("apply.sending") : t("apply.submit")}
        </button>
      </Form>
    </div>
  );
}
