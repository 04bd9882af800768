// The header's choice of organisation for an employer member of several; posts to /employer/switch.
import { Form } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";

/**
 * The header's choice of organisation, for a person who belongs to several: a plain form (no JavaScript needed) that
 * posts to /employer/switch, which checks the person is a member and comes back to this page or the dashboard.
 */
export function OrganisationSwitch({
  current,
  organisations,
  returnTo,
}: {
  current: string;
  organisations: { id: string; name: string }[];
  returnTo: string;
}) {
  const { t } = useI18n();
  return (
    <Form method="post" action="/employer/switch" reloadDocument className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="returnTo" value={returnTo} />
      {/* one column no wider than the header: a long organisation name is cut inside the select, not past the window (WCAG 1.4.10) */}
      <div className="grid max-w-full grid-cols-1 gap-1">
        <label htmlFor="organisation-switch" className="font-bold">
          {t("organisations.switchLabel")}
        </label>
        <select
          id="organisation-switch"
          name="organisation"
          defaultValue={current}
          className="field-input mt-0 w-auto max-w-full"
        >
          {organisations.map((organisation) => (
            <option key={organisation.id} value={organisation.id}>
              {organisation.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button-secondary">
        {t("organisations.switchButton")}
      </button>
    </Form>
  );
}
