// Every page's frame: the header with its menu per kind of visitor, language and organisation switches, the footer.
import { Form, Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { RootData } from "~/root";
import { IdleWarning } from "./idle-warning";
import { LanguageSwitch } from "./language-switch";
import { OrganisationSwitch } from "./organisation-switch";

type NavItem = { to: string; label: TranslationKey };

/**
 * What each kind of visitor finds in the header: few links, the ones used every day. An employer account that is no
 * longer a member of the organisation its browser works in (or of any) gets no employer menu.
 */
function navigationFor(kind: string | undefined, inOrganisation: boolean): NavItem[] {
  const missions: NavItem = { to: "/missions", label: "nav.missions" };
  if (kind === "candidate") {
    return [
      missions,
      { to: "/missions/for-you", label: "nav.forYou" },
      { to: "/profile", label: "nav.profile" },
      { to: "/applications", label: "nav.applications" },
      { to: "/dashboard", label: "nav.dashboard" },
      { to: "/account", label: "nav.account" },
    ];
  }
  if (kind === "employer" && !inOrganisation)
    return [{ to: "/", label: "nav.home" }, missions, { to: "/account", label: "nav.account" }];
  if (kind === "employer") {
    return [
      { to: "/employer/missions", label: "nav.employerMissions" },
      { to: "/employer/pipeline", label: "nav.pipeline" },
      { to: "/employer/interviews", label: "nav.interviews" },
      { to: "/dashboard", label: "nav.dashboard" },
      { to: "/account", label: "nav.account" },
    ];
  }
  return [
    { to: "/", label: "nav.home" },
    missions,
    { to: "/signin", label: "nav.signIn" },
    { to: "/signup", label: "nav.signUp" },
  ];
}

export function SiteLayout({ children }: { children: ReactNode }) {
  const { t, pathFor } = useI18n();
  const data = useRouteLoaderData<RootData>("root");
  const user = data?.user;
  const location = useLocation();
  const organisations = data?.organisations;
  const links = navigationFor(user?.kind, Boolean(organisations?.current));
  return (
    <>
      <a href="#main" className="skip-link">
        {t("nav.skip")}
      </a>
      {data?.demo ? (
        <aside aria-label={t("demo.label")} className="border-b-2 border-brand bg-brand-soft">
          <p className="mx-auto max-w-6xl px-4 py-3 font-bold">{t("demo.banner")}</p>
        </aside>
      ) : null}
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <Link
            to={pathFor("/")}
            className="target inline-flex items-center text-2xl font-bold text-brand no-underline"
          >
            Chevronné
          </Link>
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap items-center gap-2">
              {links.map((link) => (
                <li key={link.to}>
                  <NavLink to={pathFor(link.to)} end={link.to === "/" || link.to === "/missions"} className="nav-link">
                    {t(link.label)}
                  </NavLink>
                </li>
              ))}
              {user?.isAdministrator ? (
                <li>
                  <NavLink to="/admin" className="nav-link">
                    {t("administration.headerLink")}
                  </NavLink>
                </li>
              ) : null}
              {user ? (
                <li>
                  <Form method="post" action="/signout">
                    <button type="submit" className="nav-link">
                      {t("nav.signOut")}
                    </button>
                  </Form>
                </li>
              ) : null}
              <li>
                <LanguageSwitch returnTo={`${location.pathname}${location.search}`} />
              </li>
            </ul>
          </nav>
        </div>
        {organisations?.current && organisations.all.length > 1 ? (
          <div className="mx-auto max-w-6xl px-4 pb-4">
            <OrganisationSwitch
              current={organisations.current.id}
              organisations={organisations.all}
              returnTo={`${location.pathname}${location.search}`}
            />
          </div>
        ) : null}
        {data?.idleSession ? (
          <p className="mx-auto max-w-6xl px-4 pb-3 text-muted">
            {t("sessions.idleNote", { hours: data.idleSession.idleHours })}
          </p>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      {data?.idleSession ? <IdleWarning {...data.idleSession} /> : null}
      <footer className="mt-12 border-t-2 border-rule bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8">
          <p className="max-w-prose">{t("footer.tagline")}</p>
          <p className="mt-4">
            <Link to={pathFor("/privacy")} className="link">
              {t("privacyPolicy.footerLink")}
            </Link>
          </p>
          {data?.devMailbox ? (
            <p className="mt-4">
              <Link to="/dev/mail" className="link">
                {t("footer.devMailbox")}
              </Link>
            </p>
          ) : null}
        </div>
      </footer>
    </>
  );
}
