// Signing in from the link in a sign-in email (/signin/link): one button to confirm, or a notice that the link expired.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { finishSignIn } from "~/modules/auth/finish-sign-in.server";
import { signedInRedirect } from "~/modules/http/sign-in.server";
import { isLinkUsable, signInWithLink } from "~/modules/auth/sign-in.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("signInLink.title");

// Opening the link only shows a button: mail scanners that follow links cannot use the sign-in up.
export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token, usable: token ? await isLinkUsable(token) : false };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await readForm(request)).get("token") ?? "");
  const outcome = await signInWithLink(token);
  if (outcome.ok) throw signedInRedirect(await finishSignIn(request, outcome));
  if (outcome.reason === "no-account") throw redirect("/signup");
  return { expired: true };
}

export default function SignInLink() {
  const { token, usable } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useI18n();
  if (!usable || result?.expired) {
    return (
      <div className="max-w-2xl">
        <h1>{t("signInLink.expiredTitle")}</h1>
        <p className="mt-4 text-lg">{t("signInLink.expiredBody")}</p>
        <p className="mt-8">
          <Link to="/signin" className="button">
            {t("signInLink.askAgain")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>{t("signInLink.title")}</h1>
      <p className="mt-4 text-lg">{t("signInLink.intro")}</p>
      <Form method="post" className="mt-8">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("signInLink.submit")}
        </button>
      </Form>
    </div>
  );
}
