import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

type Choice = { value: string; label: string; hint?: string };

/** A group of large radio buttons in a fieldset, with its legend and its error. */
export function RadioGroup({
  name,
  legend,
  choices,
  defaultValue,
  error,
}: {
  name: string;
  legend: string;
  choices: Choice[];
  defaultValue?: string;
  error?: TranslationKey;
}) {
  const { t } = useI18n();
  const errorId = `${name}-error`;
  return (
    <fieldset className="field" aria-describedby={error ? errorId : undefined} id={name}>
      <legend className="field-label">{legend}</legend>
      {error ? (
        <p id={errorId} className="field-error">
          <span className="sr-only">{t("forms.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
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
