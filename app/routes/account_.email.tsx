// Changing the email address (address-change.server.ts): with fresh proof, a new address receives a code; typed
// here, the account moves to it and the old address is told.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { FormSummary } from "~/components/limit-summary";
import { addressChangePage, confirmAddressChange, requestAddressChange } from "~/modules/auth/address-change.server";
import { addressCodeForm, addressForm } from "~/modules/auth/forms";
import { requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { requireUser } from "~/modules/auth/session.server";
import { parseForm, valueOf, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { takeClientLimit } from "~/modules/security/limits.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("security.address.title");

export const headers = passRetryAfter;

export async function loader({ request }: LoaderFunctionArgs) {
  const change = new URL(request.url).searchParams.get("c") ?? "";
  // typing the code needs only this session (the code is bound to it); asking for one needs fresh proof
  const user = change ? await requireUser(request) : (await requireFreshProof(request, addressChangePage)).user;
  return { email: user.email, change };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  if (formData.get("intent") === "confirm") {
    await requireUser(request);
    const result = parseForm(addressCodeForm, formData);
    if (!result.ok) return { intent: "confirm" as const, ...result };
    const outcome = await confirmAddressChange(request, result.data.change, result.data.code);
    if (outcome.outcome === "changed") throw redirect("/account?saved=address-changed");
    const error = outcome.outcome === "wrong" ? ("errors.codeWrong" as const) : ("errors.codeExpired" as const);
    return { intent: "confirm" as const, ok: false as const, errors: { code: error } as FieldErrors, values: {} };
  }
  const { user } = await requireFreshProof(request, addressChangePage);
  const result = parseForm(addressForm, formData);
  if (!result.ok) return { intent: "request" as const, ...result };
  if (result.data.email === user.email) {
    return {
      intent: "request" as const,
      ok: false as const,
      errors: { email: "security.address.sameAddress" } as FieldErrors,
      values: { email: result.data.email },
    };
  }
  const refused = {
    intent: "request" as const,
    ok: false as const,
    errors: {} as FieldErrors,
    values: { email: result.data.email },
  };
  const clientLimit = await takeClientLimit("signInEmailsPerClient", request, context);
  if (!clientLimit.ok) return tooManyRequests(refused, "signInClient", clientLimit);
  const change = await requestAddressChange(request, result.data.email);
  if (typeof change !== "string") return tooManyRequests(refused, "proofCodes", change);
  throw redirect(`${addressChangePage}?${new URLSearchParams({ c: change })}`);
}

export default function ChangeAddress() {
  const { email, change } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  const requestFailure = failure?.intent === "request" ? failure : undefined;
  const confirmFailure = failure?.intent === "confirm" ? failure : undefined;
  const limit = reachedLimit(requestFailure);
  return (
    <div className="max-w-2xl">
      <p>
        <Link to="/account" className="link inline-block py-2">
          {t("security.address.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("security.address.title")}</h1>
      {change ? (
        <>
          <p className="mt-6 text-lg notice" role="status">
            {t("security.address.codeSent")}
          </p>
          <Form method="post" noValidate className="mt-8">
            <ErrorSummary errors={confirmFailure?.errors} />
            <input type="hidden" name="change" value={change} />
            <TextField
              name="code"
              label={t("security.address.codeLabel")}
              hint={t("security.confirm.codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              className="max-w-xs"
              error={confirmFailure?.errors.code}
            />
            <button type="submit" name="intent" value="confirm" className="button">
              {t("security.address.codeSubmit")}
            </button>
          </Form>
          <p className="mt-8">
            <Link to="/account/email" className="link">
              {t("security.address.askAgain")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-4 text-lg">{t("security.account.addressIntro", { email })}</p>
          <p className="mt-4">{t("security.address.intro")}</p>
          <Form method="post" noValidate className="mt-8">
            <FormSummary limit={limit} errors={requestFailure?.errors} />
            <TextField
              name="email"
              type="email"
              label={t("security.address.newAddress")}
              autoComplete="email"
              defaultValue={valueOf(requestFailure?.values, "email")}
              error={requestFailure?.errors.email}
            />
            <button type="submit" name="intent" value="request" className="button">
              {t("security.address.submit")}
            </button>
          </Form>
        </>
      )}
    </div>
  );
}
