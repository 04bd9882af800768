// The verification queue: each organisation waiting, with what an administrator needs to judge it (website, owner's
// address, first mission), and two forms: verify, or refuse with a reason the owner receives by email.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { RichText } from "~/components/rich-text";
import { SuccessNotice } from "~/components/success-notice";
import { TextArea } from "~/components/text-area";
import { requireAdministrator } from "~/modules/administration/access.server";
import { refuseForm, verifyForm } from "~/modules/administration/forms";
import {
  findOrganisationName,
  refuseOrganisation,
  verificationQueue,
  verifyOrganisation,
  type DecisionOutcome,
} from "~/modules/administration/verification.server";
import { parseForm, valueOf } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { answering } from "~/modules/http/domain-errors.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.queue.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  const decided =
    done === "verified" || done === "refused"
      ? await findOrganisationName(url.searchParams.get("organisation") ?? "")
      : null;
  return {
    ...(await verificationQueue()),
    done: decided !== null ? { kind: done as "verified" | "refused", name: decided } : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const formData = await readForm(request);
  let outcome: DecisionOutcome;
  let organisationId: string;
  if (formData.get("intent") === "refuse") {
    const result = parseForm(refuseForm, formData);
    if (!result.ok)
      return { ...result, organisation: valueOf(result.values, "organisation") ?? "", alreadyDecided: null };
    organisationId = result.data.organisation;
    outcome = await answering(refuseOrganisation(administrator, organisationId, result.data.reason));
  } else {
    const result = parseForm(verifyForm, formData);
    if (!result.ok) throw new Response("Bad request", { status: 400 });
    organisationId = result.data.organisation;
    outcome = await answering(verifyOrganisation(administrator, organisationId));
  }
  if (outcome.ok) {
    throw redirect(
      `/admin/organisations?${new URLSearchParams({ done: formData.get("intent") === "refuse" ? "refused" : "verified", organisation: organisationId })}`,
    );
  }
  const name = await findOrganisationName(organisationId);
  if (name === null) throw new Error(`No organisation ${organisationId}`);
  return {
    ok: false as const,
    errors: undefined,
    values: undefined,
    organisation: organisationId,
    alreadyDecided: { name, status: outcome.alreadyDecided },
  };
}

export default function VerificationQueue() {
  const { organisations, waiting, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t, formatDateTime } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("administration.queue.title")}</h1>
      {done ? <SuccessNotice>{t(`administration.queue.done.${done.kind}`, { name: done.name })}</SuccessNotice> : null}
      {answer?.alreadyDecided ? (
        <p className="mt-6 notice" role="status">
          {t("administration.queue.alreadyDecided", {
            name: answer.alreadyDecided.name,
            status: t(`administration.queue.statuses.${answer.alreadyDecided.status}` as TranslationKey),
          })}
        </p>
      ) : null}
      <p className="mt-4 text-lg">{t("administration.queue.intro")}</p>
      <p className="mt-4 font-bold">
        {waiting === 0 ? t("administration.queue.empty") : t("administration.queue.waiting", { count: waiting })}
      </p>
      <ol className="mt-8 grid gap-8">
        {organisations.map((organisation) => {
          const errors = answer?.organisation === organisation.id ? answer.errors : undefined;
          const reasonId = `reason-${organisation.id}`;
          const [mission] = organisation.missions;
          const owners = organisation.members.map((member) => member.user);
          // the refusal email is written in the owner's language; the reason goes as the administrator typed it
          const ownerLanguage = t(`administration.languages.${owners[0]?.locale === "en" ? "en" : "fr"}`);
          return (
            <li key={organisation.id} className="card" aria-labelledby={`organisation-${organisation.id}`}>
              <h2 id={`organisation-${organisation.id}`}>{organisation.name}</h2>
              <p className="mt-1 text-muted">
                {[t(`vocab.sectors.${organisation.sector}` as TranslationKey), organisation.town]
                  .filter(Boolean)
                  .join(" · ")}{" "}
                · {t("administration.queue.signedUp", { date: formatDateTime(organisation.createdAt) })}
              </p>
              <dl className="mt-4 grid gap-2">
                <dt className="font-bold">{t("administration.queue.website")}</dt>
                <dd>
                  {organisation.website ? (
                    <a href={organisation.website} className="link break-all" rel="noopener noreferrer nofollow">
                      {organisation.website}
                    </a>
                  ) : (
                    t("administration.queue.noWebsite")
                  )}
                </dd>
                <dt className="font-bold">{t("administration.queue.owner")}</dt>
                {owners.map((owner) => (
                  <dd key={owner.email}>
                    {owner.name} · <span className="break-all">{owner.email}</span>
                  </dd>
                ))}
                <dt className="font-bold">{t("administration.queue.purpose")}</dt>
                <dd lang={organisation.contentLocale}>
                  {organisation.purpose ? (
                    <RichText source={organisation.purpose} />
                  ) : (
                    t("administration.queue.noPurpose")
                  )}
                </dd>
              </dl>
              <section aria-labelledby={`mission-${organisation.id}`} className="mt-6">
                <h3 id={`mission-${organisation.id}`} className="text-xl font-bold">
                  {t("administration.queue.firstMission")}
                  {organisation._count.missions > 0
                    ? ` (${t("administration.queue.missionCount", { count: organisation._count.missions })})`
                    : ""}
                </h3>
                {mission ? (
                  <div lang={organisation.contentLocale} className="mt-2">
                    <p className="font-bold">
                      {mission.title} · {mission.town}
                    </p>
                    <p className="mt-1">{mission.summary}</p>
                    <details className="mt-2">
                      <summary className="link cursor-pointer py-2">
                        {t("administration.queue.missionDescription")}
                      </summary>
                      <RichText source={mission.description} headingLevel={4} />
                    </details>
                  </div>
                ) : (
                  <p className="mt-2">{t("administration.queue.noMission")}</p>
                )}
              </section>
              <div className="mt-6 grid gap-6 md:grid-cols-2">
                <Form method="post" className="grid content-start gap-2">
                  <h3 className="text-xl font-bold">{t("administration.queue.verifyTitle")}</h3>
                  <p>{t("administration.queue.verifyHint")}</p>
                  <input type="hidden" name="organisation" value={organisation.id} />
                  <p className="mt-2">
                    <button type="submit" name="intent" value="verify" className="button">
                      {t("administration.queue.verify", { name: organisation.name })}
                    </button>
                  </p>
                </Form>
                <Form method="post" noValidate>
                  <h3 className="text-xl font-bold">{t("administration.queue.refuseTitle")}</h3>
                  <ErrorSummary errors={errors} fieldIds={{ reason: reasonId }} />
                  <input type="hidden" name="organisation" value={organisation.id} />
                  <TextArea
                    name="reason"
                    id={reasonId}
                    rows={4}
                    label={t("administration.queue.reason")}
                    hint={t("administration.queue.reasonHint", { language: ownerLanguage })}
                    defaultValue={errors ? valueOf(answer?.values, "reason") : undefined}
                    error={errors?.reason}
                  />
                  <button type="submit" name="intent" value="refuse" className="button-secondary">
                    {t("administration.queue.refuse", { name: organisation.name })}
                  </button>
                </Form>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
