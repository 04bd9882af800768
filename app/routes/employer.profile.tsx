// An organisation's profile as its members edit it (/employer/profile): name, language, purpose, values, images.
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxGroup } from "~/components/checkbox-group";
import { RadioGroup } from "~/components/choice-field";
import { ErrorSummary } from "~/components/error-summary";
import { describedBy, FieldMessages } from "~/components/field-messages";
import { TextField } from "~/components/form-field";
import { TextArea } from "~/components/text-area";
import { typedTown } from "~/modules/places/typed-town.server";
import { requireOwner } from "~/modules/employers/access.server";
import { commitments, organisationForm } from "~/modules/employers/organisation-form";
import { removePhoto, saveOrganisation } from "~/modules/employers/organisation.server";
import { checkImage, maxImageBytes } from "~/modules/files/images.server";
import { tooBig } from "~/modules/forms/read.server";
import { readForm } from "~/modules/request-gate/read-form.server";
import { formValues, parseForm, valueOf, valuesOf, type FieldErrors } from "~/modules/forms/parse";
import { photoList, textList } from "~/modules/json-columns";
import { titleMeta } from "~/modules/i18n/meta";
import type { TownView } from "~/modules/places/towns.server";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { SectorSelect } from "~/components/sector-select";
import { SuccessNotice } from "~/components/success-notice";
import { TownChoice } from "~/components/town-choice";

export const meta = titleMeta("organisation.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const { employer } = await requireOwner(request);
  return {
    employer: { ...employer, commitments: textList(employer.commitments), photos: photoList(employer.photos) },
    saved: new URL(request.url).searchParams.has("saved"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, employer } = await requireOwner(request);
  const formData = await readForm(request, { names: ["logo", "photo"], maxBytes: maxImageBytes });
  if (formData.get("intent") === "remove-photo") {
    await removePhoto(employer.id, String(formData.get("photo") ?? ""));
    throw redirect("/employer/profile?saved=1");
  }
  const result = parseForm(organisationForm, formData);
  const logo = await checkImage(formData.get("logo"), tooBig);
  const photo = await checkImage(formData.get("photo"), tooBig);
  const errors: FieldErrors = result.ok ? {} : { ...result.errors };
  if (logo && "problem" in logo) errors.logo = logo.problem;
  if (photo && "problem" in photo) errors.photo = photo.problem;
  const values = formValues(formData);
  delete values.logo;
  delete values.photo;
  if (!result.ok || Object.keys(errors).length > 0) return { errors, values };
  // the same reading as the candidate's place step (decision 0023): "Sainte-Foy" is asked about, not guessed
  const town = typedTown(result.data);
  if (!town.ok)
    return {
      errors: { [town.field]: town.error },
      values,
      townChoices: town.choices,
      townPreselected: town.preselected,
    };
  const saved = await saveOrganisation(
    employer.id,
    user.id,
    { ...result.data, town: town.label },
    {
      logo: logo && !("problem" in logo) ? logo : null,
      photo: photo && !("problem" in photo) ? photo : null,
    },
  );
  if (!saved) return { errors: { town: "errors.townUnknown" as const }, values };
  throw redirect("/employer/profile?saved=1");
}

function ImageField({
  name,
  label,
  hint,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  error?: TranslationKey;
}) {
  return (
    <div className="field">
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <FieldMessages id={name} hint={hint} error={error} />
      <input
        id={name}
        name={name}
        type="file"
        accept="image/png,image/jpeg,image/webp"
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
        className="field-input"
      />
    </div>
  );
}

export default function OrganisationProfile() {
  const { employer, saved } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { t, pathFor } = useI18n();
  const errors = (failure?.errors ?? {}) as FieldErrors;
  const values = failure?.values;
  const text = (name: string, savedValue: string | null) => valueOf(values, name) ?? savedValue ?? "";
  return (
    <div className="max-w-3xl">
      <h1>{t("organisation.title")}</h1>
      {saved ? <SuccessNotice>{t("organisation.saved")}</SuccessNotice> : null}
      <p className="mt-4 text-lg">{t("organisation.intro")}</p>
      <p className="mt-2">
        <Link to={pathFor(`/employers/${employer.slug}`)} className="link">
          {t("organisation.seePublic")}
        </Link>
      </p>
      <Form method="post" encType="multipart/form-data" noValidate className="mt-8">
        <ErrorSummary errors={errors} />
        <TextField
          name="name"
          label={t("organisation.name")}
          defaultValue={text("name", employer.name)}
          error={errors.name}
        />
        <SectorSelect defaultValue={text("sector", employer.sector)} error={errors.sector} />
        <RadioGroup
          name="contentLocale"
          legend={t("organisation.contentLocale")}
          hint={t("organisation.contentLocaleHint")}
          defaultValue={text("contentLocale", employer.contentLocale)}
          choices={[
            { value: "fr", label: "Français" },
            { value: "en", label: "English" },
          ]}
        />
        <TextArea
          name="purpose"
          label={t("organisation.purpose")}
          hint={t("organisation.purposeHint")}
          defaultValue={text("purpose", employer.purpose)}
          error={errors.purpose}
        />
        <TextArea
          name="values"
          label={t("employers.values")}
          hint={t("organisation.valuesHint")}
          rows={4}
          defaultValue={text("values", employer.values)}
          error={errors.values}
        />
        <TextArea
          name="customerExpectations"
          label={t("employers.customerExpectations")}
          rows={4}
          defaultValue={text("customerExpectations", employer.customerExpectations)}
          error={errors.customerExpectations}
        />
        <TextArea
          name="whyExperience"
          label={t("employers.whyExperience")}
          hint={t("organisation.whyExperienceHint")}
          rows={4}
          defaultValue={text("whyExperience", employer.whyExperience)}
          error={errors.whyExperience}
        />
        <CheckboxGroup
          name="commitment"
          legend={t("employers.commitments")}
          checked={valuesOf(values, "commitment") ?? employer.commitments}
          choices={commitments.map((code) => ({
            value: code,
            label: t(`employers.commitmentNames.${code}` as TranslationKey),
          }))}
        />
        <TextField
          name="website"
          type="url"
          label={t("organisation.website")}
          hint={t("organisation.websiteHint")}
          defaultValue={text("website", employer.website)}
          error={errors.website}
        />
        <TextField
          name="address"
          label={t("missions.address")}
          defaultValue={text("address", employer.address)}
          error={errors.address}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            name="town"
            label={t("search.town")}
            defaultValue={text("town", employer.town)}
            error={errors.town}
          />
          <TextField
            name="postalCode"
            label={t("editor.postalCode")}
            defaultValue={text("postalCode", employer.postalCode)}
            error={errors.postalCode}
          />
        </div>
        {failure && "townChoices" in failure ? (
          <TownChoice
            choices={failure.townChoices as TownView[] | undefined}
            preselected={failure.townPreselected as string | null | undefined}
            typed={valueOf(values, "town") ?? ""}
            error={errors.townChoice}
          />
        ) : null}
        <ImageField name="logo" label={t("organisation.logo")} hint={t("organisation.imageHint")} error={errors.logo} />
        <ImageField
          name="photo"
          label={t("organisation.photo")}
          hint={t("organisation.imageHint")}
          error={errors.photo}
        />
        <TextField
          name="photoAlt"
          label={t("organisation.photoAlt")}
          hint={t("organisation.photoAltHint")}
          defaultValue={text("photoAlt", "")}
          error={errors.photoAlt}
        />
        <button type="submit" name="intent" value="save" className="button">
          {t("organisation.save")}
        </button>
      </Form>
      {employer.photos.length > 0 ? (
        <section aria-labelledby="photos-title" className="mt-10">
          <h2 id="photos-title">{t("employers.photos")}</h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2">
            {employer.photos.map((photo) => (
              <li key={photo.id} className="card">
                <img src={photo.path} alt={photo.alt} className="w-full rounded" />
                <Form method="post" encType="multipart/form-data" className="mt-3">
                  <input type="hidden" name="photo" value={photo.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove-photo"
                    className="button-secondary"
                    aria-label={`${t("organisation.removePhoto")} : ${photo.alt}`}
                  >
                    {t("organisation.removePhoto")}
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
