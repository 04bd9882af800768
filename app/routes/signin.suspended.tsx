// Where a person whose account is suspended lands when signing in (/signin/suspended), with the reason.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { refusedSignIn } from "~/modules/auth/refused-sign-in.server";

export const meta = titleMeta("moderation.suspendedPage.title");

// Where a sign-in lands when the account or its organisation is suspended: the person has just proved who they are,
// so they are told why, in the administrator's words. Anyone else (no cookie, or the suspension was lifted) reads
// that there is nothing to show and is offered to sign in.
export async function loader({ request }: LoaderFunctionArgs) {
  return { suspension: await refusedSignIn(request) };
}

export default function SignInSuspended() {
  const { suspension } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  if (!suspension) {
    return (
      <div className="max-w-2xl">
        <h1>{t("moderation.suspendedPage.noneTitle")}</h1>
        <p className="mt-4 text-lg">{t("moderation.suspendedPage.noneBody")}</p>
        <p className="mt-8">
          <Link to="/signin" className="button">
            {t("nav.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1>{t("moderation.suspendedPage.title")}</h1>
      <p className="mt-4 text-lg">
        {suspension.kind === "organisation"
          ? t("moderation.suspendedPage.organisation", { organisation: suspension.organisation })
          : t("moderation.suspendedPage.account")}
      </p>
      <section aria-labelledby="reason-title" className="mt-8 notice">
        <h2 id="reason-title">{t("moderation.suspendedPage.reasonTitle")}</h2>
        <p className="mt-2 whitespace-pre-line">{suspension.reason}</p>
      </section>
      <p className="mt-8 text-lg">{t("moderation.suspendedPage.next")}</p>
    </div>
  );
}
