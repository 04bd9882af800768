// One recorded incident, as the register holds it, with who recorded it and who changed it last.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { SuccessNotice } from "~/components/success-notice";
import { requireAdministrator } from "~/modules/administration/access.server";
import { dayText, findIncident } from "~/modules/administration/incidents.server";
import { answering } from "~/modules/http/domain-errors.server";
import { formatDay } from "~/modules/i18n/format";
import { titleMeta } from "~/modules/i18n/meta";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export const meta = titleMeta("administration.incidents.title");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdministrator(request);
  const { incident, recordedBy, updatedBy } = await answering(findIncident(params.id ?? ""));
  const url = new URL(request.url);
  return {
    incident: {
      ...incident,
      occurredOn: dayText(incident.occurredOn),
      discoveredOn: dayText(incident.discoveredOn),
      commissionNotifiedOn: dayText(incident.commissionNotifiedOn),
      peopleNotifiedOn: dayText(incident.peopleNotifiedOn),
    },
    recordedBy,
    updatedBy,
    notice: url.searchParams.has("created")
      ? ("created" as const)
      : url.searchParams.has("saved")
        ? ("saved" as const)
        : null,
  };
}

export default function IncidentPage() {
  const { incident, recordedBy, updatedBy, notice } = useLoaderData<typeof loader>();
  const { t, locale, formatDateTime } = useI18n();
  const day = (value: string) => formatDay(value, locale);
  const notified = (value: string) =>
    value ? t("administration.incidents.notifiedOn", { date: day(value) }) : t("administration.incidents.notNotified");
  const rows: [TranslationKey, string][] = [
    ["administration.incidents.fields.circumstances", incident.circumstances],
    ["administration.incidents.fields.occurredOn", day(incident.occurredOn)],
    ["administration.incidents.fields.discoveredOn", day(incident.discoveredOn)],
    [
      "administration.incidents.fields.informationKinds",
      incident.informationKinds.map((kind) => t(`administration.incidents.kinds.${kind}` as TranslationKey)).join(", "),
    ],
    ["administration.incidents.fields.informationDetails", incident.informationDetails],
    ["administration.incidents.fields.peopleCount", String(incident.peopleCount)],
    ["administration.incidents.fields.peopleDescription", incident.peopleDescription],
    [
      "administration.incidents.fields.seriousInjuryRisk",
      incident.seriousInjuryRisk
        ? t("administration.incidents.fields.riskYes")
        : t("administration.incidents.fields.riskNo"),
    ],
    ["administration.incidents.fields.riskAssessment", incident.riskAssessment],
    ["administration.incidents.fields.commissionNotifiedOn", notified(incident.commissionNotifiedOn)],
    ["administration.incidents.fields.peopleNotifiedOn", notified(incident.peopleNotifiedOn)],
    ["administration.incidents.fields.measures", incident.measures],
  ];
  return (
    <div className="max-w-3xl">
      <p>
        <Link to="/admin/incidents" className="link inline-block py-2">
          {t("administration.incidents.back")}
        </Link>
      </p>
      <h1 className="mt-4">{t("administration.incidents.detailTitle", { title: incident.title })}</h1>
      {notice ? <SuccessNotice>{t(`administration.incidents.${notice}`)}</SuccessNotice> : null}
      <dl className="mt-6 grid gap-4">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt className="font-bold">{t(label)}</dt>
              <dd className="mt-1 whitespace-pre-line">{value}</dd>
            </div>
          ))}
      </dl>
      <p className="mt-6 text-muted">
        {t("administration.incidents.recordedBy", {
          name: recordedBy ?? t("administration.journal.goneAccount"),
          date: formatDateTime(incident.createdAt),
          name2: updatedBy ?? t("administration.journal.goneAccount"),
          date2: formatDateTime(incident.updatedAt),
        })}
      </p>
      <p className="mt-6">
        <Link to={`/admin/incidents/${incident.id}/edit`} className="button">
          {t("administration.incidents.edit")}
        </Link>
      </p>
    </div>
  );
}
