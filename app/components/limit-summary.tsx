// What a form shows when a rate limit refused it (429): why and when to try again, else its error summary.
import { useEffect, useRef } from "react";
import { ErrorSummary } from "~/components/error-summary";
import { useI18n } from "~/modules/i18n/use-i18n";
import { limitWords, type LimitReached } from "~/modules/security/limit-words";

/**
 * Takes the error summary's place when a form was refused by a limit (status 429): says why and when to try again,
 * and takes focus the same way (autofocus without JavaScript).
 */
export function LimitSummary({ limit }: { limit: LimitReached }) {
  const { t, locale, timeZone } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [limit.retryAt]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- moving focus to the summary is the intended behaviour
      autoFocus
      aria-labelledby="limit-summary-title"
      aria-describedby="limit-summary-words"
      className="mb-8 rounded-lg border-4 border-danger bg-danger-soft p-6"
    >
      <h2 id="limit-summary-title" className="text-2xl font-bold text-danger">
        {t("limits.title")}
      </h2>
      <p id="limit-summary-words" className="mt-4 text-lg">
        {limitWords(limit, locale, timeZone)}
      </p>
    </div>
  );
}

/** A form's summary: why a limit refused it and until when, or else its mistakes (none: nothing is shown). */
export function FormSummary({
  limit,
  errors,
}: {
  limit: LimitReached | undefined;
  errors: Parameters<typeof ErrorSummary>[0]["errors"];
}) {
  return limit ? <LimitSummary limit={limit} /> : <ErrorSummary errors={errors} />;
}
