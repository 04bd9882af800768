// Recording a confidentiality incident in the register (Law 25): one form, checked by its schema on the server.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { ErrorSummary } from "~/components/error-summary";
import { IncidentFields } from "~/components/incident-fields";
import { requireAdministrator } from "~/modules/administration/access.server";
import { incidentForm } from "~/modules/administration/forms";
import { recordIncident } from "~/modules/administration/incidents.server";
import { parseForm } from "~/modules/forms/parse";
import { readForm } from "~/modules/request-gate/read-form.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.incidents.newTitle");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const administrator = await requireAdministrator(request);
  const result = parseForm(incidentForm, await readForm(request));
  if (!result.ok) return result;
  const id = await recordIncident(administrator, result.data);
  throw redirect(`/admin/incidents/${id}?created=1`);
}

export default function NewIncident() {
  const failure = useActionData<typeof action>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/admin/incidents" className="link inline-block py-2">
          {t("administration.incidents.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("administration.incidents.newTitle")}</h1>
      <p className="mt-4 text-lg">{t("administration.incidents.intro")}</p>
      <Form method="post" noValidate className="mt-8">
        <ErrorSummary errors={failure?.errors} />
        <IncidentFields values={failure?.values ?? {}} errors={failure?.errors} />
        <button type="submit" className="button mt-4">
          {t("administration.incidents.save")}
        </button>
      </Form>
    </div>
  );
}
