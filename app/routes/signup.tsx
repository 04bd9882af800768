// Creating an account (/signup): candidate or employer, name, email and consents; then a code by email.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { RadioGroup } from "~/components/choice-field";
import { ConsentChoices } from "~/components/consent-section";
import { TextField } from "~/components/form-field";
import { FormSummary } from "~/components/limit-summary";
import { signUpForm } from "~/modules/auth/forms";
import { getUser } from "~/modules/auth/session.server";
import { addressRefusal, requestSignIn } from "~/modules/auth/sign-in.server";
import { formValues, parseForm, valueOf, valuesOf, type FieldErrors } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale } from "~/modules/i18n/preferences.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { reachedLimit } from "~/modules/security/limit-words";
import { passRetryAfter, tooManyRequests } from "~/modules/http/limits.server";
import { takeClientLimit } from "~/modules/security/limits.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("signUp.title");

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/dashboard");
  const url = new URL(request.url);
  return { kind: url.searchParams.get("kind") ?? "", email: url.searchParams.get("email") ?? "" };
}

export const headers = passRetryAfter;

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readForm(request);
  const result = parseForm(signUpForm, formData);
  if (!result.ok) return result;
  const refused = { ok: false as const, errors: {} as FieldErrors, values: formValues(formData) };
  // sign-ups and sign-in links share one count per client: both send an email
  const clientLimit = await takeClientLimit("signInEmailsPerClient", request, context);
  if (!clientLimit.ok) return tooManyRequests(refused, "signInClient", clientLimit);
  const { kind, name, email, orgName, consent } = result.data;
  const challengeId = await requestSignIn({
    email,
    locale: await getLocale(request),
    signUp: { kind, name, orgName: kind === "employer" ? orgName : undefined, consents: consent },
  }).catch(addressRefusal);
  if (typeof challengeId !== "string") return tooManyRequests(refused, "signInAddress", challengeId);
  throw redirect(`/signin/code?${new URLSearchParams({ c: challengeId })}`);
}

export default function SignUp() {
  const defaults = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, pathFor } = useI18n();
  const values = failure?.values ?? { kind: defaults.kind, email: defaults.email };
  const errors = failure?.errors;
  const limit = reachedLimit(failure);
  return (
    <div className="max-w-2xl">
      <h1>{t("signUp.title")}</h1>
      <p className="mt-4 text-lg">{t("signUp.intro")}</p>
      <Form method="post" noValidate className="mt-8">
        <FormSummary limit={limit} errors={errors} />
        <RadioGroup
          name="kind"
          legend={t("signUp.kindLegend")}
          defaultValue={valueOf(values, "kind")}
          error={errors?.kind}
          choices={[
            { value: "candidate", label: t("signUp.kindCandidate"), hint: t("signUp.kindCandidateHint") },
            { value: "employer", label: t("signUp.kindEmployer"), hint: t("signUp.kindEmployerHint") },
          ]}
        />
        <TextField
          name="name"
          label={t("signUp.name")}
          autoComplete="name"
          defaultValue={valueOf(values, "name")}
          error={errors?.name}
        />
        <TextField
          name="email"
          type="email"
          label={t("fields.email")}
          hint={t("signUp.emailHint")}
          autoComplete="email"
          defaultValue={valueOf(values, "email")}
          error={errors?.email}
        />
        <TextField
          name="orgName"
          label={t("signUp.orgName")}
          hint={t("signUp.orgNameHint")}
          autoComplete="organization"
          defaultValue={valueOf(values, "orgName")}
          error={errors?.orgName}
        />
        <ConsentChoices checked={valuesOf(values, "consent") ?? []} error={errors?.consent} />
        <p className="mb-6">
          {t("privacyPolicy.consents.necessary")}{" "}
          <Link to={pathFor("/privacy")} className="link">
            {t("privacyPolicy.consents.readMore")}
          </Link>
        </p>
        <p className="mb-6">{t("signUp.noAgeNotice")}</p>
        <button type="submit" className="button">
          {t("signUp.submit")}
        </button>
      </Form>
    </div>
  );
}
