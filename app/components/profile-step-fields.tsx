// The fields of each step of the guided profile. Values come from the saved profile, or from what was just
// submitted when the server sent the form back with errors, so nothing typed is lost.
import type { ProfileData } from "~/modules/candidates/profile";
import {
  experienceBands,
  languageLevels,
  physicalPreferences,
  seeks,
  sectors,
  spokenLanguages,
  travelModes,
  type ProfileStep,
} from "~/modules/candidates/vocabulary";
import { valueOf, valuesOf, type FormFailure } from "~/modules/forms/parse";
import type { TranslationKey } from "~/modules/i18n/translate";
import type { TownView } from "~/modules/places/towns.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { maskOfSlotValues, monthsOf } from "~/modules/schedule/masks";
import { AvailabilityGrid } from "./availability-grid";
import { CheckboxGroup } from "./checkbox-group";
import { RadioGroup } from "./choice-field";
import { TextField } from "./form-field";
import { MonthPicker } from "./month-picker";
import { SelectField } from "./select-field";
import { TextArea } from "./text-area";
import { TownChoice } from "./town-choice";

/** `suggested`: whether the person agrees to be suggested to employers now (the "suggestions" consent). */
type Props = {
  step: ProfileStep;
  profile: ProfileData;
  suggested: boolean;
  failure?: FormFailure & { townChoices?: TownView[]; townPreselected?: string | null };
};

export function ProfileStepFields({ step, profile, suggested, failure }: Props) {
  const { t } = useI18n();
  const values = failure?.values;
  const errors = failure?.errors ?? {};
  const text = (name: string, saved: string | number | null) =>
    valueOf(values, name) ?? (saved === null ? "" : String(saved));
  const list = (name: string, saved: readonly string[]) => valuesOf(values, name) ?? saved;
  const choices = (prefix: string, codes: readonly string[]) =>
    codes.map((code) => ({ value: code, label: t(`${prefix}.${code}` as TranslationKey) }));

  switch (step) {
    case "experience": {
      const pastFields = values
        ? (valuesOf(values, "pastField") ?? []).map((field, index) => ({
            field,
            band: valuesOf(values, "pastBand")?.[index] ?? "",
          }))
        : profile.pastFields.map((row) => ({ field: row.field, band: row.band as string }));
      const rows = [
        ...pastFields,
        ...Array.from({ length: Math.max(3 - pastFields.length, 1) }, () => ({ field: "", band: "" })),
      ];
      const bandChoices = [{ value: "", label: t("privacy.bandChoose") }, ...choices("privacy.bands", experienceBands)];
      return (
        <>
          <TextField
            name="headline"
            label={t("profile.fields.headline")}
            hint={t("profile.fields.headlineHint")}
            defaultValue={text("headline", profile.headline)}
            error={errors.headline}
          />
          <TextArea
            name="story"
            label={t("profile.fields.story")}
            hint={t("profile.fields.storyHint")}
            defaultValue={text("story", profile.story)}
            error={errors.story}
          />
          <fieldset className="field">
            <legend className="field-label">{t("profile.fields.pastFields")}</legend>
            <p className="field-hint">{t("privacy.pastFieldsHint")}</p>
            {rows.map((row, index) => (
              <div key={index} className="mt-3 grid gap-4 sm:grid-cols-[1fr_14rem]">
                <TextField
                  name="pastField"
                  id={`pastField-${index}`}
                  label={t("profile.fields.pastField", { number: index + 1 })}
                  defaultValue={row.field}
                  className="mb-0"
                />
                <SelectField
                  name="pastBand"
                  id={`pastBand-${index}`}
                  label={t("privacy.bandLabel")}
                  choices={bandChoices}
                  defaultValue={row.band}
                  error={errors[`pastBand-${index}`]}
                />
              </div>
            ))}
          </fieldset>
          <TextField
            name="skills"
            label={t("profile.fields.skills")}
            hint={t("profile.fields.skillsHint")}
            defaultValue={text("skills", profile.skills.join(", "))}
            error={errors.skills}
          />
        </>
      );
    }
    case "languages":
      return (
        <fieldset className="field" id="lang-fr">
          <legend className="field-label">{t("profile.fields.languages")}</legend>
          <p className="field-hint">{t("profile.fields.languagesHint")}</p>
          {errors["lang-fr"] ? <p className="field-error">{t(errors["lang-fr"])}</p> : null}
          <div className="mt-3 grid gap-4 sm:grid-cols-2">
            {spokenLanguages.map((code) => {
              const saved = profile.languages.find((language) => language.code === code)?.level ?? "";
              return (
                <div key={code}>
                  <label htmlFor={`lang-select-${code}`} className="font-bold">
                    {t(`vocab.languages.${code}` as TranslationKey)}
                  </label>
                  <select
                    id={`lang-select-${code}`}
                    name={`lang-${code}`}
                    defaultValue={text(`lang-${code}`, saved)}
                    className="field-input"
                  >
                    <option value="">{t("vocab.levels.none")}</option>
                    {languageLevels.map((level) => (
                      <option key={level} value={level}>
                        {t(`vocab.levels.${level}` as TranslationKey)}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      );
    case "availability":
      return (
        <>
          <AvailabilityGrid
            name="slot"
            legend={t("profile.fields.availability")}
            hint={t("profile.fields.availabilityHint")}
            mask={values ? maskOfSlotValues(valuesOf(values, "slot") ?? []) : profile.availabilityMask}
            error={errors.slot}
          />
          <TextField
            name="maxHoursPerWeek"
            label={t("profile.fields.maxHours")}
            hint={t("profile.fields.maxHoursHint")}
            inputMode="numeric"
            className="max-w-xs"
            defaultValue={text("maxHoursPerWeek", profile.maxHoursPerWeek)}
            error={errors.maxHoursPerWeek}
          />
          <MonthPicker
            name="monthAway"
            legend={t("profile.fields.monthsAway")}
            hint={t("profile.fields.monthsAwayHint")}
            months={values ? (valuesOf(values, "monthAway") ?? []).map(Number) : monthsOf(profile.monthsAwayMask)}
          />
        </>
      );
    case "place":
      return (
        <>
          <TextField
            name="town"
            label={t("profile.fields.town")}
            hint={t("profile.fields.townHint")}
            autoComplete="address-level2"
            defaultValue={text("town", profile.town)}
            error={errors.town}
          />
          <TownChoice
            choices={failure?.townChoices}
            preselected={failure?.townPreselected}
            typed={valueOf(values, "town") ?? ""}
            error={errors.townChoice}
          />
          <TextField
            name="travelMaxKm"
            label={t("profile.fields.travelMaxKm")}
            hint={t("profile.fields.travelMaxKmHint")}
            inputMode="numeric"
            className="max-w-xs"
            defaultValue={text("travelMaxKm", profile.travelMaxKm)}
            error={errors.travelMaxKm}
          />
          <CheckboxGroup
            name="travelMode"
            legend={t("profile.fields.travelModes")}
            choices={choices("vocab.travelModes", travelModes)}
            checked={list("travelMode", profile.travelModes)}
            columns={2}
          />
        </>
      );
    case "preferences":
      return (
        <>
          <RadioGroup
            name="physicalPreference"
            legend={t("profile.fields.physical")}
            defaultValue={text("physicalPreference", profile.physicalPreference)}
            choices={choices("vocab.physical", physicalPreferences)}
          />
          <TextField
            name="maxLiftKg"
            label={t("profile.fields.maxLift")}
            hint={t("profile.fields.maxLiftHint")}
            inputMode="numeric"
            className="max-w-xs"
            defaultValue={text("maxLiftKg", profile.maxLiftKg)}
            error={errors.maxLiftKg}
          />
          <CheckboxGroup
            name="sector"
            legend={t("profile.fields.sectors")}
            choices={choices("vocab.sectors", sectors)}
            checked={list("sector", profile.sectors)}
            columns={2}
          />
          <CheckboxGroup
            name="seek"
            legend={t("profile.fields.seeks")}
            choices={choices("vocab.seeks", seeks)}
            checked={list("seek", profile.seeks)}
            columns={2}
          />
        </>
      );
    case "contact":
      return (
        <>
          <RadioGroup
            name="contactPreference"
            legend={t("profile.fields.contact")}
            defaultValue={text("contactPreference", profile.contactPreference)}
            error={errors.contactPreference}
            choices={[
              { value: "email", label: t("profile.fields.contactEmail") },
              { value: "phone", label: t("profile.fields.contactPhone") },
            ]}
          />
          <TextField
            name="phone"
            type="tel"
            label={t("profile.fields.phone")}
            hint={t("profile.fields.phoneHint")}
            autoComplete="tel"
            className="max-w-md"
            defaultValue={text("phone", profile.phone)}
            error={errors.phone}
          />
          <RadioGroup
            name="visibleToEmployers"
            legend={t("profile.fields.visible")}
            hint={t("profile.fields.visibleHint")}
            defaultValue={text(
              "visibleToEmployers",
              profile.completedSteps.includes("contact") ? (suggested ? "yes" : "no") : "",
            )}
            error={errors.visibleToEmployers}
            choices={[
              { value: "yes", label: t("profile.fields.visibleYes") },
              { value: "no", label: t("profile.fields.visibleNo") },
            ]}
          />
        </>
      );
  }
}
