// A labelled one-line text input (TextField) with its hint and error, used by every form.
import type { InputHTMLAttributes } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

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
  return (
    <div className={`field ${className ?? ""}`}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
        {...input}
      />
    </div>
  );
}
