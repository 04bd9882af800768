import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { findAlertByToken, unsubscribe } from "~/modules/candidates/alerts.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SuccessNotice } from "~/components/success-notice";
import { readForm } from "~/modules/forms/read.server";

export const meta = titleMeta("alerts.unsubscribeTitle");

// No sign-in needed: the token in the link is the permission. Opening the link shows one button (so a mail
// scanner following links cannot unsubscribe anyone); mail clients' one-click POST works the same way.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const alert = token ? await findAlertByToken(token) : null;
  return { token, known: Boolean(alert), active: alert?.active ?? false };
}

export async function action({ request }: ActionFunctionArgs) {
  const url = new URL(request.url);
  const form = await readForm(request);
  const token = String(form.get("token") ?? url.searchParams.get("token") ?? "");
  return { done: await unsubscribe(token) };
}

export default function Unsubscribe() {
  const { token, known, active } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-2xl">
      <h1>{t("alerts.unsubscribeTitle")}</h1>
      {result?.done || (known && !active) ? <SuccessNotice>{t("alerts.unsubscribed")}</SuccessNotice> : known ? (
        <Form method="post" className="mt-6">
          <p className="text-lg">{t("alerts.unsubscribeIntro")}</p>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button mt-6">
            {t("alerts.unsubscribeButton")}
          </button>
        </Form>
      ) : (
        <p className="mt-6">{t("alerts.unknownLink")}</p>
      )}
    </div>
  );
}
