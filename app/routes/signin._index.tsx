// Signing in (/signin): an emailed code or link, or a password.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { FormSummary, LimitSummary } from "~/components/limit-summary";
import { passwordSignInForm, requestLinkForm } from "~/modules/auth/forms";
import { signInWithPassword } from "~/modules/auth/password-sign-in.server";
import { finishSignIn } from "~/modules/auth/finish-sign-in.server";
import { signedInRedirect } from "~/modules/http/sign-in.server";
import { getUser } from "~/modules/auth/session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";
import { addressRefusal, requestSignIn } from "~/modules/auth/sign-in.server";
import { parseForm, valueOf, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { giveBackClientLimit, refusedUntil, takeClientLimit } from "~/modules/security/limits.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("signIn.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"), "");
  if (await getUser(request)) throw redirect(redirectTo || "/dashboard");
  return { redirectTo };
}

export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  if (formData.get("intent") === "password") {
    const result = parseForm(passwordSignInForm, formData);
    if (!result.ok) return { intent: "password" as const, ...result };
    const refused = {
      intent: "password" as const,
      ok: false as const,
      errors: {} as FieldErrors,
      values: { email: result.data.email },
    };
    // counted before the password is checked, so that tries fired together cannot all be checked; a right one is given back
    const clientLimit = await takeClientLimit("passwordFailuresPerClient", request, context);
    if (!clientLimit.ok) return tooManyRequests(refused, "passwordClient", clientLimit);
    const signIn = await signInWithPassword(result.data.email, result.data.password);
    if (signIn.outcome === "paused") return tooManyRequests(refused, "passwordAddress", refusedUntil(signIn.retryAt));
    if (signIn.outcome === "wrong") return { ...refused, errors: { password: "errors.passwordWrong" } as FieldErrors };
    await giveBackClientLimit("passwordFailuresPerClient", request, context);
    throw signedInRedirect(
      await finishSignIn(request, { user: signIn.user, redirectTo: result.data.redirectTo ?? null }),
    );
  }
  const result = parseForm(requestLinkForm, formData);
  if (!result.ok) return { intent: "link" as const, ...result };
  const refused = {
    intent: "link" as const,
    ok: false as const,
    errors: {} as FieldErrors,
    values: { email: result.data.email },
  };
  const clientLimit = await takeClientLimit("signInEmailsPerClient", request, context);
  if (!clientLimit.ok) return tooManyRequests(refused, "signInClient", clientLimit);
  const challengeId = await requestSignIn({
    email: result.data.email,
    locale: await getLocale(request),
    redirectTo: safeRedirectPath(result.data.redirectTo, "") || undefined,
  }).catch(addressRefusal);
  if (typeof challengeId !== "string") return tooManyRequests(refused, "signInAddress", challengeId);
  throw redirect(`/signin/code?${new URLSearchParams({ c: challengeId })}`);
}

export default function SignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const linkFailure = failure?.intent === "link" ? failure : undefined;
  const passwordFailure = failure?.intent === "password" ? failure : undefined;
  const linkLimit = reachedLimit(linkFailure);
  const passwordLimit = reachedLimit(passwordFailure);
  return (
    <div className="max-w-2xl">
      <h1>{t("signIn.title")}</h1>
      <p className="mt-4 text-lg">{t("signIn.intro")}</p>

      <Form method="post" noValidate className="mt-8">
        <FormSummary limit={linkLimit} errors={linkFailure?.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          autoComplete="email"
          defaultValue={valueOf(linkFailure?.values, "email")}
          error={linkFailure?.errors.email}
        />
        <button type="submit" name="intent" value="link" className="button">
          {t("signIn.sendLink")}
        </button>
      </Form>

      <p className="mt-8">
        {t("signIn.noAccount")}{" "}
        <Link to="/signup" className="link">
          {t("signIn.createAccount")}
        </Link>
      </p>

      <section aria-labelledby="password-title" className="mt-12 card">
        <h2 id="password-title">{t("signIn.passwordTitle")}</h2>
        <p className="mt-2">{t("signIn.passwordIntro")}</p>
        <Form method="post" noValidate className="mt-6">
          {passwordLimit ? (
            <LimitSummary limit={passwordLimit} />
          ) : (
            <ErrorSummary errors={passwordFailure?.errors} fieldIds={{ email: "password-email" }} />
          )}
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <TextField
            name="email"
            id="password-email"
            type="email"
            label={t("fields.email")}
            autoComplete="username"
            defaultValue={valueOf(passwordFailure?.values, "email")}
            error={passwordFailure?.errors.email}
          />
          <TextField
            name="password"
            type="password"
            label={t("fields.password")}
            autoComplete="current-password"
            error={passwordFailure?.errors.password}
          />
          <button type="submit" name="intent" value="password" className="button-secondary">
            {t("signIn.passwordSubmit")}
          </button>
        </Form>
      </section>
    </div>
  );
}
