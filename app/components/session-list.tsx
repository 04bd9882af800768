// The account page's list of open sessions: device, last use, and a button to end each.
import { Form } from "@remix-run/react";
import type { SessionSummary } from "~/modules/auth/account-sessions.server";
import { useI18n } from "~/modules/i18n/use-i18n";

/** The account's open sessions, each with its device in plain words, when it was last used, and a button to end it. */
export function SessionList({ sessions }: { sessions: SessionSummary[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="sessions-title" className="mt-10 card">
      <h2 id="sessions-title">{t("sessions.listTitle")}</h2>
      <p className="mt-2">{t("sessions.listIntro")}</p>
      <ul className="mt-6 space-y-6">
        {sessions.map((session) => {
          const device = t("sessions.device", {
            browser: session.browser || t("sessions.unknownBrowser"),
            system: session.system || t("sessions.unknownSystem"),
            kind: t(`sessions.kinds.${session.device}`),
          });
          return (
            <li key={session.id} className="border-t-2 border-rule pt-4">
              <p className="text-lg font-bold">
                {device}
                {session.current ? (
                  <span className="ml-3 rounded bg-brand-soft px-2 py-1">{t("sessions.thisDevice")}</span>
                ) : null}
              </p>
              <p className="mt-1">{t("sessions.lastSeen", { when: formatDateTime(session.lastSeenAt) })}</p>
              <p className="mt-1 text-muted">
                {t("sessions.signedInAt", { when: formatDateTime(session.signedInAt) })}
              </p>
              {session.current ? (
                <Form method="post" action="/signout" className="mt-3">
                  <button type="submit" className="button-secondary">
                    {t("sessions.endThis")}
                  </button>
                </Form>
              ) : (
                <Form method="post" className="mt-3">
                  <input type="hidden" name="sessionId" value={session.id} />
                  <button type="submit" name="intent" value="end-session" className="button-secondary">
                    {t("sessions.end", { device })}
                  </button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
