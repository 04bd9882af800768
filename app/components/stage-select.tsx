// The pipeline's stage names and the drop-down a recruiter uses to move an application to another stage.
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { recruiterStages } from "~/modules/vocabulary/pipeline-stages";

/** A stage's name, as every list, column and table of the pipeline writes it. */
export function useStageName(): (stage: string) => string {
  const { t } = useI18n();
  return (stage) => t(`pipeline.stages.${stage}` as TranslationKey);
}

/** A labelled list of the stages a recruiter may move an application to. */
export function StageSelect({
  id,
  name,
  label,
  defaultValue,
}: {
  id: string;
  name: string;
  label: string;
  defaultValue?: string;
}) {
  const stageName = useStageName();
  return (
    <div>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className="field-input">
        {recruiterStages.map((stage) => (
          <option key={stage} value={stage}>
            {stageName(stage)}
          </option>
        ))}
      </select>
    </div>
  );
}
