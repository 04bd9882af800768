// A candidate's profile overview (/profile): each step of the guided profile, done or still to fill in.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireCandidate } from "~/modules/auth/session.server";
import { profileProgress } from "~/modules/candidates/profile";
import { loadProfile } from "~/modules/candidates/profile.server";
import { profileSteps } from "~/modules/candidates/vocabulary";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SuccessNotice } from "~/components/success-notice";
import { hasConsent } from "~/modules/consents/consents.server";

export const meta = titleMeta("profile.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const saved = new URL(request.url).searchParams.get("saved");
  return { completedSteps: profile.completedSteps, visible: await hasConsent(user.id, "suggestions"), saved };
}

export default function ProfileOverview() {
  const { completedSteps, visible, saved } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const progress = profileProgress({ completedSteps });
  return (
    <div className="max-w-3xl">
      <h1>{t("profile.title")}</h1>
      {saved ? <SuccessNotice>{t("profile.saved")}</SuccessNotice> : null}
      <p className="mt-4 text-lg">{t("profile.intro")}</p>
      <div className="mt-8">
        <p id="progress-label" className="font-bold">
          {t("profile.progress", { count: progress.done, total: progress.total })}
        </p>
        {/* an SVG rectangle's width, not a style attribute: the page's Content-Security-Policy refuses inline styles */}
        <svg
          className="mt-2 block h-6 w-full max-w-xl overflow-hidden rounded-full border-2 border-ink bg-white"
          aria-hidden="true"
          focusable="false"
        >
          <rect className="fill-brand" width={`${progress.percent}%`} height="100%" />
        </svg>
      </div>
      {progress.nextStep ? (
        <p className="mt-8">
          <Link to={`/profile/${progress.nextStep}`} className="button">
            {progress.done === 0 ? t("profile.start") : t("profile.continue")}
          </Link>
        </p>
      ) : (
        <p className="mt-8 notice-success">{visible ? t("profile.completeVisible") : t("profile.completeHidden")}</p>
      )}
      <ol className="mt-10 grid gap-4">
        {profileSteps.map((step, index) => (
          <li key={step} className="card flex flex-wrap items-center justify-between gap-4">
            <div>
              <h2 className="text-xl">
                {t("profile.stepNumber", { number: index + 1 })} {t(`profile.steps.${step}.title`)}
              </h2>
              <p className="mt-1">{t(`profile.steps.${step}.summary`)}</p>
              <p className="mt-1 font-bold">{progress.isDone(step) ? t("profile.stepDone") : t("profile.stepToDo")}</p>
            </div>
            <Link
              to={`/profile/${step}`}
              className="button-secondary"
              aria-label={`${progress.isDone(step) ? t("profile.change") : t("profile.fillIn")} : ${t(`profile.steps.${step}.title`)}`}
            >
              {progress.isDone(step) ? t("profile.change") : t("profile.fillIn")}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
