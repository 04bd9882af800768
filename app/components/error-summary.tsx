// The box at the top of a refused form listing each mistake with a link to its field; it takes focus.
import { useEffect, useRef } from "react";
import type { FieldErrors } from "~/modules/forms/parse";
import { useI18n } from "~/modules/i18n/use-i18n";

/**
 * Lists every error with a link to its field, and takes focus so screen readers and keyboard users start there.
 * Without JavaScript the `autofocus` attribute does the same.
 */
export function ErrorSummary({ errors, fieldIds }: { errors?: FieldErrors; fieldIds?: Record<string, string> }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  // focus moves to the summary when the errors change, not on every render (a button changing while sending)
  const errorsKey = entries.map(([field, key]) => `${field}:${key}`).join("|");
  useEffect(() => {
    if (errorsKey) ref.current?.focus();
  }, [errorsKey]);
  if (entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      // eslint-disable-next-line jsx-a11y/no-autofocus -- moving focus to the summary is the intended behaviour
      autoFocus
      aria-labelledby="error-summary-title"
      className="mb-8 rounded-lg border-4 border-danger bg-danger-soft p-6"
    >
      <h2 id="error-summary-title" className="text-2xl font-bold text-danger">
        {t("forms.errorSummaryTitle")}
      </h2>
      <ul className="mt-4 list-disc space-y-2 pl-6">
        {entries.map(([field, key]) => (
          <li key={field}>
            <a className="link text-danger" href={`#${fieldIds?.[field] ?? field}`}>
              {t(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
