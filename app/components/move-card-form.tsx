import { Form } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";
import { recruiterMayMove } from "~/modules/pipeline/stages";
import { StageSelect } from "./stage-select";

/**
 * Moves one card to another stage: a plain form, so it works by keyboard and without JavaScript. A withdrawn
 * application says so instead: that decision is the candidate's.
 */
export function MoveCardForm({ applicationId, candidateName, stage, action }: { applicationId: string; candidateName: string; stage: string; action?: string }) {
  const { t } = useI18n();
  if (!recruiterMayMove(stage)) return <p className="mt-3">{t("pipeline.withdrawnByCandidate")}</p>;
  return (
    <Form method="post" action={action} className="mt-3 grid gap-2">
      <input type="hidden" name="application" value={applicationId} />
      <input type="hidden" name="from" value={stage} />
      <StageSelect id={`to-${applicationId}`} name="to" label={t("pipeline.moveLabel", { name: candidateName })} defaultValue={stage} />
      <label className="flex min-h-target items-center gap-2">
        <input type="checkbox" name="notify" defaultChecked className="h-6 w-6 accent-brand" />
        <span>{t("pipeline.notify")}</span>
      </label>
      <button type="submit" name="intent" value="move" className="button-secondary" aria-label={`${t("pipeline.move")} : ${candidateName}`}>
        {t("pipeline.move")}
      </button>
    </Form>
  );
}
