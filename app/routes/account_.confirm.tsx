// Proving who is there before a sensitive change (fresh-proof.server.ts): the current password, or a code emailed
// to the account's address. Then back to the page that asked.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { FormSummary, LimitSummary } from "~/components/limit-summary";
import { proofCodeForm, proofPasswordForm } from "~/modules/auth/forms";
import { proveWithCode, proveWithPassword, sendProofCode } from "~/modules/auth/fresh-proof.server";
import { answering } from "~/modules/http/domain-errors.server";
import { requireUser } from "~/modules/auth/session.server";
import { parseForm, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reachedLimit } from "~/modules/security/limit-words";
import { safeRedirectPath } from "~/modules/security/redirects.server";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { giveBackClientLimit, refusedUntil, takeClientLimit } from "~/modules/security/limits.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("security.confirm.title");

export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const url = new URL(request.url);
  return {
    email: user.email,
    hasPassword: Boolean(user.passwordHash),
    returnTo: safeRedirectPath(url.searchParams.get("returnTo"), "/account"),
    proof: url.searchParams.get("proof") ?? "",
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireUser(request);
  const formData = await readForm(request);
  const returnTo = safeRedirectPath(formData.get("returnTo"), "/account");
  const intent = formData.get("intent");
  if (intent === "send-code") {
    const refused = { intent: "code" as const, ok: false as const, errors: {} as FieldErrors, values: {} };
    const clientLimit = await takeClientLimit("signInEmailsPerClient", request, context);
    if (!clientLimit.ok) return tooManyRequests(refused, "signInClient", clientLimit);
    const sent = await answering(sendProofCode(request));
    if (typeof sent !== "string") return tooManyRequests(refused, "proofCodes", sent);
    throw redirect(`/account/confirm?${new URLSearchParams({ returnTo, proof: sent })}`);
  }
  if (intent === "code") {
    const result = parseForm(proofCodeForm, formData);
    if (!result.ok) return { intent: "code" as const, ...result };
    const outcome = await answering(proveWithCode(request, result.data.proof, result.data.code));
    if (outcome.outcome === "proved") throw redirect(returnTo);
    const error = outcome.outcome === "wrong" ? ("errors.codeWrong" as const) : ("errors.codeExpired" as const);
    return { intent: "code" as const, ok: false as const, errors: { code: error } as FieldErrors, values: {} };
  }
  const result = parseForm(proofPasswordForm, formData);
  if (!result.ok) return { intent: "password" as const, ...result };
  const refused = { intent: "password" as const, ok: false as const, errors: {} as FieldErrors, values: {} };
  // counted before the password is checked, as at sign-in; a right one is given back
  const clientLimit = await takeClientLimit("passwordFailuresPerClient", request, context);
  if (!clientLimit.ok) return tooManyRequests(refused, "passwordClient", clientLimit);
  const outcome = await answering(proveWithPassword(request, result.data.password));
  if (outcome.outcome === "paused") return tooManyRequests(refused, "passwordAddress", refusedUntil(outcome.retryAt));
  if (outcome.outcome === "wrong") return { ...refused, errors: { password: "errors.passwordWrong" } as FieldErrors };
  await giveBackClientLimit("passwordFailuresPerClient", request, context);
  throw redirect(returnTo);
}

export default function ConfirmItIsYou() {
  const { email, hasPassword, returnTo, proof } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const codeFailure = failure?.intent === "code" ? failure : undefined;
  const passwordFailure = failure?.intent === "password" ? failure : undefined;
  const codeLimit = reachedLimit(codeFailure);
  const passwordLimit = reachedLimit(passwordFailure);
  return (
    <div className="max-w-2xl">
      <h1>{t("security.confirm.title")}</h1>
      <p className="mt-4 text-lg">{t("security.confirm.intro")}</p>

      <section aria-labelledby="code-title" className="mt-10 card">
        <h2 id="code-title">{t("security.confirm.codeTitle")}</h2>
        {codeLimit ? <LimitSummary limit={codeLimit} /> : null}
        {proof ? (
          <>
            {/* refused by the limit, no code went out: the page must not say one just did */}
            {codeLimit ? null : (
              <p className="mt-4 notice" role="status">
                {t("security.confirm.codeSent", { email })}
              </p>
            )}
            <Form method="post" noValidate className="mt-6">
              {codeLimit ? null : <ErrorSummary errors={codeFailure?.errors} />}
              <input type="hidden" name="returnTo" value={returnTo} />
              <input type="hidden" name="proof" value={proof} />
              <TextField
                name="code"
                label={t("security.confirm.codeLabel")}
                hint={t("security.confirm.codeHint")}
                inputMode="numeric"
                autoComplete="one-time-code"
                className="max-w-xs"
                error={codeFailure?.errors.code}
              />
              <button type="submit" name="intent" value="code" className="button">
                {t("security.confirm.codeSubmit")}
              </button>
            </Form>
          </>
        ) : (
          <p className="mt-2">{t("security.confirm.codeIntro", { email })}</p>
        )}
        <Form method="post" className="mt-6">
          <input type="hidden" name="returnTo" value={returnTo} />
          <button type="submit" name="intent" value="send-code" className={proof ? "button-secondary" : "button"}>
            {t("security.confirm.sendCode")}
          </button>
        </Form>
      </section>

      {hasPassword ? (
        <section aria-labelledby="password-title" className="mt-10 card">
          <h2 id="password-title">{t("security.confirm.passwordTitle")}</h2>
          <Form method="post" noValidate className="mt-6">
            <FormSummary limit={passwordLimit} errors={passwordFailure?.errors} />
            <input type="hidden" name="returnTo" value={returnTo} />
            <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
            <TextField
              name="password"
              type="password"
              label={t("fields.password")}
              autoComplete="current-password"
              error={passwordFailure?.errors.password}
            />
            <button type="submit" name="intent" value="password" className="button-secondary">
              {t("security.confirm.passwordSubmit")}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}
