// The fields of a confidentiality incident (app/modules/administration/forms.ts incidentForm), grouped as the
// register reads: what happened, the information, the people, the risk, the notices, the measures. Shared by the
// "record" and "change" pages; each field says its error next to it.
import type { ReactNode } from "react";
import { RadioGroup } from "~/components/choice-field";
import { CheckboxGroup } from "~/components/checkbox-group";
import { TextField } from "~/components/form-field";
import { TextArea } from "~/components/text-area";
import { informationKinds } from "~/modules/administration/forms";
import { valueOf, valuesOf, type FieldErrors, type FormValues } from "~/modules/forms/parse";
import { useI18n } from "~/modules/i18n/use-i18n";

type Section = "what" | "information" | "people" | "risk" | "notices" | "measures";

/** One part of the register's record: a fieldset named by its legend. */
function IncidentSection({ section, children }: { section: Section; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <fieldset className="mt-6">
      <legend className="text-2xl font-bold">{t(`administration.incidents.sections.${section}`)}</legend>
      {children}
    </fieldset>
  );
}

export function IncidentFields({ values, errors = {} }: { values: FormValues; errors?: FieldErrors }) {
  const { t } = useI18n();
  const field = (name: string) => ({
    name,
    label: t(`administration.incidents.fields.${name}` as "administration.incidents.fields.title"),
    defaultValue: valueOf(values, name) ?? "",
    error: errors[name],
  });
  const hint = (name: string) =>
    t(`administration.incidents.fields.${name}Hint` as "administration.incidents.fields.titleHint");
  return (
    <>
      <IncidentSection section="what">
        <TextField {...field("title")} hint={hint("title")} className="mt-4" />
        <TextArea {...field("circumstances")} hint={hint("circumstances")} rows={5} />
        <TextField {...field("occurredOn")} hint={hint("occurredOn")} type="date" />
        <TextField {...field("discoveredOn")} type="date" />
      </IncidentSection>
      <IncidentSection section="information">
        <div className="mt-4">
          <CheckboxGroup
            name="informationKinds"
            legend={t("administration.incidents.fields.informationKinds")}
            hint={hint("informationKinds")}
            choices={informationKinds.map((kind) => ({
              value: kind,
              label: t(`administration.incidents.kinds.${kind}`),
            }))}
            checked={valuesOf(values, "informationKinds") ?? []}
            error={errors.informationKinds}
          />
        </div>
        <TextArea {...field("informationDetails")} hint={hint("informationDetails")} rows={3} />
      </IncidentSection>
      <IncidentSection section="people">
        <TextField {...field("peopleCount")} hint={hint("peopleCount")} inputMode="numeric" className="mt-4" />
        <TextArea {...field("peopleDescription")} hint={hint("peopleDescription")} rows={3} />
      </IncidentSection>
      <IncidentSection section="risk">
        <div className="mt-4">
          <RadioGroup
            name="seriousInjuryRisk"
            legend={t("administration.incidents.fields.seriousInjuryRisk")}
            hint={hint("seriousInjuryRisk")}
            choices={[
              { value: "yes", label: t("administration.incidents.fields.riskYes") },
              { value: "no", label: t("administration.incidents.fields.riskNo") },
            ]}
            defaultValue={valueOf(values, "seriousInjuryRisk")}
            error={errors.seriousInjuryRisk}
          />
        </div>
        <TextArea {...field("riskAssessment")} hint={hint("riskAssessment")} rows={4} />
      </IncidentSection>
      <IncidentSection section="notices">
        <TextField
          {...field("commissionNotifiedOn")}
          hint={hint("commissionNotifiedOn")}
          type="date"
          className="mt-4"
        />
        <TextField {...field("peopleNotifiedOn")} hint={hint("peopleNotifiedOn")} type="date" />
      </IncidentSection>
      <IncidentSection section="measures">
        <div className="mt-4">
          <TextArea {...field("measures")} hint={hint("measures")} rows={4} />
        </div>
      </IncidentSection>
    </>
  );
}
