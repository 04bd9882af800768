// What a person typed in a form sent after their session ended comes back on that page once they sign in again
// (modules/auth/form-drafts.server.ts keeps it; the root loader hands it over once). A form opts in by taking its
// values from useRestoredDraft() when it has no action data of its own, and showing <RestoredDraftNotice />.
import { useRouteLoaderData } from "@remix-run/react";
import type { FormFailure } from "~/modules/forms/parse";
import { useI18n } from "~/modules/i18n/use-i18n";
import type { RootData } from "~/root";

/** The kept values as a form's failed submission without errors (so forms show them as they show a failure's), or undefined. `intent` picks one form of a page. */
export function useRestoredDraft(intent?: string): FormFailure | undefined {
  const values = useRouteLoaderData<RootData>("root")?.restoredDraft;
  if (!values || (intent !== undefined && values.intent !== intent)) return undefined;
  return { ok: false, errors: {}, values };
}

export function RestoredDraftNotice({ draft }: { draft: FormFailure | undefined }) {
  const { t } = useI18n();
  if (!draft) return null;
  return (
    <p className="mt-6 notice" role="status">
      {t("sessions.draftRestored")}
    </p>
  );
}
