// The error page of the candidate's interview pages (/interviews/:token…): an unknown link explained in words.
import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";

/** The error page of the candidate's interview links: an unknown token says what to do, in plain words. */
export function InterviewErrorBoundary() {
  const error = useRouteError();
  const { t } = useI18n();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <div className="max-w-2xl">
      <h1>{notFound ? t("interviews.notFound.title") : t("errors.serverTitle")}</h1>
      <p className="mt-4 text-lg">{notFound ? t("interviews.notFound.intro") : t("errors.serverBody")}</p>
    </div>
  );
}
