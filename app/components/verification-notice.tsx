// What an organisation's members read while no administrator has verified it: that its missions wait for the
// verification, or why it was refused (app/modules/administration/verification.server.ts). Nothing once verified.
import { useI18n } from "~/modules/i18n/use-i18n";

export function VerificationNotice({
  status,
  refusalReason,
  className = "mt-6",
}: {
  status: string;
  refusalReason: string | null;
  className?: string;
}) {
  const { t } = useI18n();
  if (status === "verified") return null;
  const refused = status === "refused";
  return (
    <section aria-labelledby="verification-title" className={`notice ${className}`}>
      <h2 id="verification-title" className="text-xl">
        {refused ? t("administration.employer.refusedTitle") : t("administration.employer.pendingTitle")}
      </h2>
      {refused ? (
        <>
          <p className="mt-2">{t("administration.employer.refusedBody", { reason: refusalReason ?? "" })}</p>
          <p className="mt-2">{t("administration.employer.refusedContact")}</p>
        </>
      ) : (
        <p className="mt-2">{t("administration.employer.pendingBody")}</p>
      )}
    </section>
  );
}
