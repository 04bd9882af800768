// "This was not me", from the notice of a sensitive change (security-notices.server.ts). Opening the link only
// shows the page (mail scanners follow links); the button ends every session of the account and undoes what can be.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { findSecurityNotice, reportNotMe } from "~/modules/auth/security-notices.server";
import { endSession } from "~/modules/auth/session.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { readForm } from "~/modules/request-gate/read-form.server";

export const meta = titleMeta("security.notMe.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return { token, notice: token ? await findSecurityNotice(token) : null };
}

export async function action({ request }: ActionFunctionArgs) {
  const token = String((await readForm(request)).get("token") ?? "");
  const done = token ? await reportNotMe(token) : null;
  // every session of the account has ended; this browser forgets its cookie too
  return data({ done }, { headers: { "Set-Cookie": await endSession(request) } });
}

export default function NotMe() {
  const { token, notice } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { t } = useI18n();
  if (answer) {
    const done = answer.done;
    if (!done) return <Expired />;
    return (
      <div className="max-w-2xl">
        <h1>{t("security.notMe.doneTitle")}</h1>
        <p className="mt-4 text-lg" role="status">
          {done.kind === "password"
            ? t("security.notMe.donePassword")
            : done.addressRestored
              ? t("security.notMe.doneAddressRestored")
              : t("security.notMe.doneAddressNotRestored")}
        </p>
        <p className="mt-8">
          <Link to="/signin" className="button">
            {t("security.notMe.signIn")}
          </Link>
        </p>
      </div>
    );
  }
  if (!notice) return <Expired />;
  return (
    <div className="max-w-2xl">
      <h1>{t("security.notMe.title")}</h1>
      <p className="mt-4 text-lg">{t("security.notMe.intro")}</p>
      <p className="mt-4">
        {notice.kind === "password" ? t("security.notMe.introPassword") : t("security.notMe.introAddress")}
      </p>
      <Form method="post" className="mt-8">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button">
          {t("security.notMe.submit")}
        </button>
      </Form>
    </div>
  );
}

function Expired() {
  const { t } = useI18n();
  return (
    <div className="max-w-2xl">
      <h1>{t("security.notMe.expiredTitle")}</h1>
      <p className="mt-4 text-lg">{t("security.notMe.expiredBody")}</p>
    </div>
  );
}
