// Administrators find an account by email (/admin/accounts) and see the suspended accounts and organisations.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { requireAdministrator } from "~/modules/administration/access.server";
import type { FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { findAccountForm } from "~/modules/moderation/forms";
import { currentSuspensions, findAccountByEmail } from "~/modules/moderation/suspensions.server";

export const meta = titleMeta("moderation.admin.accountsTitle");

/** Finding an account is a search (GET): the address is in the page's address, and the answer goes to the account. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const search = new URL(request.url).searchParams;
  let errors: FieldErrors | undefined;
  if (search.has("email")) {
    const result = findAccountForm.safeParse({ email: search.get("email") });
    const account = result.success ? await findAccountByEmail(result.data.email) : null;
    if (account) throw redirect(`/admin/accounts/${account.id}`);
    errors = { email: result.success ? "moderation.errors.noSuchAccount" : "moderation.errors.emailInvalid" };
  }
  return { email: search.get("email") ?? "", errors, suspensions: await currentSuspensions() };
}

export default function Accounts() {
  const { email, errors, suspensions } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  return (
    <div className="max-w-4xl">
      <p>
        <Link to="/admin/reports" className="link inline-block py-2">
          {t("moderation.admin.backToQueue")}
        </Link>
      </p>
      <h1 className="mt-4">{t("moderation.admin.accountsTitle")}</h1>
      <Form method="get" noValidate className="mt-8">
        <ErrorSummary errors={errors} />
        <TextField
          name="email"
          type="email"
          label={t("moderation.admin.findLabel")}
          hint={t("moderation.admin.findHint")}
          defaultValue={email}
          error={errors?.email}
        />
        <button type="submit" className="button">
          {t("moderation.admin.find")}
        </button>
      </Form>

      <section aria-labelledby="suspended-organisations-title" className="mt-10">
        <h2 id="suspended-organisations-title">
          {t("moderation.admin.suspendedOrganisations", { count: suspensions.organisations.length })}
        </h2>
        {suspensions.organisations.length === 0 ? (
          <p className="mt-3">{t("moderation.admin.noneSuspended")}</p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {suspensions.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/admin/organisations/${organisation.id}`} className="link">
                  {organisation.name}
                </Link>{" "}
                ·{" "}
                {organisation.suspendedAt
                  ? t("moderation.admin.suspendedSince", { date: formatDateTime(organisation.suspendedAt) })
                  : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="suspended-accounts-title" className="mt-10">
        <h2 id="suspended-accounts-title">
          {t("moderation.admin.suspendedAccounts", { count: suspensions.accounts.length })}
        </h2>
        {suspensions.accounts.length === 0 ? (
          <p className="mt-3">{t("moderation.admin.noneSuspended")}</p>
        ) : (
          <ul className="mt-4 grid gap-3">
            {suspensions.accounts.map((account) => (
              <li key={account.id}>
                <Link to={`/admin/accounts/${account.id}`} className="link">
                  {account.name}
                </Link>{" "}
                · {account.email} ·{" "}
                {account.suspendedAt
                  ? t("moderation.admin.suspendedSince", { date: formatDateTime(account.suspendedAt) })
                  : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
