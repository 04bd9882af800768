// The mission editor's warnings about age terms in a mission's text, each with why it matters and a rewording.
import type { AgeTermHit } from "~/modules/missions/age-terms/check";
import { quoteAgeTerm } from "~/modules/missions/age-terms/quote";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export type FieldHits = { field: string; text: string; hits: AgeTermHit[] };

/** The term in its sentence, shortened between words with "…". */
function QuotedTerm({ text, hit }: { text: string; hit: AgeTermHit }) {
  const { before, phrase, after } = quoteAgeTerm(text, hit);
  return (
    <p className="mt-1">
      {before}
      <mark className="bg-yellow-200 px-1 font-bold text-ink">{phrase}</mark>
      {after}
    </p>
  );
}

/** Each age term or proxy found, highlighted in its sentence, with why it matters and a suggested rewording. */
export function AgeTermWarnings({ fields, blocked }: { fields: FieldHits[]; blocked: boolean }) {
  const { t, locale } = useI18n();
  if (fields.length === 0) return null;
  return (
    <section
      aria-labelledby="age-terms-title"
      tabIndex={-1}
      className="mb-8 rounded-lg border-4 border-danger bg-danger-soft p-6"
    >
      <h2 id="age-terms-title" className="text-danger">
        {blocked ? t("editor.ageBlockedTitle") : t("editor.ageWarningTitle")}
      </h2>
      <p className="mt-2">{t("editor.ageIntro")}</p>
      <ul className="mt-4 grid gap-4">
        {fields.flatMap(({ field, text, hits }) =>
          hits.map((hit) => (
            <li key={`${field}-${hit.start}`} className="rounded-lg bg-white p-4">
              <p className="font-bold">{t(`editor.fieldNames.${field}` as TranslationKey)}</p>
              <QuotedTerm text={text} hit={hit} />
              <p className="mt-2">{hit.why[locale]}</p>
              <p className="mt-1">
                <strong>{t("editor.ageSuggestion")}</strong> {hit.suggestion[locale]}
              </p>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
