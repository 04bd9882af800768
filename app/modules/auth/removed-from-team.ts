// What an employer page answers to someone whose browser works in an organisation that removed them (thrown by
// requireEmployerMember, shown by the root's error page): the team's name, the organisations they still belong to,
// and the language to say it in (after a form, the root's loader does not run).
import { isRouteErrorResponse } from "@remix-run/react";
import { isLocale, type Locale } from "~/modules/i18n/locales";

type Organisation = { id: string; name: string };
export type RemovedFromTeam = { removedFrom: Organisation; organisations: Organisation[]; locale: Locale };

export function removedFromTeamData(removed: RemovedFromTeam) {
  return { removedFromTeam: removed };
}

/** The removal a route's thrown error stands for, or null for any other error. */
export function removedFromTeamOf(error: unknown): RemovedFromTeam | null {
  if (!isRouteErrorResponse(error) || error.status !== 403 || typeof error.data !== "object" || error.data === null)
    return null;
  const removed = (error.data as Record<string, unknown>).removedFromTeam as RemovedFromTeam | undefined;
  return removed &&
    typeof removed.removedFrom?.name === "string" &&
    Array.isArray(removed.organisations) &&
    isLocale(removed.locale)
    ? removed
    : null;
}
