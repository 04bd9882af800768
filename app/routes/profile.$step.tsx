// One step of a candidate's guided profile (/profile/:step): its fields, saved, then on to the next step.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { ProfileStepFields } from "~/components/profile-step-fields";
import { requireCandidate } from "~/modules/auth/session.server";
import { profileProgress } from "~/modules/candidates/profile";
import { profileStepForms } from "~/modules/candidates/profile-forms";
import { loadProfile, saveProfileStep, type ProfileStepInput } from "~/modules/candidates/profile.server";
import { typedTown } from "~/modules/places/typed-town.server";
import { profileSteps, type ProfileStep } from "~/modules/candidates/vocabulary";
import { formValues, parseForm, type FormFailure } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { readForm } from "~/modules/request-gate/read-form.server";
import { hasConsent } from "~/modules/consents/consents.server";
import type { TownView } from "~/modules/places/towns.server";

export const meta = titleMeta("profile.title");

function stepFrom(value: string | undefined): ProfileStep {
  const step = profileSteps.find((candidate) => candidate === value);
  if (!step) throw new Response("Not found", { status: 404 });
  return step;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const step = stepFrom(params.step);
  return { step, profile: await loadProfile(user.id), suggested: await hasConsent(user.id, "suggestions") };
}

/** Parses the step's form with its own schema and saves it; returns the failure to show, if any. */
async function saveStep(userId: string, step: ProfileStep, formData: FormData): Promise<StepFailure | null> {
  const result = parseForm(profileStepForms[step], formData);
  if (!result.ok) return result;
  const input = { step, data: result.data } as ProfileStepInput;
  if (input.step === "place") {
    // the town saved is the place chosen or clearly meant, by its label ("Sainte-Foy, Québec (QC)")
    const town = typedTown(input.data);
    if (!town.ok)
      return {
        ok: false,
        errors: { [town.field]: town.error },
        values: formValues(formData),
        townChoices: town.choices,
        townPreselected: town.preselected,
      };
    input.data.town = town.label;
  }
  await saveProfileStep(userId, input);
  return null;
}

/** A failed step; the place step may offer the towns a name could mean. */
type StepFailure = FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireCandidate(request);
  const step = stepFrom(params.step);
  const formData = await readForm(request);
  const failure = await saveStep(user.id, step, formData);
  if (failure) return failure;
  const next = profileProgress(await loadProfile(user.id)).nextStep;
  if (formData.get("then") === "continue" && next) throw redirect(`/profile/${next}`);
  throw redirect("/profile?saved=1");
}

export default function ProfileStepPage() {
  const { step, profile, suggested } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const number = profileSteps.indexOf(step) + 1;
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/profile" className="link inline-block py-2">
          {t("profile.backToOverview")}
        </Link>
      </p>
      <p className="mt-4 font-bold text-muted">{t("profile.stepOf", { number, total: profileSteps.length })}</p>
      <h1 className="mt-1">{t(`profile.steps.${step}.title`)}</h1>
      <p className="mt-4 text-lg">{t(`profile.steps.${step}.intro`)}</p>
      {/* keyed by step: each step's fields start from its own saved values, not the previous step's inputs */}
      <Form key={step} method="post" noValidate className="mt-8">
        <ErrorSummary errors={failure?.errors} />
        <ProfileStepFields step={step} profile={profile} suggested={suggested} failure={failure ?? undefined} />
        <div className="mt-8 flex flex-wrap gap-4">
          <button type="submit" name="then" value="continue" className="button">
            {t("profile.saveContinue")}
          </button>
          <button type="submit" name="then" value="later" className="button-secondary">
            {t("profile.saveLater")}
          </button>
        </div>
      </Form>
    </div>
  );
}
