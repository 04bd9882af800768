// Consents per purpose (docs/decisions/0017): the unticked boxes, each with its own words, shown at sign-up and on the
// account page, and the account page's section with what is not a choice and the history of the person's choices.
import { Form, Link } from "@remix-run/react";
import type { FieldErrors } from "~/modules/forms/parse";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import {
  consentPurposes,
  consentSources,
  purposesFor,
  type ConsentPurpose,
  type ConsentSource,
} from "~/modules/consents/consents";
import { ErrorSummary } from "./error-summary";
import { describedBy, FieldMessages } from "./field-messages";

type Kind = "candidate" | "employer";

function wordsFor(purpose: ConsentPurpose, kind: Kind | undefined): { label: TranslationKey; hint: TranslationKey } {
  if (purpose === "email-news" && kind === "employer") {
    return {
      label: "privacyPolicy.consents.purposes.email-news.employerLabel",
      hint: "privacyPolicy.consents.purposes.email-news.employerHint",
    };
  }
  return {
    label: `privacyPolicy.consents.purposes.${purpose}.label`,
    hint: `privacyPolicy.consents.purposes.${purpose}.hint`,
  };
}

/**
 * One checkbox per purpose under one legend; each box's words are its label and its own hint. `kind` unknown (the
 * sign-up form, where the person has not said yet): every purpose, those for candidates marked as such.
 */
export function ConsentChoices({
  kind,
  checked,
  error,
}: {
  kind?: Kind;
  checked: readonly string[];
  error?: TranslationKey;
}) {
  const { t } = useI18n();
  const purposes = kind ? purposesFor(kind) : consentPurposes;
  const hint = t("privacyPolicy.consents.hint");
  return (
    <fieldset className="field" id="consent" aria-describedby={describedBy("consent", hint, error)}>
      <legend className="field-label">{t("privacyPolicy.consents.legend")}</legend>
      <FieldMessages id="consent" hint={hint} error={error} />
      <div className="mt-2 grid gap-4">
        {purposes.map((purpose) => {
          const words = wordsFor(purpose, kind);
          const forCandidatesOnly = !kind && purposesFor("employer").every((other) => other !== purpose);
          return (
            // the hint sits beside the label, not inside it: the box's name stays its few words, the hint describes it
            <div key={purpose} className="choice">
              <input
                type="checkbox"
                id={`consent-${purpose}`}
                name="consent"
                value={purpose}
                defaultChecked={checked.includes(purpose)}
                aria-describedby={`consent-${purpose}-hint`}
              />
              <div>
                <label htmlFor={`consent-${purpose}`} className="block cursor-pointer font-bold">
                  {t(words.label)}
                </label>
                <p id={`consent-${purpose}-hint`} className="mt-1">
                  {t(words.hint)}
                  {forCandidatesOnly ? ` ${t("privacyPolicy.consents.candidatesOnly")}` : null}
                </p>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export type ConsentHistoryLine = { purpose: string; granted: boolean; source: string; at: string | Date };

/** How many past changes the account page lists (the download of one's data has them all). */
const historyShown = 10;

function isSource(value: string): value is ConsentSource {
  return (consentSources as readonly string[]).includes(value);
}

/** The account page's section: the choices form (intent "consents"), what needs no consent, and the recent history. */
export function ConsentSection({
  kind,
  granted,
  history,
  errors,
}: {
  kind: Kind;
  granted: readonly string[];
  history: ConsentHistoryLine[];
  errors?: FieldErrors;
}) {
  const { t, formatDateTime, pathFor } = useI18n();
  const purposeName = (purpose: string) => {
    const known = consentPurposes.find((candidate) => candidate === purpose);
    return known ? t(wordsFor(known, kind).label) : purpose;
  };
  return (
    <section aria-labelledby="consents-title" className="mt-10 card">
      <h2 id="consents-title">{t("privacyPolicy.consents.title")}</h2>
      <h3 className="mt-4 text-xl">{t("privacyPolicy.consents.necessaryTitle")}</h3>
      <p className="mt-2">
        {kind === "candidate" ? t("privacyPolicy.consents.necessary") : t("privacyPolicy.consents.necessaryEmployer")}
      </p>
      <Form method="post" className="mt-6" noValidate>
        <ErrorSummary errors={errors} />
        <ConsentChoices kind={kind} checked={granted} error={errors?.consent} />
        <button type="submit" name="intent" value="consents" className="button">
          {t("privacyPolicy.consents.save")}
        </button>
      </Form>
      <h3 className="mt-8 text-xl">{t("privacyPolicy.consents.historyTitle")}</h3>
      {history.length === 0 ? (
        <p className="mt-2">{t("privacyPolicy.consents.historyNone")}</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {history.slice(0, historyShown).map((line, index) => (
            <li key={index}>
              {t(line.granted ? "privacyPolicy.consents.historyGranted" : "privacyPolicy.consents.historyWithdrawn", {
                date: formatDateTime(line.at),
                purpose: purposeName(line.purpose),
                source: isSource(line.source) ? t(`privacyPolicy.consents.sources.${line.source}`) : line.source,
              })}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link to={pathFor("/privacy")} className="link">
          {t("privacyPolicy.consents.readMore")}
        </Link>
      </p>
    </section>
  );
}
