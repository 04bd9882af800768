// The report form's action, shared by the mission and the organisation pages: read and check the form, count it
// against the limits per client and per target (decision 0011), record it, and come back to the page with thanks.
// A target that is not public, or no longer (unpublished or suspended meanwhile), answers 404.
import { redirect } from "@remix-run/node";
import { getUser } from "~/modules/auth/session.server";
import { formValues, parseForm, type FieldErrors } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { takeClientLimit, takeLimit, tooManyRequests } from "~/modules/security/limits.server";
import { reportForm } from "./forms";
import { fileReport, type ReportTarget } from "./reports.server";

const targetKey = (target: ReportTarget) =>
  target.kind === "mission" ? `mission:${target.missionId}` : `organisation:${target.employerId}`;

/** Answers a posted report about `target`; on success, redirects to `pagePath` saying it was sent. */
export async function submitReport(
  request: Request,
  context: { clientAddress?: string },
  target: ReportTarget,
  pagePath: string,
) {
  const user = await getUser(request);
  const formData = await readForm(request);
  const result = parseForm(reportForm, formData);
  if (!result.ok) return { errors: result.errors, values: result.values };
  // counted once the form is right, so correcting a mistake costs nothing; what was typed comes back with the refusal
  const refused = { errors: {} as FieldErrors, values: formValues(formData) };
  const clientLimit = await takeClientLimit("reportsPerClient", request, context);
  if (!clientLimit.ok) return tooManyRequests(refused, "reportsClient", clientLimit);
  const targetLimit = await takeLimit("reportsPerTarget", targetKey(target));
  if (!targetLimit.ok) return tooManyRequests(refused, "reportsTarget", targetLimit);
  const filed = await fileReport(target, { ...result.data, reporterId: user?.id });
  if (!filed) throw new Response("Not found", { status: 404 });
  throw redirect(`${pagePath}?sent=1`);
}
