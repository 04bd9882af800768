// A candidate's interview page from their email link (/interviews/:token): choose a time, see the booking, cancel.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { InLanguage, Sentence } from "~/components/in-language";
import { InterviewErrorBoundary } from "~/components/interview-not-found";
import { InterviewPlace } from "~/components/interview-place";
import { SuccessNotice } from "~/components/success-notice";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { candidateInterviewView } from "~/modules/interviews/candidate-view.server";
import { localeForInterviewPage } from "~/modules/interviews/page-language.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("interviews.candidate.title");

// The candidate's page for one interview, reached from any of its emails without signing in: the token in the
// link is the permission. Choosing and moving go through the slot pages (GET shows, POST books).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await candidateInterviewView(params.token, await localeForInterviewPage(request));
  if (!view) throw new Response("Not found", { status: 404 });
  return { view };
}

// Cancelling takes a second step (issue 13, item 3): a form posted here, as the page's cancel button once did,
// cancels nothing and leads to the confirmation page (interviews.$token.cancel.tsx).
export async function action({ params }: ActionFunctionArgs) {
  throw redirect(safeRedirectPath(`/interviews/${encodeURIComponent(params.token ?? "")}/cancel`, "/"), 303);
}

const doneKeys: Record<string, TranslationKey> = {
  booked: "interviews.candidate.done.booked",
  rescheduled: "interviews.candidate.done.rescheduled",
  cancelled: "interviews.candidate.done.cancelled",
  suggested: "interviews.candidate.done.suggested",
};

export default function CandidateInterview() {
  const { view } = useLoaderData<typeof loader>();
  const [search] = useSearchParams();
  const { t } = useI18n();
  const done = search.get("done") ?? "";
  const contact = { recruiter: view.recruiter, phone: view.recruiterPhone };
  // times still to come and not taken by another interview of the recruiter
  const futureSlots = view.slots.filter((slot) => slot.free);
  return (
    <div className="max-w-3xl">
      <h1>{t("interviews.candidate.title")}</h1>
      {doneKeys[done] ? <SuccessNotice>{t(doneKeys[done], contact)}</SuccessNotice> : null}
      {done && !doneKeys[done] ? (
        <p className="notice mt-6" role="status">
          {t(`interviews.panel.refused.${done}` as TranslationKey)}
        </p>
      ) : null}
      <p className="mt-4 text-lg">
        <Sentence
          text={t("interviews.candidate.with", { recruiter: view.recruiter, employer: view.employer })}
          parts={{ mission: <InLanguage lang={view.missionLocale}>{view.mission}</InLanguage> }}
        />
      </p>
      <InterviewPlace
        place={view.place}
        people={{ recruiterName: view.recruiter, recruiterPhone: view.recruiterPhone, candidateName: "" }}
        audience="candidate"
      />

      {view.status === "proposed" ? (
        view.allPast ? (
          <section aria-labelledby="past-title" className="mt-8">
            <h2 id="past-title">{t("interviews.candidate.pastTitle")}</h2>
            <p className="mt-2">{t("interviews.candidate.pastIntro", contact)}</p>
          </section>
        ) : view.noneFree ? (
          <section aria-labelledby="none-free-title" className="mt-8">
            <h2 id="none-free-title">{t("interviews.candidate.noneFreeTitle")}</h2>
            <p className="mt-2">{t("interviews.candidate.noneFreeIntro", contact)}</p>
          </section>
        ) : (
          <section aria-labelledby="choose-title" className="mt-8">
            <h2 id="choose-title">{t("interviews.candidate.chooseTitle")}</h2>
            <SlotLinks token={view.token} slots={futureSlots} className="button" />
          </section>
        )
      ) : null}

      {view.status === "booked" && view.booked ? (
        <>
          <section aria-labelledby="booked-title" className="mt-8 card">
            <h2 id="booked-title">
              {view.booked.past ? t("interviews.candidate.finishedTitle") : t("interviews.candidate.bookedTitle")}
            </h2>
            <p className="mt-2 text-xl font-bold">{view.booked.when}</p>
          </section>
          {view.booked.past ? null : (
            <>
              <section aria-labelledby="move-title" className="mt-8">
                <h2 id="move-title">{t("interviews.candidate.moveTitle")}</h2>
                {!view.change.allowed ? (
                  <p className="mt-2">
                    {view.change.reason === "limit"
                      ? t("interviews.candidate.cannotMoveLimit", { ...contact, count: view.rules.limit })
                      : t("interviews.candidate.cannotMoveLate", { ...contact, hours: view.rules.cutoffHours })}
                  </p>
                ) : futureSlots.length === 0 ? (
                  <p className="mt-2">{t("interviews.candidate.noOtherSlot", contact)}</p>
                ) : (
                  <>
                    <p className="mt-2">{t("interviews.candidate.moveIntro")}</p>
                    <SlotLinks token={view.token} slots={futureSlots} className="button-secondary" />
                  </>
                )}
              </section>
              <section aria-labelledby="cancel-title" className="mt-8">
                <h2 id="cancel-title">{t("interviews.candidate.cancelTitle")}</h2>
                <p className="mt-2">{t("interviews.candidate.cancelIntro", contact)}</p>
                <p className="mt-4">
                  <Link to={`/interviews/${view.token}/cancel`} className="button-secondary">
                    {t("interviews.candidate.cancel")}
                  </Link>
                </p>
              </section>
            </>
          )}
        </>
      ) : null}

      {view.status === "cancelled" ? (
        <section aria-labelledby="cancelled-title" className="mt-8 card">
          <h2 id="cancelled-title">{t("interviews.candidate.cancelledTitle")}</h2>
          <p className="mt-2">{t("interviews.candidate.cancelledIntro", contact)}</p>
        </section>
      ) : null}
      {view.status === "held" || view.status === "missed" ? (
        <h2 className="mt-8">{t("interviews.candidate.finishedTitle")}</h2>
      ) : null}

      {view.status === "proposed" || (view.status === "booked" && !view.booked?.past) ? (
        <p className="mt-8">
          <Link to={`/interviews/${view.token}/suggest`} className="link inline-block py-2 text-lg">
            {t("interviews.candidate.suggest")}
          </Link>
        </p>
      ) : null}
      <p className="mt-6">{t("interviews.candidate.contact", contact)}</p>
    </div>
  );
}

/** One large link per slot, to its confirm page. */
function SlotLinks({
  token,
  slots,
  className,
}: {
  token: string;
  slots: { position: number; when: string; minutes: number }[];
  className: string;
}) {
  const { t } = useI18n();
  return (
    <ul className="mt-4 grid gap-4">
      {slots.map((slot) => (
        <li key={slot.position}>
          <Link to={`/interviews/${token}/slots/${slot.position}`} className={`${className} w-full text-left`}>
            {t("interviews.email.proposal.slot", { position: slot.position, when: slot.when, minutes: slot.minutes })}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export const ErrorBoundary = InterviewErrorBoundary;
