// The administrators' area: a small menu above each administrators' page. Everyone else gets "not found" here and
// on every page below (each loader and action calls requireAdministrator itself: a layout's loader does not guard
// its children's actions or data requests).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet } from "@remix-run/react";
import { requireAdministrator } from "~/modules/administration/access.server";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  return null;
}

const sections: { to: string; label: TranslationKey }[] = [
  { to: "/admin", label: "administration.nav.home" },
  { to: "/admin/organisations", label: "administration.nav.organisations" },
  { to: "/admin/reports", label: "administration.nav.reports" },
  { to: "/admin/accounts", label: "administration.nav.accounts" },
  { to: "/admin/incidents", label: "administration.nav.incidents" },
  { to: "/admin/journal", label: "administration.nav.journal" },
];

export default function AdministrationLayout() {
  const { t } = useI18n();
  return (
    <div>
      <nav aria-label={t("administration.nav.label")} className="mb-8 border-b-2 border-rule pb-4">
        <ul className="flex flex-wrap gap-2">
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to} end={section.to === "/admin"} className="nav-link">
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
