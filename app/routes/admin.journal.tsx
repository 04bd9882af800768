// The audit trail, newest first, a page at a time: who (an administrator's name, or "système"), what in plain words,
// about what, and when. There is nothing to change here, and the database refuses changes anyway.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { requireAdministrator } from "~/modules/administration/access.server";
import { journalPage } from "~/modules/administration/journal.server";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.journal.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const page = Math.max(1, Math.floor(Number(new URL(request.url).searchParams.get("page")) || 1));
  return { page, ...(await journalPage(page)) };
}

export default function Journal() {
  const { entries, page, pageCount } = useLoaderData<typeof loader>();
  const { t, formatDateTime } = useI18n();
  // words for what other parts of the site record come from this dictionary when it has them, else the code itself
  const wordsOr = (key: string, fallback: string) => {
    const words = t(key as TranslationKey);
    return words === key ? fallback : words;
  };
  return (
    <div className="max-w-4xl">
      <h1>{t("administration.journal.title")}</h1>
      <p className="mt-4 text-lg">{t("administration.journal.intro")}</p>
      {entries.length === 0 ? <p className="mt-8">{t("administration.journal.empty")}</p> : null}
      <ol className="mt-8 grid gap-4" aria-label={t("administration.journal.caption")}>
        {entries.map((entry) => {
          const who =
            entry.actorRole === "system" && !entry.actorName
              ? t("administration.journal.system")
              : `${entry.actorName ?? t("administration.journal.goneAccount")} (${wordsOr(`administration.journal.roles.${entry.actorRole}`, entry.actorRole)})`;
          const subject = t("administration.journal.subjectLine", {
            type: wordsOr(`administration.journal.subjects.${entry.subjectType}`, entry.subjectType),
            // the export's subject is the register as a whole
            name:
              entry.subjectName ??
              (entry.subjectType === "incident" && entry.subjectId === "register"
                ? t("administration.journal.register")
                : entry.subjectId),
          });
          return (
            <li key={entry.id} className="card">
              <p className="text-xl font-bold">
                {wordsOr(`administration.journal.actions.${entry.action}`, entry.action)}
              </p>
              <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <div className="contents">
                  <dt className="font-bold">{t("administration.journal.who")}</dt>
                  <dd>{who}</dd>
                </div>
                <div className="contents">
                  <dt className="font-bold">{t("administration.journal.subject")}</dt>
                  <dd className="break-words">{subject}</dd>
                </div>
                <div className="contents">
                  <dt className="font-bold">{t("administration.journal.when")}</dt>
                  <dd>
                    <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time>
                  </dd>
                </div>
                {entry.details.map(([name, value]) => (
                  <div key={name} className="contents">
                    <dt className="font-bold">{wordsOr(`administration.journal.details.${name}`, name)}</dt>
                    <dd className="whitespace-pre-line break-words">
                      {value === "command line" ? t("administration.journal.details.commandLine") : value}
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          );
        })}
      </ol>
      <Pagination page={page} pageCount={pageCount} hrefFor={(to) => `/admin/journal?page=${to}`} />
    </div>
  );
}
