import type { InputHTMLAttributes } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

type TextFieldProps = {
  name: string;
  /** defaults to the name; set it when two forms on one page share a field name */
  id?: string;
  label: string;
  hint?: string;
  error?: TranslationKey;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled field with its hint and its error tied to it (aria-describedby), the error said in words. */
export function TextField({ name, id = name, label, hint, error, className, ...input }: TextFieldProps) {
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span className="sr-only">{t("forms.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="field-input"
        {...input}
      />
    </div>
  );
}
