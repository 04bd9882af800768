// A recruiter's interview agenda (/employer/interviews): the organisation's proposed and booked interviews.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { InLanguage } from "~/components/in-language";
import { requireEmployerMember } from "~/modules/auth/session.server";
import { titleMeta } from "~/modules/i18n/meta";
import { getLocale, getTimeZone } from "~/modules/i18n/preferences.server";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { recruiterAgenda } from "~/modules/interviews/agenda.server";
import { formatDay, formatSlot } from "~/modules/interviews/time";

export const meta = titleMeta("interviews.agenda.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, employer } = await requireEmployerMember(request);
  const locale = await getLocale(request, user);
  const zone = getTimeZone(user);
  const days = await recruiterAgenda(user.id, employer.id, zone);
  const when = (instant: Date) => formatSlot(instant, zone, locale);
  return {
    days: days.map(({ day, entries }) => ({
      day,
      heading: formatDay(entries[0].start, zone, locale),
      entries: entries.map((entry) => ({
        ...entry,
        when: when(entry.start),
        minutes: Math.round((entry.end.getTime() - entry.start.getTime()) / 60_000),
        overlaps: entry.overlaps.map((overlap) => `${overlap.candidateName} (${when(overlap.start)})`),
      })),
    })),
    contentLocale: employer.contentLocale,
  };
}

export default function InterviewAgenda() {
  const { days, contentLocale } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-4xl">
      <h1>{t("interviews.agenda.title")}</h1>
      <p className="mt-4 text-lg">{t("interviews.agenda.intro")}</p>
      {days.length === 0 ? <p className="mt-6">{t("interviews.agenda.empty")}</p> : null}
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`day-${day.day}`} className="mt-8">
          <h2 id={`day-${day.day}`}>{day.heading}</h2>
          <ul className="mt-3 grid gap-3">
            {day.entries.map((entry) => (
              <li key={entry.key} className={`card ${entry.overlaps.length > 0 ? "border-4 border-danger" : ""}`}>
                <p className="text-lg font-bold">
                  {entry.when} · {t("interviews.propose.minutes", { count: entry.minutes })}
                </p>
                <p>
                  {entry.status === "booked"
                    ? t("interviews.agenda.booked")
                    : t("interviews.agenda.proposed", { position: entry.position })}{" "}
                  · {t(`interviews.formats.${entry.format}` as TranslationKey)} ·{" "}
                  <InLanguage lang={contentLocale}>{entry.missionTitle}</InLanguage>
                </p>
                {entry.overlaps.length > 0 ? (
                  <p className="mt-2 font-bold text-danger">
                    {t("interviews.agenda.overlap", { list: entry.overlaps.join(", ") })}
                  </p>
                ) : null}
                <p className="mt-2">
                  <Link
                    to={`/employer/applications/${entry.applicationId}#interview`}
                    className="link inline-block py-2"
                  >
                    {t("interviews.agenda.open", { name: entry.candidateName })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
