// The open reports about a mission or organisation on its admin page, each dismissable, or all at once.
import { Form } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { ReportReason } from "~/modules/moderation/forms";

export type OpenReport = {
  id: string;
  reason: string;
  details: string;
  contactEmail: string | null;
  createdAt: string;
  reporter: { name: string; email: string } | null;
};

/**
 * The open reports about one target, for an administrator: each with its reason, words, sender and date, and a
 * button that dismisses it; one more dismisses all those shown (a report that arrives meanwhile stays open).
 */
export function OpenReports({ reports }: { reports: OpenReport[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="reports-title" className="mt-10">
      <h2 id="reports-title">{t("moderation.admin.openReports", { count: reports.length })}</h2>
      {reports.length === 0 ? (
        <p className="mt-3">{t("moderation.admin.noOpenReports")}</p>
      ) : (
        <>
          <ul className="mt-4 grid gap-4">
            {reports.map((report) => (
              <li key={report.id} className="card">
                <h3 className="text-xl">{t(`moderation.reasons.${report.reason as ReportReason}`)}</h3>
                <p className="mt-1 text-muted">
                  {formatDateTime(report.createdAt)} ·{" "}
                  {report.reporter
                    ? t("moderation.admin.fromMember", { name: report.reporter.name, email: report.reporter.email })
                    : report.contactEmail
                      ? t("moderation.admin.fromVisitorWithEmail", { email: report.contactEmail })
                      : t("moderation.admin.fromVisitor")}
                </p>
                {report.details ? <p className="mt-3 whitespace-pre-line">{report.details}</p> : null}
                <Form method="post" className="mt-4">
                  <input type="hidden" name="report" value={report.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="dismiss"
                    className="button-secondary"
                    aria-label={`${t("moderation.admin.dismiss")} : ${t(`moderation.reasons.${report.reason as ReportReason}`)}, ${formatDateTime(report.createdAt)}`}
                  >
                    {t("moderation.admin.dismiss")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
          {reports.length > 1 ? (
            <Form method="post" className="mt-4">
              {reports.map((report) => (
                <input key={report.id} type="hidden" name="report" value={report.id} />
              ))}
              <button type="submit" name="intent" value="dismiss" className="button-secondary">
                {t("moderation.admin.dismissAll", { count: reports.length })}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}
