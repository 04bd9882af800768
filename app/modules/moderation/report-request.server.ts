// The report form's action, shared by the mission and the organisation pages: read and check the form, count it
// against the limits per client and per target (decision 0011), and record it; the route answers (the page with
// thanks, the form again, or 429). A target that is not public, or no longer (unpublished or suspended meanwhile):
// NotFoundError (404).
import { getUser } from "~/modules/auth/session.server";
import { NotFoundError } from "~/modules/errors";
import { formValues, parseForm, type FieldErrors, type FormValues } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import type { LimitReason } from "~/modules/security/limit-words";
import { takeClientLimit, takeLimit, type Refused } from "~/modules/security/limits.server";
import { reportForm } from "./forms";
import { fileReport, type ReportTarget } from "./reports.server";

const targetKey = (target: ReportTarget) =>
  target.kind === "mission" ? `mission:${target.missionId}` : `organisation:${target.employerId}`;

type Typed = { errors: FieldErrors; values: FormValues };

/** What became of a posted report: sent, the form again with its mistakes, or refused by a limit (with what was typed). */
export type ReportOutcome =
  | { outcome: "sent" }
  | ({ outcome: "invalid" } & Typed)
  | { outcome: "limited"; typed: Typed; reason: LimitReason; refused: Refused };

/** Reads and files a posted report about `target`. */
export async function submitReport(
  request: Request,
  context: { clientAddress?: string },
  target: ReportTarget,
): Promise<ReportOutcome> {
  const user = await getUser(request);
  const formData = await readForm(request);
  const result = parseForm(reportForm, formData);
  if (!result.ok) return { outcome: "invalid", errors: result.errors, values: result.values };
  // counted once the form is right, so correcting a mistake costs nothing; what was typed comes back with the refusal
  const typed = { errors: {} as FieldErrors, values: formValues(formData) };
  const clientLimit = await takeClientLimit("reportsPerClient", request, context);
  if (!clientLimit.ok) return { outcome: "limited", typed, reason: "reportsClient", refused: clientLimit };
  const targetLimit = await takeLimit("reportsPerTarget", targetKey(target));
  if (!targetLimit.ok) return { outcome: "limited", typed, reason: "reportsTarget", refused: targetLimit };
  const filed = await fileReport(target, { ...result.data, reporterId: user?.id });
  if (!filed) throw new NotFoundError();
  return { outcome: "sent" };
}
