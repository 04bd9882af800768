// The account page's warning that emails to the person's address bounce, with the server's words and a fix.
import { Form } from "@remix-run/react";
import { LimitSummary } from "~/components/limit-summary";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { LimitReached } from "~/modules/security/limit-words";

/**
 * On the account page when our emails to the person's address bounce for good: what happened, in the mail server's
 * own words, and how to fix it. The button sends a sign-in code to the address; typing it proves the address works.
 */
export function RefusedAddressNotice({
  email,
  refusal,
  limit,
}: {
  email: string;
  refusal: { since: Date | string; reply: string };
  limit?: LimitReached;
}) {
  const { t, formatDateTime } = useI18n();
  return (
    <section
      aria-labelledby="refused-address-title"
      className="mt-8 rounded-lg border-4 border-danger bg-danger-soft p-6"
    >
      <h2 id="refused-address-title" className="text-danger">
        {t("deliverability.account.title")}
      </h2>
      <p className="mt-4 text-lg">
        {t("deliverability.account.refused", { date: formatDateTime(refusal.since), email, reply: refusal.reply })}
      </p>
      <p className="mt-4">{t("deliverability.account.consequence")}</p>
      <h3 className="mt-6 text-xl font-bold">{t("deliverability.account.fixTitle")}</h3>
      <p className="mt-2">{t("deliverability.account.checkAddress")}</p>
      <p className="mt-2">{t("deliverability.account.confirmIntro")}</p>
      <Form method="post" className="mt-6">
        {limit ? <LimitSummary limit={limit} /> : null}
        <button type="submit" name="intent" value="check-address" className="button">
          {t("deliverability.account.confirmButton")}
        </button>
      </Form>
    </section>
  );
}
