// A candidate confirms one proposed interview time (/interviews/:token/slots/:position).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { InterviewErrorBoundary } from "~/components/interview-not-found";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { candidateInterviewView } from "~/modules/interviews/candidate-view.server";
import { localeForInterviewPage } from "~/modules/interviews/page-language.server";
import { parseForm } from "~/modules/forms/parse";
import { expectedOnlyForm } from "~/modules/interviews/interview-forms";
import { pickSlotByToken } from "~/modules/interviews/lifecycle.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

export const meta = titleMeta("interviews.pick.title");

// One slot of one interview, from a button in the proposal email. Opening it (a mail scanner may) changes nothing:
// it shows the time and one confirm button; only the POST books, and only if the interview is still as shown.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await candidateInterviewView(params.token, await localeForInterviewPage(request));
  if (!view) throw new Response("Not found", { status: 404 });
  const slot = view.slots.find((candidate) => String(candidate.position) === params.position) ?? null;
  return { view, slot };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = parseForm(expectedOnlyForm, await readForm(request));
  const position = Number(params.position);
  if (!form.ok || !Number.isInteger(position)) throw new Response("Bad request", { status: 400 });
  const result = await pickSlotByToken(params.token ?? "", position, form.data.expected, { via: "link" });
  if (result.ok)
    throw redirect(
      safeRedirectPath(`/interviews/${encodeURIComponent(params.token ?? "")}?done=${result.change}`, "/"),
    );
  if (result.reason === "not-found") throw new Response("Not found", { status: 404 });
  return { refused: result.reason };
}

export default function PickSlot() {
  const { view, slot } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  const { t } = useI18n();
  const contact = { recruiter: view.recruiter, phone: view.recruiterPhone };
  const manage = (
    <p className="mt-8">
      <Link to={`/interviews/${view.token}`} className="link inline-block py-2 text-lg">
        {t("interviews.pick.notNow")}
      </Link>
    </p>
  );
  const say = (text: string, options = { withFreeSlots: false }) => (
    <>
      <p className="mt-6 text-lg" role={refusal ? "alert" : undefined}>
        {text}
      </p>
      {view.booked ? (
        <p className="mt-2 text-xl font-bold">
          {t("interviews.pick.alreadyBooked")} {view.booked.when}
        </p>
      ) : null}
      {options.withFreeSlots ? <FreeSlots token={view.token} slots={view.slots.filter((other) => other.free)} /> : null}
      {manage}
    </>
  );
  const slotLine = slot
    ? t("interviews.email.proposal.slot", { position: slot.position, when: slot.when, minutes: slot.minutes })
    : "";

  let body;
  if (refusal)
    body = say(t(`interviews.panel.refused.${refusal.refused}` as TranslationKey), {
      withFreeSlots: refusal.refused === "slot-taken",
    });
  else if (!slot) body = say(t("interviews.pick.noSuchSlot"));
  else if (view.status === "cancelled") body = say(t("interviews.candidate.cancelledIntro", contact));
  else if (view.status === "held" || view.status === "missed") body = say(t("interviews.candidate.finishedTitle"));
  else if (slot.past) body = say(t("interviews.pick.slotPast"));
  else if (slot.booked) body = say(t("interviews.pick.alreadyThisSlot"));
  else if (slot.taken) body = say(t("interviews.pick.slotTaken"), { withFreeSlots: true });
  else if (view.status === "booked" && !view.change.allowed)
    body = say(
      view.change.reason === "limit"
        ? t("interviews.candidate.cannotMoveLimit", { ...contact, count: view.rules.limit })
        : t("interviews.candidate.cannotMoveLate", { ...contact, hours: view.rules.cutoffHours }),
    );
  else
    body = (
      <Form method="post" className="mt-6">
        {view.booked ? (
          <p className="text-lg">
            {t("interviews.pick.alreadyBooked")} <strong>{view.booked.when}</strong>
          </p>
        ) : null}
        <p className="mt-4 text-lg">
          {view.status === "booked" ? t("interviews.pick.moveIntro") : t("interviews.pick.confirmIntro")}
        </p>
        <p className="mt-2 text-2xl font-bold">{slotLine}</p>
        <input type="hidden" name="expected" value={view.expected} />
        <button type="submit" className="button mt-6">
          {view.status === "booked" ? t("interviews.pick.confirmMove") : t("interviews.pick.confirm")}
        </button>
        {manage}
      </Form>
    );

  return (
    <div className="max-w-3xl">
      <h1>{t("interviews.pick.title")}</h1>
      <p className="mt-4 text-lg">
        {t("interviews.candidate.with", { recruiter: view.recruiter, employer: view.employer, mission: view.mission })}
      </p>
      {body}
    </div>
  );
}

/** The proposed times still free, each a link to its own confirm page; or, if none is, a way to suggest others. */
function FreeSlots({ token, slots }: { token: string; slots: { position: number; when: string; minutes: number }[] }) {
  const { t } = useI18n();
  if (slots.length === 0) {
    return (
      <p className="mt-6">
        {t("interviews.pick.noneFree")}{" "}
        <Link to={`/interviews/${token}/suggest`} className="link inline-block py-2">
          {t("interviews.candidate.suggest")}
        </Link>
      </p>
    );
  }
  return (
    <section aria-labelledby="free-title" className="mt-6">
      <h2 id="free-title" className="text-xl font-bold">
        {t("interviews.pick.stillFree")}
      </h2>
      <ul className="mt-4 grid gap-4">
        {slots.map((free) => (
          <li key={free.position}>
            <Link to={`/interviews/${token}/slots/${free.position}`} className="button-secondary w-full text-left">
              {t("interviews.email.proposal.slot", { position: free.position, when: free.when, minutes: free.minutes })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export const ErrorBoundary = InterviewErrorBoundary;
