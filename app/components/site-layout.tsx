import { Form, Link, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { RootData } from "~/root";
import { LanguageSwitch } from "./language-switch";

export function SiteLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const data = useRouteLoaderData<RootData>("root");
  const user = data?.user;
  const location = useLocation();
  return (
    <>
      <a href="#main" className="skip-link">
        {t("nav.skip")}
      </a>
      <header className="border-b-4 border-brand bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
          <Link to="/" className="target inline-flex items-center text-2xl font-bold text-brand no-underline">
            Chevronné
          </Link>
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap items-center gap-2">
              <li>
                <NavLink to="/" end className="nav-link">
                  {t("nav.home")}
                </NavLink>
              </li>
              {user ? (
                <>
                  <li>
                    <NavLink to="/dashboard" className="nav-link">
                      {t("nav.dashboard")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/account" className="nav-link">
                      {t("nav.account")}
                    </NavLink>
                  </li>
                  <li>
                    <Form method="post" action="/signout">
                      <button type="submit" className="nav-link">
                        {t("nav.signOut")}
                      </button>
                    </Form>
                  </li>
                </>
              ) : (
                <>
                  <li>
                    <NavLink to="/signin" className="nav-link">
                      {t("nav.signIn")}
                    </NavLink>
                  </li>
                  <li>
                    <NavLink to="/signup" className="nav-link">
                      {t("nav.signUp")}
                    </NavLink>
                  </li>
                </>
              )}
              <li>
                <LanguageSwitch returnTo={`${location.pathname}${location.search}`} />
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8">
        {children}
      </main>
      <footer className="mt-12 border-t-2 border-rule bg-white">
        <div className="mx-auto max-w-6xl px-4 py-8">
          <p className="max-w-prose">{t("footer.tagline")}</p>
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
