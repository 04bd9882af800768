// A form's group of large checkboxes under one legend, with its hint and error.
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

/** Several large checkboxes under one legend; the values come back as a repeated field. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  choices,
  checked,
  error,
  columns = 2,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: { value: string; label: string }[];
  checked: readonly string[];
  error?: TranslationKey;
  columns?: 2 | 3 | 4;
}) {
  const grid = { 2: "sm:grid-cols-2", 3: "sm:grid-cols-3", 4: "sm:grid-cols-4" }[columns];
  return (
    <fieldset className="field" id={name} aria-describedby={describedBy(name, hint, error)}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      <div className={`mt-2 grid gap-2 ${grid}`}>
        {choices.map((choice) => (
          <label key={choice.value} className="choice py-2">
            <input type="checkbox" name={name} value={choice.value} defaultChecked={checked.includes(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
