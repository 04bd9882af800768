// Stopping one search alert from its email's link or the mail provider's one-click unsubscribe (/alerts/unsubscribe).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useSearchDescription } from "~/components/search-description";
import { SuccessNotice } from "~/components/success-notice";
import { findAlertByToken, unsubscribe } from "~/modules/candidates/alerts.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("alerts.unsubscribeTitle");

type NamedAlert = { query: string; frequency: string };

const named = (alert: NamedAlert | null) =>
  alert ? { search: parseMissionSearch(new URLSearchParams(alert.query)), frequency: alert.frequency } : null;

// No sign-in needed: the token in the link is the permission. Opening the link shows the alert and one button (so a
// mail scanner following links cannot unsubscribe anyone). A mail program's one-click unsubscribe (RFC 8058) posts
// "List-Unsubscribe=One-Click" to the same address from its own server, with no cookie and no Origin: the cross-site
// gate lets exactly this address through (modules/candidates/alert-links.ts), and the page speaks the language the
// email was written in (the link's `locale`).
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const alert = token ? await findAlertByToken(token) : null;
  return { token, alert: named(alert), active: alert?.active ?? false };
}

/** RFC 8058 lets the provider post either kind of form; the page's own button posts URL-encoded. No file is kept. */
const multipartWithoutFiles = { names: [], maxBytes: 0 };

export async function action({ request }: ActionFunctionArgs) {
  const multipart = request.headers.get("Content-Type")?.toLowerCase().startsWith("multipart/form-data") ?? false;
  const form = await readForm(request, multipart ? multipartWithoutFiles : undefined);
  const token = String(form.get("token") ?? new URL(request.url).searchParams.get("token") ?? "");
  const alert = token ? await findAlertByToken(token) : null;
  return { done: await unsubscribe(token), alert: named(alert) };
}

export default function Unsubscribe() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  const describe = useSearchDescription();
  const alert = result?.alert ?? loaded.alert;
  const ended = result?.done || (alert !== null && !loaded.active);
  if (!alert) {
    return (
      <div className="max-w-2xl">
        <h1>{t("alerts.unsubscribeTitle")}</h1>
        <p className="mt-6">{t("alerts.unknownLink")}</p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>{t("alerts.unsubscribeTitle")}</h1>
      {ended ? <SuccessNotice>{t("alerts.unsubscribed")}</SuccessNotice> : null}
      <section aria-labelledby="alert-title" className="mt-6 card">
        <h2 id="alert-title" className="text-xl">
          {ended ? t("firstUse.unsubscribe.endedAlert") : t("firstUse.unsubscribe.thisAlert")}
        </h2>
        <p className="mt-2 text-lg font-bold">{describe(alert.search)}</p>
        <p className="mt-1">
          {t(alert.frequency === "daily" ? "firstUse.unsubscribe.daily" : "firstUse.unsubscribe.weekly")}
        </p>
      </section>
      {ended ? (
        <p className="mt-6">
          {t("firstUse.unsubscribe.others")}{" "}
          <Link to="/alerts" className="link">
            {t("alerts.title")}
          </Link>
          .
        </p>
      ) : (
        <Form method="post" className="mt-6">
          <p className="text-lg">{t("alerts.unsubscribeIntro")}</p>
          <input type="hidden" name="token" value={loaded.token} />
          <button type="submit" className="button mt-6">
            {t("alerts.unsubscribeButton")}
          </button>
        </Form>
      )}
    </div>
  );
}
