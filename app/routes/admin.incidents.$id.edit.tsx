// Changing a recorded incident as more is learnt (the assessment, the notices, the measures). The form carries the
// version it was shown: a change saved meanwhile by another administrator is never silently overwritten.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { IncidentFields } from "~/components/incident-fields";
import { requireAdministrator } from "~/modules/administration/access.server";
import { incidentForm } from "~/modules/administration/forms";
import { dayText, findIncident, updateIncident } from "~/modules/administration/incidents.server";
import { formValues, parseForm, valueOf } from "~/modules/forms/parse";
import { answering } from "~/modules/http/domain-errors.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.incidents.editTitle");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const { incident } = await answering(findIncident(params.id ?? ""));
  return {
    id: incident.id,
    values: {
      title: incident.title,
      circumstances: incident.circumstances,
      occurredOn: dayText(incident.occurredOn),
      discoveredOn: dayText(incident.discoveredOn),
      informationKinds: incident.informationKinds,
      informationDetails: incident.informationDetails,
      peopleCount: String(incident.peopleCount),
      peopleDescription: incident.peopleDescription,
      seriousInjuryRisk: incident.seriousInjuryRisk ? "yes" : "no",
      riskAssessment: incident.riskAssessment,
      commissionNotifiedOn: dayText(incident.commissionNotifiedOn),
      peopleNotifiedOn: dayText(incident.peopleNotifiedOn),
      measures: incident.measures,
      seen: incident.updatedAt.toISOString(),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const { incident } = await answering(findIncident(params.id ?? ""));
  const formData = await readForm(request);
  const result = parseForm(incidentForm, formData);
  if (!result.ok) return result;
  const saved = await answering(updateIncident(administrator, incident.id, result.data));
  if (!saved.ok)
    return {
      ok: false as const,
      errors: { form: "administration.incidents.changedMeanwhile" as const },
      values: formValues(formData),
    };
  throw redirect(`/admin/incidents/${incident.id}?saved=1`);
}

export default function EditIncident() {
  const { id, values } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={`/admin/incidents/${id}`} className="link inline-block py-2">
          {t("administration.incidents.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("administration.incidents.editTitle")}</h1>
      <Form method="post" noValidate className="mt-8" id="incident-form">
        <ErrorSummary errors={failure?.errors} fieldIds={{ form: "incident-form" }} />
        {/* the version the typed values were based on, kept across a refused save */}
        <input type="hidden" name="seen" value={valueOf(failure?.values, "seen") ?? values.seen} />
        <IncidentFields values={failure?.values ?? values} errors={failure?.errors} />
        <button type="submit" className="button mt-4">
          {t("administration.incidents.save")}
        </button>
      </Form>
    </div>
  );
}
