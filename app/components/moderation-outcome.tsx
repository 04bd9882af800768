// What an administrator's last action on a moderation page came to: done (after the redirect), or already handled by
// someone else meanwhile (the conditional write found the target changed). Shared by the mission, organisation and
// account pages of the administrators' area.
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SuccessNotice } from "./success-notice";

export function ModerationOutcome({ done, answer }: { done: string | null; answer: object | undefined }) {
  const { t } = useI18n();
  return (
    <>
      {done ? <SuccessNotice>{t(`moderation.admin.done.${done}` as TranslationKey)}</SuccessNotice> : null}
      {answer && "alreadyHandled" in answer ? (
        <p className="mt-6 notice" role="alert">
          {t("moderation.admin.alreadyHandled")}
        </p>
      ) : null}
    </>
  );
}

/** Since when and why an account or an organisation is suspended. */
export function SuspensionNotice({ since, reason }: { since: Date | string; reason: string | null }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="suspension-title" className="mt-8 notice">
      <h2 id="suspension-title">{t("moderation.admin.suspendedSince", { date: formatDateTime(since) })}</h2>
      <p className="mt-2 whitespace-pre-line">{reason}</p>
    </section>
  );
}
