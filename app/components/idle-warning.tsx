// The warning an employer member gets before their session ends for lack of activity (2 hours: they see candidates'
// data). With JavaScript: a banner that appears 3 minutes before the end and is announced politely, whose "stay
// signed in" button records activity without leaving the page (nothing typed is lost). Without JavaScript: the same
// banner with a plain form (POST /session/keep, back to this page), revealed by CSS a fixed time after the page was
// served (.idle-warning-late in app.css). Either way the header says how long the limit is.
import { Link, useFetcher, useLocation } from "@remix-run/react";
import { useEffect, useState, useSyncExternalStore } from "react";
import { formatTime } from "~/modules/i18n/format";
import { useI18n } from "~/modules/i18n/use-i18n";

/** The banner appears this long before the end (WCAG 2.2.1 asks for 20 seconds at least; people read slowly). */
const warnBeforeMs = 3 * 60_000;

type Phase = "quiet" | "warning" | "ended";
type SessionEnd = { remainingMs: number | null };

/** How long is left, asked without counting as activity: another tab may have pushed the end back. */
async function askRemaining(): Promise<number | null> {
  try {
    const response = await fetch("/session/status", { headers: { Accept: "application/json" } });
    if (!response.ok) return null;
    return ((await response.json()) as SessionEnd).remainingMs;
  } catch {
    // offline for a moment: assume nothing changed rather than announce an end that may not have come
    return Number.NaN;
  }
}

const noSubscription = () => () => {};

export function IdleWarning({
  endsAt,
  remainingMs,
  idleHours,
}: {
  endsAt: string;
  remainingMs: number;
  idleHours: number;
}) {
  const { t, locale, timeZone } = useI18n();
  const location = useLocation();
  const keep = useFetcher<SessionEnd>();
  // false on the server and while hydrating, true once JavaScript runs the page
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // what the last check found, for the session end it was made for: every page load, data load or "stay signed in"
  // records activity and brings a new end, which starts quiet again
  const [status, setStatus] = useState<{ endsAt: string; phase: Phase; deadline: number } | null>(null);
  const phase = status?.endsAt === endsAt ? status.phase : "quiet";

  useEffect(() => {
    let deadline = Date.now() + remainingMs;
    let timer: ReturnType<typeof setTimeout>;
    const checkAt = (at: number) => {
      timer = setTimeout(check, Math.max(0, at - Date.now()));
    };
    async function check() {
      const remaining = await askRemaining();
      if (remaining === null) return setStatus({ endsAt, phase: "ended", deadline });
      if (!Number.isNaN(remaining)) deadline = Date.now() + remaining;
      const left = deadline - Date.now();
      setStatus({ endsAt, phase: left > warnBeforeMs ? "quiet" : "warning", deadline });
      if (left > warnBeforeMs) checkAt(deadline - warnBeforeMs);
      else if (left > 0) checkAt(deadline);
      // unreachable for a moment at the end: ask again shortly
      else checkAt(Date.now() + 15_000);
    }
    checkAt(deadline - warnBeforeMs);
    return () => clearTimeout(timer);
  }, [endsAt, remainingMs]);

  if (!hydrated) {
    return (
      <div className="idle-warning idle-warning-late">
        <h2 className="text-xl">{t("sessions.warningTitle")}</h2>
        <p className="mt-2">{t("sessions.warningBodyNoScript")}</p>
        <form method="post" action="/session/keep" className="mt-4">
          <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
          <button type="submit" className="button">
            {t("sessions.keep")}
          </button>
        </form>
      </div>
    );
  }

  const time = formatTime(status?.deadline ?? 0, locale, timeZone);
  const back = `${location.pathname}${location.search}`;
  return (
    // the live region is always there, so that what appears in it is announced; aria-live rather than role="status",
    // so that a page's own status message stays the one status on the page
    <div aria-live="polite" className={phase === "quiet" ? undefined : "idle-warning"}>
      {phase === "warning" ? (
        <>
          <h2 className="text-xl">{t("sessions.warningTitle")}</h2>
          <p className="mt-2">{t("sessions.warningBody", { time })}</p>
          <keep.Form method="post" action="/session/keep" className="mt-4">
            <button type="submit" className="button">
              {t("sessions.keep")}
            </button>
          </keep.Form>
        </>
      ) : phase === "ended" ? (
        <>
          <h2 className="text-xl">{t("sessions.endedTitle")}</h2>
          <p className="mt-2">{t("sessions.endedBody", { hours: idleHours })}</p>
          <p className="mt-4">
            <Link to={`/signin?${new URLSearchParams({ redirectTo: back })}`} className="link">
              {t("sessions.signInAgain")}
            </Link>
          </p>
        </>
      ) : null}
    </div>
  );
}
