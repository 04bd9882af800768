// The account page's section where an employer member chooses, for each of their organisations, how they hear of new
// applications (app/modules/pipeline/application-notices.server.ts). A plain form per organisation: no JavaScript needed.
import { Form } from "@remix-run/react";
import { useI18n } from "~/modules/i18n/use-i18n";
import { applicationNoticeChoices, type ApplicationNotice } from "~/modules/pipeline/application-notice-form";

type Notice = { membershipId: string; organisation: string; notice: ApplicationNotice };

export function ApplicationNoticesSection({ notices }: { notices: Notice[] }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <section aria-labelledby="notices-title" className="mt-10 card">
      <h2 id="notices-title">{t("applicationNotices.account.title")}</h2>
      <p className="mt-2">{t("applicationNotices.account.intro")}</p>
      {notices.map((membership) => (
        <Form key={membership.membershipId} method="post" className="mt-6" noValidate>
          <input type="hidden" name="membershipId" value={membership.membershipId} />
          <fieldset className="field">
            <legend className="field-label">
              {t("applicationNotices.account.legend", { organisation: membership.organisation })}
            </legend>
            <div className="mt-2 grid gap-3">
              {applicationNoticeChoices.map((choice) => {
                const id = `notice-${membership.membershipId}-${choice}`;
                return (
                  <div key={choice} className="choice">
                    <input
                      type="radio"
                      id={id}
                      name="notice"
                      value={choice}
                      defaultChecked={membership.notice === choice}
                      aria-describedby={`${id}-hint`}
                    />
                    <div>
                      <label htmlFor={id} className="block cursor-pointer font-bold">
                        {t(`applicationNotices.account.${choice}`)}
                      </label>
                      <p id={`${id}-hint`}>{t(`applicationNotices.account.${choice}Hint`)}</p>
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>
          <button type="submit" name="intent" value="application-notice" className="button-secondary">
            {t("applicationNotices.account.save")}
          </button>
        </Form>
      ))}
    </section>
  );
}
