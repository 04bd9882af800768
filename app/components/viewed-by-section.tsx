// "Who looked at your information" on a candidate's account page (modules/privacy/who-looked.server.ts): each
// organisation that opened their application, downloaded their CV or saw their profile among suggestions, with the
// last time and what it saw. Organisations by name, never the member who looked.
import { formatList } from "~/modules/i18n/format";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { ViewedWhat } from "~/modules/privacy/who-looked.server";

export type OrganisationViewRow = { organisation: string; lastViewedAt: Date | string; what: ViewedWhat[] };

export function ViewedBySection({ views }: { views: OrganisationViewRow[] }) {
  const { t, locale, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="viewed-by-title" className="mt-10 card">
      <h2 id="viewed-by-title">{t("viewedBy.title")}</h2>
      <p className="mt-2">{t("viewedBy.intro")}</p>
      {views.length === 0 ? (
        <p className="mt-4 font-bold">{t("viewedBy.none")}</p>
      ) : (
        <ul className="mt-6 space-y-6" aria-label={t("viewedBy.caption")}>
          {views.map((view, index) => (
            <li key={`${view.organisation}:${index}`} className="border-t-2 border-rule pt-4">
              <h3 className="text-lg font-bold">{view.organisation}</h3>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[14rem_1fr]">
                <dt className="font-bold">{t("viewedBy.what")}</dt>
                <dd>
                  {formatList(
                    view.what.map((what) => t(`viewedBy.whatLabels.${what}`)),
                    locale,
                  )}
                </dd>
                <dt className="font-bold">{t("viewedBy.last")}</dt>
                <dd>{formatDateTime(view.lastViewedAt)}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4 text-muted">{t("viewedBy.kept")}</p>
    </section>
  );
}
