// Previous and next page links with the current page number, for long lists (search, incident register, audit trail).
import { Link } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";

/** Previous and next links with the page we are on; plain links, so the back button and sharing work. */
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  const { t } = useI18n();
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t("pagination.label")} className="mt-8 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} className="button-secondary" rel="prev">
          {t("pagination.previous")}
        </Link>
      ) : null}
      <p className="font-bold">{t("pagination.position", { page, count: pageCount })}</p>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} className="button-secondary" rel="next">
          {t("pagination.next")}
        </Link>
      ) : null}
    </nav>
  );
}
