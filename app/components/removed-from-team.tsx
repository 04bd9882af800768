// The page a recruiter sees on employer pages once removed from the organisation: another one to switch to, or home.
import { Form, Link } from "@remix-run/react";
import type { RemovedFromTeam } from "~/modules/auth/removed-from-team";
import { useI18n } from "~/modules/i18n/use-i18n";

/**
 * The page a recruiter sees on any employer page once the organisation this browser works in removed them: which team,
 * and a way on: to another organisation they still belong to (the switch's form, no JavaScript needed) or home.
 */
export function RemovedFromTeamPage({ removed }: { removed: RemovedFromTeam }) {
  const { t, pathFor } = useI18n();
  const name = removed.removedFrom.name;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t("organisations.removedTitle", { name })}</h1>
      <p className="mt-4 max-w-prose text-lg">{t("organisations.removedBody", { name })}</p>
      {removed.organisations.length > 0 ? (
        <>
          <p className="mt-6">{t("organisations.removedOthers")}</p>
          <ul className="mt-3 grid gap-3">
            {removed.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Form method="post" action="/employer/switch" reloadDocument>
                  <input type="hidden" name="organisation" value={organisation.id} />
                  <input type="hidden" name="returnTo" value="/dashboard" />
                  <button type="submit" className="button">
                    {t("organisations.goTo", { name: organisation.name })}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-6">{t("organisations.removedNoOther")}</p>
      )}
      <p className="mt-6">
        <Link className="link" to={pathFor("/")}>
          {t("organisations.home")}
        </Link>
      </p>
    </div>
  );
}
