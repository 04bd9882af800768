import type { TextareaHTMLAttributes } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

/** A labelled multi-line field with its hint and error tied to it. */
export function TextArea({
  name,
  label,
  hint,
  error,
  ...textarea
}: { name: string; label: string; hint?: string; error?: TranslationKey } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">) {
    return (
    <div className="field">
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <FieldMessages id={name} hint={hint} error={error} />
      <textarea id={name} name={name} rows={6} aria-invalid={error ? true : undefined} aria-describedby={describedBy(name, hint, error)} className="field-input max-w-2xl" {...textarea} />
    </div>
  );
}
