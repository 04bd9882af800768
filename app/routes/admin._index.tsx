// The administrators' overview: what waits for them, with a way into each page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireAdministrator } from "~/modules/administration/access.server";
import { countIncidents } from "~/modules/administration/incidents.server";
import { countWaitingForVerification } from "~/modules/administration/verification.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const [waiting, incidents] = await Promise.all([countWaitingForVerification(), countIncidents()]);
  return { waiting, incidents };
}

export default function AdministrationHome() {
  const { waiting, incidents } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("administration.title")}</h1>
      <p className="mt-4 text-lg">{t("administration.home.intro")}</p>
      <ul className="mt-8 grid gap-4 sm:grid-cols-2">
        <li className="card">
          <p className="text-lg">
            {waiting > 0 ? t("administration.home.waiting", { count: waiting }) : t("administration.home.noneWaiting")}
          </p>
          <p className="mt-4">
            <Link to="/admin/organisations" className="link">
              {t("administration.home.openQueue")}
            </Link>
          </p>
        </li>
        <li className="card">
          <p className="text-lg">{t("administration.home.incidents", { count: incidents })}</p>
          <p className="mt-4">
            <Link to="/admin/incidents" className="link">
              {t("administration.home.openIncidents")}
            </Link>
          </p>
        </li>
        <li className="card">
          <p className="text-lg">{t("administration.journal.intro")}</p>
          <p className="mt-4">
            <Link to="/admin/journal" className="link">
              {t("administration.home.openJournal")}
            </Link>
          </p>
        </li>
      </ul>
    </div>
  );
}
