// The timeline of an application as the recruiter reads it (modules/pipeline/timeline.server.ts), one line per event:
// shown on the application page, anonymised or not.
import { useI18n } from "~/modules/i18n/use-i18n";
import { eventLine } from "~/modules/pipeline/timeline-lines";

export type TimelineRow = {
  id: string;
  kind: string;
  details: string;
  private: boolean;
  createdAt: Date | string;
  actor: string | null;
  emailStatus: string | null;
};

export function ApplicationTimeline({ events }: { events: TimelineRow[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <section aria-labelledby="timeline" className="mt-10">
      <h2 id="timeline">{t("candidatePage.timeline")}</h2>
      <ol className="mt-4 grid gap-3">
        {events.map((event) => (
          <li key={event.id} className="border-l-4 border-brand pl-4">
            <p className="font-bold">
              {formatDateTime(event.createdAt)}
              {event.actor ? ` · ${event.actor}` : ""}
              {event.private ? ` · ${t("candidatePage.private")}` : ""}
            </p>
            <p className="whitespace-pre-line">{eventLine(event, t, formatDateTime)}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
