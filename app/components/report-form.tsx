// The "Signaler" page shared by reporting a mission and an organisation: reason, words, and an address for visitors.
import { Form, Link } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { TextField } from "~/components/form-field";
import { FormSummary } from "~/components/limit-summary";
import { SuccessNotice } from "~/components/success-notice";
import { TextArea } from "~/components/text-area";
import { valueOf, type FieldErrors, type FormValues } from "~/modules/forms/parse";
import { useI18n } from "~/modules/i18n/use-i18n";
import { maxReportDetails, reportReasons } from "~/modules/moderation/forms";
import type { LimitReached } from "~/modules/security/limit-words";

/**
 * The "Signaler" page of a mission or an organisation: a reason, what is wrong in the person's words, and, for a
 * visitor, an address where the team may write back. Once sent, thanks and the way back.
 */
export function ReportForm({
  heading,
  subject,
  back,
  signedIn,
  sent,
  failure,
  limit,
}: {
  heading: string;
  /** the mission's title or the organisation's name, in its own language */
  subject: { text: string; lang: string };
  back: { to: string; label: string };
  signedIn: boolean;
  sent: boolean;
  failure?: { errors: FieldErrors; values: FormValues };
  limit?: LimitReached;
}) {
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={back.to} className="link inline-block py-2">
          {back.label}
        </Link>
      </p>
      <h1 className="mt-4">{heading}</h1>
      <p className="mt-2 text-lg font-bold text-muted" lang={subject.lang}>
        {subject.text}
      </p>
      {sent ? (
        <SuccessNotice>{t("moderation.report.sent")}</SuccessNotice>
      ) : (
        <>
          <p className="mt-6 text-lg">{t("moderation.report.intro")}</p>
          <Form method="post" noValidate className="mt-8">
            <FormSummary limit={limit} errors={failure?.errors} />
            <RadioGroup
              name="reason"
              legend={t("moderation.report.reasonLegend")}
              defaultValue={valueOf(failure?.values, "reason")}
              error={failure?.errors.reason}
              choices={reportReasons.map((reason) => ({
                value: reason,
                label: t(`moderation.reasons.${reason}`),
                hint: t(`moderation.reasonHints.${reason}`),
              }))}
            />
            <TextArea
              name="details"
              label={t("moderation.report.detailsLabel")}
              hint={t("moderation.report.detailsHint")}
              maxLength={maxReportDetails}
              defaultValue={valueOf(failure?.values, "details")}
              error={failure?.errors.details}
            />
            {signedIn ? null : (
              <TextField
                name="contactEmail"
                type="email"
                label={t("moderation.report.emailLabel")}
                hint={t("moderation.report.emailHint")}
                autoComplete="email"
                defaultValue={valueOf(failure?.values, "contactEmail")}
                error={failure?.errors.contactEmail}
              />
            )}
            <button type="submit" className="button">
              {t("moderation.report.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
