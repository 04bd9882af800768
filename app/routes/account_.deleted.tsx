// Where a person lands once their account is deleted (account_.delete.tsx): signed out, told what happened.
import { Link } from "@remix-run/react";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("accountData.deleted.title");

export default function AccountDeleted() {
  const { t, pathFor } = useI18n();
  return (
    <div className="max-w-2xl">
      <h1>{t("accountData.deleted.title")}</h1>
      <p className="mt-6 text-lg notice-success" role="status">
        {t("accountData.deleted.body")}
      </p>
      <p className="mt-6 text-lg">{t("accountData.deleted.again")}</p>
      <p className="mt-8">
        <Link to={pathFor("/")} className="button-secondary">
          {t("accountData.deleted.home")}
        </Link>
      </p>
    </div>
  );
}
