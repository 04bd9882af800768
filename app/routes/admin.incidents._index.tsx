// The register of confidentiality incidents: newest discoveries first, a page at a time, with the way to record one
// and to download the whole register as CSV.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { requireAdministrator } from "~/modules/administration/access.server";
import { dayText, listIncidents } from "~/modules/administration/incidents.server";
import { formatDay } from "~/modules/i18n/format";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.incidents.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const page = Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get("page")) || 1));
  const { incidents, total, pageCount } = await listIncidents(page);
  return {
    page,
    pageCount,
    total,
    incidents: incidents.map((incident) => ({
      id: incident.id,
      title: incident.title,
      discoveredOn: dayText(incident.discoveredOn),
      peopleCount: incident.peopleCount,
      seriousInjuryRisk: incident.seriousInjuryRisk,
      // a risk of serious injury calls for both notices; one still missing is flagged
      toNotify: incident.seriousInjuryRisk && (!incident.commissionNotifiedOn || !incident.peopleNotifiedOn),
    })),
  };
}

export default function IncidentRegister() {
  const { incidents, total, page, pageCount } = useLoaderData<typeof loader>();
  const { t, locale } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("administration.incidents.title")}</h1>
      <p className="mt-4 text-lg">{t("administration.incidents.intro")}</p>
      <div className="mt-6 flex flex-wrap gap-4">
        <Link to="/admin/incidents/new" className="button">
          {t("administration.incidents.record")}
        </Link>
        {total > 0 ? (
          <a href="/admin/incidents/export" className="button-secondary" download>
            {t("administration.incidents.export")}
          </a>
        ) : null}
      </div>
      <p className="mt-8 font-bold">
        {total === 0 ? t("administration.incidents.empty") : t("administration.incidents.count", { count: total })}
      </p>
      <ul className="mt-4 grid gap-4">
        {incidents.map((incident) => (
          <li key={incident.id} className="card">
            <h2 className="text-xl">
              <Link
                to={`/admin/incidents/${incident.id}`}
                className="link"
                aria-label={t("administration.incidents.view", { title: incident.title })}
              >
                {incident.title}
              </Link>
            </h2>
            <p className="mt-2">
              {t("administration.incidents.discovered", { date: formatDay(incident.discoveredOn, locale) })} ·{" "}
              {t("administration.incidents.people", { count: incident.peopleCount })}
            </p>
            <p className="mt-1 font-bold">
              {incident.seriousInjuryRisk
                ? t("administration.incidents.riskYes")
                : t("administration.incidents.riskNo")}
              {incident.toNotify ? ` · ${t("administration.incidents.toNotify")}` : ""}
            </p>
          </li>
        ))}
      </ul>
      <Pagination page={page} pageCount={pageCount} hrefFor={(to) => `/admin/incidents?page=${to}`} />
    </div>
  );
}
