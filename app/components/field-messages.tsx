// A form field's hint and error in words, and the aria-describedby ids that tie them to the field.
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

/** The ids a field's aria-describedby points to: its hint, then its error. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A field's hint and error, said in words and tied to the field by id. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: TranslationKey }) {
  const { t } = useI18n();
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          <span className="sr-only">{t("forms.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
    </>
  );
}
