// The mission editor's fields, filled from the saved mission or from what was just submitted.
import { spokenLanguages } from "~/modules/candidates/vocabulary";
import type { MissionDraft } from "~/modules/missions/mission-form";
import { valueOf, valuesOf, type FormFailure } from "~/modules/forms/parse";
import type { TranslationKey } from "~/modules/i18n/translate";
import type { TownView } from "~/modules/places/towns.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { allMonthsMask, maskOfSlotValues, monthsOf } from "~/modules/schedule/masks";
import { AvailabilityGrid } from "./availability-grid";
import { RadioGroup } from "./choice-field";
import { TextField } from "./form-field";
import { MonthPicker } from "./month-picker";
import { SectorSelect } from "./sector-select";
import { TextArea } from "./text-area";
import { TownChoice } from "./town-choice";

const dollars = (cents: number | null) => (cents === null ? "" : (cents / 100).toFixed(2).replace(".", ","));

export function MissionEditorFields({
  mission,
  failure,
}: {
  mission: MissionDraft;
  failure?: FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };
}) {
  const { t } = useI18n();
  const values = failure?.values;
  const errors = failure?.errors ?? {};
  const text = (name: string, saved: string | number) => valueOf(values, name) ?? String(saved);
  const months = values
    ? (valuesOf(values, "month") ?? []).map(Number)
    : mission.monthsMask === allMonthsMask
      ? []
      : monthsOf(mission.monthsMask);
  return (
    <>
      <fieldset className="field">
        <legend className="text-2xl font-bold">{t("editor.sectionMission")}</legend>
        <p className="field-hint mt-2">{t("editor.missionNotJob")}</p>
        <TextField
          name="title"
          label={t("editor.title")}
          hint={t("editor.titleHint")}
          defaultValue={text("title", mission.title)}
          error={errors.title}
        />
        <TextArea
          name="summary"
          label={t("editor.summary")}
          hint={t("editor.summaryHint")}
          rows={3}
          defaultValue={text("summary", mission.summary)}
          error={errors.summary}
        />
        <TextArea
          name="description"
          label={t("editor.description")}
          hint={t("editor.descriptionHint")}
          rows={10}
          defaultValue={text("description", mission.description)}
          error={errors.description}
        />
        <SectorSelect defaultValue={text("sector", mission.sector)} error={errors.sector} />
        <TextField
          name="skills"
          label={t("editor.skills")}
          hint={t("profile.fields.skillsHint")}
          defaultValue={text("skills", mission.skills.join(", "))}
          error={errors.skills}
        />
      </fieldset>

      <fieldset className="field">
        <legend className="text-2xl font-bold">{t("editor.sectionWhen")}</legend>
        <AvailabilityGrid
          name="slot"
          legend={t("editor.schedule")}
          hint={t("editor.scheduleHint")}
          mask={values ? maskOfSlotValues(valuesOf(values, "slot") ?? []) : mission.scheduleMask}
          error={errors.slot}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="hoursPerWeekMin"
            label={t("editor.hoursMin")}
            inputMode="numeric"
            defaultValue={text("hoursPerWeekMin", mission.hoursPerWeekMin)}
            error={errors.hoursPerWeekMin}
          />
          <TextField
            name="hoursPerWeekMax"
            label={t("editor.hoursMax")}
            inputMode="numeric"
            defaultValue={text("hoursPerWeekMax", mission.hoursPerWeekMax)}
            error={errors.hoursPerWeekMax}
          />
        </div>
        <MonthPicker name="month" legend={t("editor.months")} hint={t("editor.monthsHint")} months={months} />
        <TextField
          name="closesOn"
          type="date"
          label={t("editor.closesOn")}
          hint={t("editor.closesOnHint")}
          className="max-w-xs"
          defaultValue={text("closesOn", mission.closesOn)}
          error={errors.closesOn}
        />
      </fieldset>

      <fieldset className="field">
        <legend className="text-2xl font-bold">{t("editor.sectionConditions")}</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="payMin"
            label={t("editor.payMin")}
            hint={t("editor.payHint")}
            inputMode="decimal"
            defaultValue={text("payMin", dollars(mission.payMinCents))}
            error={errors.payMin}
          />
          <TextField
            name="payMax"
            label={t("editor.payMax")}
            hint={t("editor.payHint")}
            inputMode="decimal"
            defaultValue={text("payMax", dollars(mission.payMaxCents))}
            error={errors.payMax}
          />
        </div>
        <TextArea
          name="training"
          label={t("editor.training")}
          rows={3}
          defaultValue={text("training", mission.training)}
          error={errors.training}
        />
        <RadioGroup
          name="physicalDemand"
          legend={t("editor.physical")}
          defaultValue={text("physicalDemand", mission.physicalDemand)}
          choices={(["seated", "standing", "mixed"] as const).map((value) => ({
            value,
            label: t(`vocab.physical.${value}`),
          }))}
        />
        <TextField
          name="liftingKg"
          label={t("editor.lifting")}
          inputMode="numeric"
          className="max-w-xs"
          defaultValue={text("liftingKg", mission.liftingKg)}
          error={errors.liftingKg}
        />
        <fieldset className="field">
          <legend className="field-label">{t("editor.languages")}</legend>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            {spokenLanguages.map((code) => {
              const saved = mission.languages.find((language) => language.code === code);
              return (
                <div key={code}>
                  <label htmlFor={`need-${code}`} className="font-bold">
                    {t(`vocab.languages.${code}` as TranslationKey)}
                  </label>
                  <select
                    id={`need-${code}`}
                    name={`lang-${code}`}
                    defaultValue={text(`lang-${code}`, saved ? (saved.required ? "required" : "optional") : "")}
                    className="field-input"
                  >
                    <option value="">{t("editor.languageNotNeeded")}</option>
                    <option value="optional">{t("editor.languageOptional")}</option>
                    <option value="required">{t("editor.languageRequired")}</option>
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      </fieldset>

      <fieldset className="field">
        <legend className="text-2xl font-bold">{t("editor.sectionPlace")}</legend>
        <TextField
          name="address"
          label={t("missions.address")}
          autoComplete="address-line1"
          defaultValue={text("address", mission.address)}
          error={errors.address}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="town"
            label={t("search.town")}
            defaultValue={text("town", mission.town)}
            error={errors.town}
          />
          <TextField
            name="postalCode"
            label={t("editor.postalCode")}
            autoComplete="postal-code"
            defaultValue={text("postalCode", mission.postalCode)}
            error={errors.postalCode}
          />
        </div>
        <TownChoice
          choices={failure?.townChoices}
          preselected={failure?.townPreselected}
          typed={valueOf(values, "town") ?? ""}
          error={errors.townChoice}
        />
        <TextField
          name="transit"
          label={t("missions.transit")}
          defaultValue={text("transit", mission.transit)}
          error={errors.transit}
        />
        <TextField
          name="parking"
          label={t("missions.parking")}
          defaultValue={text("parking", mission.parking)}
          error={errors.parking}
        />
        <label className="choice">
          <input
            type="checkbox"
            name="stepFreeAccess"
            defaultChecked={values ? valueOf(values, "stepFreeAccess") === "on" : mission.stepFreeAccess}
          />
          <span>{t("editor.stepFree")}</span>
        </label>
      </fieldset>
    </>
  );
}
