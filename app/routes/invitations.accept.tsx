// Accepting an invitation to join an organisation's team (/invitations/accept), from the invitation email's link.
import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { TextField } from "~/components/form-field";
import { accountExists } from "~/modules/auth/account-preferences.server";
import { finishSignIn } from "~/modules/auth/finish-sign-in.server";
import { signedInRedirect } from "~/modules/http/sign-in.server";
import { acceptForm } from "~/modules/employers/team-forms";
import { acceptTeamInvitation, findOpenTeamInvitation } from "~/modules/employers/team.server";
import { parseForm } from "~/modules/forms/parse";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("invitation.title");

// Opening the emailed link only shows the invitation; the button's POST accepts it.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const invitation = token ? await findOpenTeamInvitation(token) : null;
  const hasAccount = invitation ? await accountExists(invitation.email) : false;
  return {
    token,
    invitation: invitation ? { employerName: invitation.employer.name, email: invitation.email } : null,
    hasAccount,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const result = parseForm(acceptForm, await readForm(request));
  if (!result.ok) return { problem: "expired" as const };
  // the organisation that invited: the new session works in it, even for someone who already belongs to another
  const invited = await findOpenTeamInvitation(result.data.token);
  const outcome = await acceptTeamInvitation(result.data.token, result.data.name);
  if (outcome.ok)
    throw signedInRedirect(
      await finishSignIn(request, { user: outcome.user, redirectTo: "/dashboard", employerId: invited?.employerId }),
    );
  return { problem: outcome.reason };
}

export default function AcceptInvitation() {
  const { token, invitation, hasAccount } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t, pathFor } = useI18n();
  if (!invitation || result?.problem === "expired") {
    return (
      <div className="max-w-2xl">
        <h1>{t("invitation.expiredTitle")}</h1>
        <p className="mt-4 text-lg">{t("invitation.expiredBody")}</p>
      </div>
    );
  }
  if (result?.problem === "candidate-account") {
    return (
      <div className="max-w-2xl">
        <h1>{t("invitation.title")}</h1>
        <p className="mt-4 text-lg">{t("invitation.candidateAccount", { email: invitation.email })}</p>
        <p className="mt-6">
          <Link to={pathFor("/")} className="link">
            {t("nav.home")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>{t("invitation.title")}</h1>
      <p className="mt-4 text-lg">
        {t("invitation.intro", { employer: invitation.employerName, email: invitation.email })}
      </p>
      <Form method="post" noValidate className="mt-8">
        <ErrorSummary errors={result?.problem === "name-required" ? { name: "errors.nameRequired" } : undefined} />
        <input type="hidden" name="token" value={token} />
        {hasAccount ? null : (
          <TextField
            name="name"
            label={t("signUp.name")}
            autoComplete="name"
            error={result?.problem === "name-required" ? "errors.nameRequired" : undefined}
          />
        )}
        <button type="submit" className="button">
          {t("invitation.accept")}
        </button>
      </Form>
    </div>
  );
}
