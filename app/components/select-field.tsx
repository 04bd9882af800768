// A labelled drop-down list with its hint and error, used by forms.
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

/** A labelled drop-down list with its hint and error tied to it. */
export function SelectField({
  name,
  id = name,
  label,
  hint,
  error,
  choices,
  defaultValue,
}: {
  name: string;
  id?: string;
  label: string;
  hint?: string;
  error?: TranslationKey;
  choices: { value: string; label: string }[];
  defaultValue?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className="field-input"
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
