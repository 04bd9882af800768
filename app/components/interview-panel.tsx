// The interview section of a recruiter's application page: its state; propose, move, cancel or record the outcome.
import { Form, Link } from "@remix-run/react";
import type { FieldErrors, FormValues } from "~/modules/forms/parse";
import { valueOf } from "~/modules/forms/parse";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { durationChoices } from "~/modules/interviews/interview-choices";
import type { RecruiterInterviewView } from "~/modules/interviews/recruiter-view.server";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./form-field";
import { InterviewPlace } from "./interview-place";
import { SelectField } from "./select-field";

type Failure = { errors: FieldErrors; values: FormValues } | undefined;

/**
 * The interview section of an application: its state, and proposing (not to a closed application: `mayPropose`),
 * moving, cancelling or recording the outcome.
 */
export function InterviewPanel({
  applicationId,
  interview,
  candidate,
  mayPropose,
  failure,
}: {
  applicationId: string;
  interview: RecruiterInterviewView | null;
  candidate: string;
  mayPropose: boolean;
  failure: Failure;
}) {
  const { t } = useI18n();
  const proposeLink = mayPropose ? (
    <p className="mt-4">
      <Link to={`/employer/applications/${applicationId}/interview`} className="button">
        {t("interviews.panel.propose")}
      </Link>
    </p>
  ) : (
    <p className="mt-4">{t("interviews.panel.closed")}</p>
  );
  return (
    <section aria-labelledby="interview" className="mt-8 card">
      <h2 id="interview">{t("interviews.panel.title")}</h2>
      {!interview ? (
        <>
          <p className="mt-2">{t("interviews.panel.none")}</p>
          {proposeLink}
        </>
      ) : (
        <>
          <p className="mt-2 text-lg font-bold">
            {t("interviews.panel.status", { status: t(`interviews.statuses.${interview.status}` as TranslationKey) })}
          </p>
          <p className="mt-1">
            {t("interviews.panel.format", { format: t(`interviews.formats.${interview.format}` as TranslationKey) })}
          </p>
          <InterviewPlace
            place={interview.place}
            people={{ recruiterName: "", recruiterPhone: interview.recruiterPhone, candidateName: candidate }}
            audience="recruiter"
            className="mt-2"
          />
          {interview.booked ? (
            <p className="mt-3 text-lg">{t("interviews.panel.bookedFor", { when: interview.booked.when })}</p>
          ) : null}
          <h3 className="mt-4 text-xl font-bold">{t("interviews.panel.proposedSlots")}</h3>
          <ol className="mt-2 grid gap-1">
            {interview.slots.map((slot) => (
              <li key={slot.position} className={slot.booked ? "font-bold" : undefined}>
                {slot.taken
                  ? t("interviews.panel.taken", {
                      slot: t("interviews.email.proposal.slot", {
                        position: slot.position,
                        when: slot.when,
                        minutes: slot.minutes,
                      }),
                    })
                  : t("interviews.email.proposal.slot", {
                      position: slot.position,
                      when: slot.when,
                      minutes: slot.minutes,
                    })}
              </li>
            ))}
          </ol>
          {interview.candidateReschedules > 0 ? (
            <p className="mt-2">{t("interviews.panel.candidateChanges", { count: interview.candidateReschedules })}</p>
          ) : null}

          {interview.status === "booked" && interview.canChange ? (
            <RescheduleForm interview={interview} failure={failure} />
          ) : null}

          {interview.canChange ? (
            <p className="mt-6">
              {/* a second step says what will happen and who will be told (issue 13, item 3) */}
              <Link to={`/employer/applications/${applicationId}/interview/cancel`} className="button-secondary">
                {interview.status === "booked" ? t("interviews.panel.cancel") : t("interviews.panel.withdraw")}
              </Link>
            </p>
          ) : null}

          {interview.canRecordOutcome ? (
            <Form method="post" className="mt-6">
              <fieldset>
                <legend className="field-label">{t("interviews.panel.outcomeTitle")}</legend>
                <input type="hidden" name="interview" value={interview.id} />
                <div className="mt-2 flex flex-wrap gap-4">
                  <button type="submit" name="intent" value="interview-held" className="button">
                    {t("interviews.panel.held")}
                  </button>
                  <button type="submit" name="intent" value="interview-missed" className="button-secondary">
                    {t("interviews.panel.missed")}
                  </button>
                </div>
              </fieldset>
            </Form>
          ) : null}
          {interview.isOpen ? null : proposeLink}
        </>
      )}
      <p className="mt-4">
        <Link to="/employer/interviews" className="link inline-block py-2">
          {t("interviews.panel.agenda")}
        </Link>
      </p>
    </section>
  );
}

function RescheduleForm({ interview, failure }: { interview: RecruiterInterviewView; failure: Failure }) {
  const { t } = useI18n();
  const errors = failure?.errors;
  const otherSlots = interview.slots.filter((slot) => slot.free);
  const chosen = valueOf(failure?.values, "target");
  return (
    <Form method="post" className="mt-6" noValidate>
      <ErrorSummary errors={errors} fieldIds={{ target: "target-new" }} />
      <input type="hidden" name="interview" value={interview.id} />
      <input type="hidden" name="expected" value={interview.expected} />
      <input type="hidden" name="timeZone" value={interview.timeZone} />
      <fieldset className="field">
        <legend className="field-label">{t("interviews.panel.rescheduleTitle")}</legend>
        <div className="mt-2 grid gap-3">
          {otherSlots.map((slot) => (
            <label key={slot.position} className="choice">
              <input
                type="radio"
                name="target"
                value={`slot:${slot.position}`}
                defaultChecked={chosen === `slot:${slot.position}`}
              />
              <span>{t("interviews.panel.toSlot", { position: slot.position, when: slot.when })}</span>
            </label>
          ))}
          <label className="choice">
            <input
              id="target-new"
              type="radio"
              name="target"
              value="new"
              defaultChecked={chosen === "new" || otherSlots.length === 0}
            />
            <span>{t("interviews.panel.newTime")}</span>
          </label>
        </div>
      </fieldset>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField
          name="newDate"
          type="date"
          label={t("interviews.panel.newDate")}
          defaultValue={valueOf(failure?.values, "newDate")}
          error={errors?.newDate}
        />
        <TextField
          name="newTime"
          type="time"
          label={t("interviews.panel.newTimeField")}
          defaultValue={valueOf(failure?.values, "newTime")}
          error={errors?.newTime}
        />
        <SelectField
          name="newDuration"
          label={t("interviews.propose.duration")}
          choices={durationChoices.map((minutes) => ({
            value: String(minutes),
            label: t("interviews.propose.minutes", { count: minutes }),
          }))}
          defaultValue={valueOf(failure?.values, "newDuration") ?? "45"}
          error={errors?.newDuration}
        />
      </div>
      <button type="submit" name="intent" value="interview-reschedule" className="button">
        {t("interviews.panel.reschedule")}
      </button>
    </Form>
  );
}
