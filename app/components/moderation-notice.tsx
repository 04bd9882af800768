// What an employer reads about a mission the administrators unpublished: the reason, and on the editor what to do.
import { useI18n } from "~/modules/i18n/use-i18n";
import { moderationStatus } from "~/modules/missions/mission-statuses";

/** The administrators' reason for unpublishing a mission, as the employer reads it in their list. */
export function ModerationReason({ reason }: { reason: string }) {
  const { t } = useI18n();
  return (
    <p className="mt-2 whitespace-pre-line">
      <strong>{t("moderation.employer.reasonLabel")}</strong> {reason}
    </p>
  );
}

/**
 * On the editor of a mission under moderation: why it was taken off and what to do (fix it, then send it for
 * review), or that it waits for an administrator.
 */
export function MissionModerationNotice({
  status,
  reason,
  justResubmitted,
}: {
  status: string;
  reason: string | null;
  justResubmitted: boolean;
}) {
  const { t } = useI18n();
  const waiting = status === moderationStatus.resubmitted;
  return (
    <section aria-labelledby="moderation-title" className="mt-6 notice" role={justResubmitted ? "status" : undefined}>
      <h2 id="moderation-title">
        {waiting ? t("moderation.employer.waitingTitle") : t("moderation.employer.unpublishedTitle")}
      </h2>
      {reason ? (
        <p className="mt-2 whitespace-pre-line">
          <strong>{t("moderation.employer.reasonLabel")}</strong> {reason}
        </p>
      ) : null}
      <p className="mt-2">
        {waiting ? t("moderation.employer.waitingBody") : t("moderation.employer.unpublishedBody")}
      </p>
    </section>
  );
}
