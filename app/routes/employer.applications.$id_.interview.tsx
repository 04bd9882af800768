// A recruiter proposes interview times to a candidate (/employer/applications/:id/interview).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { SelectField } from "~/components/select-field";
import { TextArea } from "~/components/text-area";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { findOwnLiveApplication } from "~/modules/employers/access.server";
import { formValues, parseForm, valueOf, type FieldErrors } from "~/modules/forms/parse";
import { notFound } from "~/modules/http/domain-errors.server";
import { formatDateTime } from "~/modules/i18n/format";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale, getTimeZone } from "~/modules/i18n/preferences.server";
import { timeZoneChoices } from "~/modules/i18n/time-zones";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { overlapsForProposal } from "~/modules/interviews/agenda.server";
import { hasOpenInterview } from "~/modules/interviews/context.server";
import { durationChoices, formatChoices, slotNumbers } from "~/modules/interviews/interview-choices";
import { proposalForm } from "~/modules/interviews/interview-forms";
import { proposeInterview, type ProposalRefusal } from "~/modules/interviews/lifecycle.server";
import { mayProposeInterview } from "~/modules/interviews/rules";
import { proposalDefaults } from "~/modules/interviews/proposal-defaults.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("interviews.propose.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const application = await findOwnLiveApplication(employer.id, params.id);
  return {
    applicationId: application.id,
    candidateName: application.candidate.user.name,
    // a person who withdrew, was turned down or was hired gets no proposal (the interview module refuses it too)
    closed: !mayProposeInterview(application.stage),
    openExists: await hasOpenInterview(application.id),
    defaults: await proposalDefaults(user, application),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const application = await findOwnLiveApplication(employer.id, params.id);
  const formData = await readForm(request);
  const result = parseForm(proposalForm(new Date()), formData);
  if (!result.ok) return { ...result, overlaps: [] };
  const { confirmOverlap, slotRows, ...proposal } = result.data;
  if (!confirmOverlap) {
    const overlaps = await overlapsForProposal(user.id, employer.id, proposal.slots);
    // a time already booked is not a warning to confirm: the interview module refuses it, next to its field
    if (overlaps.length > 0 && overlaps.every((overlap) => overlap.status === "proposed")) {
      const locale = await getLocale(request, user);
      return {
        ok: false as const,
        errors: {},
        values: formValues(formData),
        overlaps: overlaps.map((overlap) => ({
          ...overlap,
          when: formatDateTime(overlap.start, locale, getTimeZone(user)),
        })),
      };
    }
  }
  const created = await proposeInterview({
    employerId: employer.id,
    actor: user,
    applicationId: application.id,
    proposal,
  });
  if (!created.ok)
    return { ok: false as const, errors: refusalErrors(created, slotRows), values: formValues(formData), overlaps: [] };
  throw redirect(`/employer/applications/${application.id}?saved=interview-proposed#interview`);
}

/** The interview module's refusal in plain words: next to the time already booked, or for the whole form. */
function refusalErrors(refusal: ProposalRefusal, slotRows: number[]): FieldErrors {
  switch (refusal.reason) {
    case "slot-booked":
      return Object.fromEntries(
        refusal.slots.map((slot) => [`time${slotRows[slot - 1]}`, "interviews.errors.slotBooked" as TranslationKey]),
      );
    case "application-closed":
      return { form: "interviews.propose.closed" };
    case "open-exists":
      return { form: "interviews.propose.openExists" };
    case "not-found":
      throw notFound();
  }
}

export default function ProposeInterview() {
  const { applicationId, candidateName, closed, openExists, defaults } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const errors = failure?.errors as Record<string, TranslationKey> | undefined;
  const value = (name: string, fallback = "") => valueOf(failure?.values, name) ?? fallback;
  const back = (
    <p className="mt-8">
      <Link to={`/employer/applications/${applicationId}#interview`} className="link inline-block py-2">
        {t("interviews.propose.back")}
      </Link>
    </p>
  );
  if (closed || openExists) {
    return (
      <div className="max-w-3xl">
        <h1>{t("interviews.propose.title")}</h1>
        <p className="mt-4 text-lg">{t(closed ? "interviews.propose.closed" : "interviews.propose.openExists")}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      <h1>{t("interviews.propose.title")}</h1>
      <p className="mt-4 text-lg">{t("interviews.propose.intro", { name: candidateName })}</p>
      {defaults.prefersPhone ? (
        <p className="mt-2">{t("interviews.propose.prefersPhone", { name: candidateName })}</p>
      ) : null}
      <Form method="post" className="mt-6" noValidate key={failure ? "again" : "first"}>
        <ErrorSummary errors={errors} />
        {failure?.overlaps.length ? (
          <div className="notice mb-8" role="alert">
            <h2 className="text-2xl font-bold">{t("interviews.propose.overlapTitle")}</h2>
            <ul className="mt-3 list-disc pl-6">
              {failure.overlaps.map((overlap) => (
                <li key={`${overlap.slot}-${overlap.candidateName}-${String(overlap.start)}`}>
                  {t("interviews.propose.overlapItem", {
                    slot: overlap.slot,
                    status: t(`interviews.statuses.${overlap.status}` as TranslationKey).toLowerCase(),
                    candidate: overlap.candidateName,
                    when: overlap.when,
                  })}
                </li>
              ))}
            </ul>
            <label className="choice mt-4">
              <input type="checkbox" name="confirmOverlap" value="on" />
              <span>{t("interviews.propose.confirmOverlap")}</span>
            </label>
          </div>
        ) : null}
        <RadioGroup
          name="format"
          legend={t("interviews.propose.formatLegend")}
          choices={formatChoices.map((format) => ({ value: format, label: t(`interviews.formats.${format}`) }))}
          defaultValue={value("format", defaults.format)}
          error={errors?.format}
        />
        <TextField
          name="address"
          label={t("interviews.propose.address")}
          defaultValue={value("address", defaults.address)}
          error={errors?.address}
          autoComplete="off"
        />
        <TextArea
          name="accessNotes"
          label={t("interviews.propose.accessNotes")}
          hint={t("interviews.propose.accessNotesHint")}
          rows={3}
          defaultValue={value("accessNotes")}
          error={errors?.accessNotes}
        />
        <TextField
          name="callNumber"
          type="tel"
          label={t("interviews.propose.callNumber")}
          hint={t("privacy.callNumberHint")}
          defaultValue={value("callNumber", defaults.callNumber)}
          error={errors?.callNumber}
        />
        <TextField
          name="videoLink"
          type="url"
          label={t("interviews.propose.videoLink")}
          hint={t("interviews.propose.videoLinkHint")}
          defaultValue={value("videoLink")}
          error={errors?.videoLink}
        />
        <TextField
          name="recruiterPhone"
          type="tel"
          autoComplete="tel"
          label={t("interviews.propose.recruiterPhone")}
          hint={t("interviews.propose.recruiterPhoneHint")}
          defaultValue={value("recruiterPhone", defaults.recruiterPhone)}
          error={errors?.recruiterPhone}
        />
        <SelectField
          name="timeZone"
          label={t("interviews.propose.timeZone")}
          choices={timeZoneChoices.map((zone) => ({ value: zone, label: t(`timeZones.${zone}` as TranslationKey) }))}
          defaultValue={value("timeZone", defaults.timeZone)}
          error={errors?.timeZone}
        />
        <fieldset className="field" aria-describedby="slots-hint">
          <legend className="field-label">{t("interviews.propose.slotsLegend")}</legend>
          <p id="slots-hint" className="field-hint">
            {t("interviews.propose.slotsHint")}
          </p>
          {slotNumbers.map((n) => (
            <fieldset key={n} className="mt-4 grid gap-x-4 sm:grid-cols-3 card">
              <legend className="font-bold">{t("interviews.propose.slot", { number: n })}</legend>
              <TextField
                name={`date${n}`}
                type="date"
                label={t("interviews.propose.date")}
                defaultValue={value(`date${n}`)}
                error={errors?.[`date${n}`]}
              />
              <TextField
                name={`time${n}`}
                type="time"
                label={t("interviews.propose.time")}
                defaultValue={value(`time${n}`)}
                error={errors?.[`time${n}`]}
              />
              <SelectField
                name={`duration${n}`}
                label={t("interviews.propose.duration")}
                choices={durationChoices.map((minutes) => ({
                  value: String(minutes),
                  label: t("interviews.propose.minutes", { count: minutes }),
                }))}
                defaultValue={value(`duration${n}`, "45")}
                error={errors?.[`duration${n}`]}
              />
            </fieldset>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t("interviews.propose.submit")}
        </button>
      </Form>
      {back}
    </div>
  );
}
