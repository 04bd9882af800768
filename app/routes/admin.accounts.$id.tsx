// An administrator's page for one account (/admin/accounts/:id): suspend it with a reason, or reinstate it.
import { ModerationOutcome, SuspensionNotice } from "~/components/moderation-outcome";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { ModerationReasonForm } from "~/components/moderation-reason-form";
import { requireAdministrator } from "~/modules/administration/access.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { alreadyHandled, wasDone } from "~/modules/http/moderation-answers.server";
import { reinstateForm, suspendForm } from "~/modules/moderation/forms";
import { accountForModeration, reinstateAccount, suspendAccount } from "~/modules/moderation/suspensions.server";

export const meta = titleMeta("moderation.admin.accountTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const account = await accountForModeration(params.id ?? "");
  if (!account) throw new Response("Not found", { status: 404 });
  return { account, done: new URL(request.url).searchParams.get("done") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const userId = params.id ?? "";
  const formData = await readForm(request);
  const back = (done: string) => redirect(`/admin/accounts/${userId}?done=${done}`);
  if (formData.get("intent") === "reinstate") {
    const result = parseForm(reinstateForm, formData);
    if (!result.ok) return { intent: "reinstate", ...result };
    if (!wasDone(await reinstateAccount({ administrator, userId, note: result.data.note }))) return alreadyHandled();
    throw back("reinstated");
  }
  const result = parseForm(suspendForm, formData);
  if (!result.ok) return { intent: "suspend", ...result };
  const outcome = await suspendAccount({ administrator, userId, reason: result.data.reason });
  // the page offers no suspension for an administrator: only a forged request gets here
  if (outcome === "administrator") throw new Response("Not found", { status: 404 });
  if (!wasDone(outcome)) return alreadyHandled();
  throw back("suspended");
}

export default function AccountModeration() {
  const { account, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useI18n();
  const failure = answer && "errors" in answer ? answer : undefined;
  return (
    <article className="max-w-4xl">
      <p>
        <Link to="/admin/accounts" className="link inline-block py-2">
          {t("moderation.admin.backToAccounts")}
        </Link>
      </p>
      <h1 className="mt-4">{account.name}</h1>
      <p className="mt-2 text-lg">
        {account.email} · {t(`moderation.admin.accountKinds.${account.kind}` as TranslationKey)}
      </p>
      {account.memberships.map((membership) => (
        <p key={membership.employer.id} className="mt-2">
          {t(`roles.${membership.role}` as TranslationKey)} ·{" "}
          <Link to={`/admin/organisations/${membership.employer.id}`} className="link">
            {membership.employer.name}
          </Link>
          {membership.employer.suspendedAt ? ` · ${t("moderation.admin.organisationIsSuspended")}` : ""}
        </p>
      ))}
      <ModerationOutcome done={done} answer={answer} />
      {account.suspendedAt ? (
        <>
          <SuspensionNotice since={account.suspendedAt} reason={account.suspensionReason} />
          <ModerationReasonForm
            intent="reinstate"
            field="note"
            title={t("moderation.admin.reinstateAccountTitle")}
            explanation={t("moderation.admin.reinstateAccountIntro")}
            label={t("moderation.admin.noteLabel")}
            hint={t("moderation.admin.noteHint")}
            submit={t("moderation.admin.reinstate")}
            failure={failure}
          />
        </>
      ) : account.isAdministrator ? (
        <p className="mt-8 notice">{t("moderation.admin.administratorNotSuspended")}</p>
      ) : (
        <ModerationReasonForm
          intent="suspend"
          field="reason"
          title={t("moderation.admin.suspendAccountTitle")}
          explanation={t("moderation.admin.suspendAccountIntro")}
          label={t("moderation.admin.reasonLabel")}
          hint={t("moderation.admin.suspendReasonHint")}
          submit={t("moderation.admin.suspendAccount")}
          failure={failure}
        />
      )}
    </article>
  );
}
