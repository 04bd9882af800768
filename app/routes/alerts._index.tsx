// A candidate's search alerts (/alerts): the saved searches that email new missions, with a way to delete each.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireCandidate } from "~/modules/auth/session.server";
import { createAlertForm } from "~/modules/candidates/alert-forms";
import { createAlert, deleteAlert, listAlerts } from "~/modules/candidates/alerts.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { useSearchDescription } from "~/components/search-description";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/request-gate/read-form.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { hasConsent } from "~/modules/consents/consents.server";

export const meta = titleMeta("alerts.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const alerts = await listAlerts(profile.id);
  return {
    alerts: alerts.map((alert) => ({
      id: alert.id,
      query: alert.query,
      search: parseMissionSearch(new URLSearchParams(alert.query)),
      frequency: alert.frequency,
      createdAt: alert.createdAt,
    })),
    created: new URL(request.url).searchParams.has("created"),
    // alerts are kept but send nothing while the "email-news" consent is withdrawn
    paused: alerts.length > 0 && !(await hasConsent(user.id, "email-news")),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCandidate(request);
  const profile = await loadProfile(user.id);
  const formData = await readForm(request);
  if (formData.get("intent") === "delete") {
    if (!(await deleteAlert(profile.id, String(formData.get("alert") ?? ""))))
      throw new Response("Not found", { status: 404 });
    throw redirect("/alerts");
  }
  const result = parseForm(createAlertForm, formData);
  if (!result.ok) throw new Response("Bad request", { status: 400 });
  await createAlert(profile.id, result.data.query, result.data.frequency);
  throw redirect("/alerts?created=1");
}

export default function Alerts() {
  const { alerts, created, paused } = useLoaderData<typeof loader>();
  const { t, formatDateTime, pathFor } = useI18n();
  const describe = useSearchDescription();
  return (
    <div className="max-w-3xl">
      <h1>{t("alerts.title")}</h1>
      {created ? <SuccessNotice>{t("alerts.created")}</SuccessNotice> : null}
      <p className="mt-4 text-lg">{t("alerts.intro")}</p>
      {paused ? (
        <p className="mt-6 notice">
          {t("privacyPolicy.consents.alertsPaused")}{" "}
          <Link to="/account#consents-title" className="link font-bold">
            {t("privacyPolicy.consents.alertsPausedLink")}
          </Link>
        </p>
      ) : null}
      {alerts.length === 0 ? (
        <p className="mt-6">
          {t("alerts.none")}{" "}
          <Link to={pathFor("/missions")} className="link">
            {t("applications.findMissions")}
          </Link>
        </p>
      ) : (
        <ul className="mt-8 grid gap-4">
          {alerts.map((alert) => (
            <li key={alert.id} className="card">
              <p className="text-lg font-bold">{describe(alert.search)}</p>
              <p className="mt-1">
                {alert.frequency === "daily" ? t("alerts.daily") : t("alerts.weekly")} ·{" "}
                {t("alerts.since", { date: formatDateTime(alert.createdAt) })}
              </p>
              <div className="mt-4 flex flex-wrap gap-4">
                <Link to={pathFor(`/missions?${alert.query}`)} className="button-secondary">
                  {t("alerts.open")}
                </Link>
                <Form method="post">
                  <input type="hidden" name="alert" value={alert.id} />
                  <button type="submit" name="intent" value="delete" className="button-secondary">
                    {t("alerts.delete")}
                  </button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
