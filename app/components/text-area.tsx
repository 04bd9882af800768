// A labelled multi-line text field with its hint and error, used by forms.
import type { TextareaHTMLAttributes } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

/** A labelled multi-line field with its hint and error tied to it. */
export function TextArea({
  name,
  id = name,
  label,
  hint,
  error,
  ...textarea
}: { name: string; id?: string; label: string; hint?: string; error?: TranslationKey } & Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  "name" | "id"
>) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        name={name}
        rows={6}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input max-w-2xl"
        {...textarea}
      />
    </div>
  );
}
