// The account page's "Your data" section: links to download everything Chevronné keeps about the person and to
// delete the account (both ask for fresh proof of who is there first).
import { Link } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";

export function YourDataSection() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="your-data-title" className="mt-10 card">
      <h2 id="your-data-title">{t("accountData.section.title")}</h2>
      <p className="mt-2">{t("accountData.section.intro")}</p>
      <ul className="mt-6 flex flex-wrap gap-4">
        <li>
          <Link to="/account/data" className="button-secondary">
            {t("accountData.section.download")}
          </Link>
        </li>
        <li>
          <Link to="/account/delete" className="button-secondary">
            {t("accountData.section.delete")}
          </Link>
        </li>
      </ul>
    </section>
  );
}
