// "Download my data" (issue 12, point 3): after fresh proof, this page says what the ZIP holds; its button posts to
// /account/data/download, which streams the file (a POST, so that only our own pages can start a download and no
// prefetch or link from elsewhere ever makes one: decision 0018).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireFreshProof } from "~/modules/auth/fresh-proof.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { dataPage } from "~/modules/privacy/personal-data-zip.server";

export const meta = titleMeta("accountData.export.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requireFreshProof(request, dataPage);
  return { kind: user.kind === "candidate" ? ("candidate" as const) : ("member" as const) };
}

export default function DownloadMyData() {
  const { kind } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  const items =
    kind === "candidate"
      ? (["account", "profile", "applications", "interviews", "sessions"] as const).map((item) =>
          t(`accountData.export.candidateItems.${item}`),
        )
      : (["account", "organisations", "notes", "sessions"] as const).map((item) =>
          t(`accountData.export.memberItems.${item}`),
        );
  return (
    <div className="max-w-2xl">
      <p>
        <Link to="/account" className="link inline-block py-2">
          {t("accountData.export.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("accountData.export.title")}</h1>
      <p className="mt-6 text-lg">{t("accountData.export.intro")}</p>
      <ul className="mt-4 list-disc space-y-2 pl-6 text-lg">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="mt-6">{t("accountData.export.formats")}</p>
      <p className="mt-2">{t("accountData.export.others")}</p>
      <p className="mt-6 notice">{t("accountData.export.keepSafe")}</p>
      {/* a document post: the answer is a file the browser saves, not a page for the router */}
      <Form method="post" action="/account/data/download" reloadDocument className="mt-8">
        <button type="submit" className="button">
          {t("accountData.export.submit")}
        </button>
      </Form>
    </div>
  );
}
