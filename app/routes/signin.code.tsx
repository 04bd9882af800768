// Typing the code emailed for signing in or signing up (/signin/code).
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { codeForm } from "~/modules/auth/forms";
import { finishSignIn } from "~/modules/auth/finish-sign-in.server";
import { signedInRedirect } from "~/modules/http/sign-in.server";
import { findChallengeEmail, signInWithCode } from "~/modules/auth/sign-in.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("signInCode.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const challenge = new URL(request.url).searchParams.get("c") ?? "";
  const email = challenge ? await findChallengeEmail(challenge) : null;
  if (!email) throw new Response("Not found", { status: 404 });
  return { challenge, email };
}

export async function action({ request }: ActionFunctionArgs) {
  const result = parseForm(codeForm, await readForm(request));
  if (!result.ok) return result;
  const outcome = await signInWithCode(result.data.challenge, result.data.code);
  if (outcome.ok) throw signedInRedirect(await finishSignIn(request, outcome));
  if (outcome.reason === "no-account") throw redirect("/signup");
  return {
    ok: false as const,
    errors: { code: outcome.reason === "wrong-code" ? ("errors.codeWrong" as const) : ("errors.codeExpired" as const) },
    values: { code: "" },
  };
}

export default function SignInCode() {
  const { challenge, email } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-2xl">
      <h1>{t("signInCode.title")}</h1>
      <p className="mt-4 text-lg notice" role="status">
        {t("signInCode.sent", { email })}
      </p>
      <p className="mt-6">{t("signInCode.intro")}</p>
      <Form method="post" noValidate className="mt-8">
        <ErrorSummary errors={failure?.errors} />
        <input type="hidden" name="challenge" value={challenge} />
        <TextField
          name="code"
          label={t("signInCode.codeLabel")}
          hint={t("signInCode.codeHint")}
          inputMode="numeric"
          autoComplete="one-time-code"
          className="max-w-xs"
          error={failure?.errors.code}
        />
        <button type="submit" className="button">
          {t("signInCode.submit")}
        </button>
      </Form>
      <p className="mt-8">
        {t("signInCode.noEmail")}{" "}
        <Link to="/signin" className="link">
          {t("signInCode.askAgain")}
        </Link>
      </p>
    </div>
  );
}
