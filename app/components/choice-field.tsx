// A form's group of large radio buttons (RadioGroup) under one legend, with its hint and error.
import type { TranslationKey } from "~/modules/i18n/translate";
import { describedBy, FieldMessages } from "./field-messages";

type Choice = { value: string; label: string; hint?: string };

/** A group of large radio buttons in a fieldset, with its legend and its error. */
export function RadioGroup({
  name,
  legend,
  choices,
  hint,
  defaultValue,
  error,
}: {
  name: string;
  legend: string;
  hint?: string;
  choices: Choice[];
  defaultValue?: string;
  error?: TranslationKey;
}) {
  return (
    <fieldset className="field" aria-describedby={describedBy(name, hint, error)} id={name}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages id={name} hint={hint} error={error} />
      <div className="mt-2 grid gap-3">
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input type="radio" name={name} value={choice.value} defaultChecked={defaultValue === choice.value} />
            <span>
              <span className="font-bold">{choice.label}</span>
              {choice.hint ? <span className="block">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
