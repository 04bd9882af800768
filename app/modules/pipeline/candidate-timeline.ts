// One line of words per timeline event, as the candidate reads their own application's history (the events that are
// not private to the employer). Shared by the applications page and the personal-data export. Pure: no I/O.
import type { Translate, TranslationKey } from "~/modules/i18n/translate";
import { parseJsonObject } from "~/modules/json-columns";

export function candidateEventLine(
  event: { kind: string; details: string },
  t: Translate,
  formatDateTime: (date: string) => string,
): string {
  const data = parseJsonObject(event.details);
  if (event.kind === "stage_changed")
    return t("applications.events.stageChanged", { stage: t(`stages.${String(data.to)}` as TranslationKey) });
  if (event.kind.startsWith("interview")) {
    return t(`interviews.history.${event.kind}` as TranslationKey, {
      when: typeof data.startsAt === "string" ? formatDateTime(data.startsAt) : "",
    });
  }
  if (event.kind === "applied" && data.again === true) return t("applications.events.appliedAgain");
  return t(`applications.events.${event.kind}` as TranslationKey);
}
