import type { AgeTermHit } from "~/modules/missions/age-terms/check";
import { highlightSegments } from "~/modules/missions/age-terms/check";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export type FieldHits = { field: string; text: string; hits: AgeTermHit[] };

/** Each age term or proxy found, highlighted in its sentence, with why it matters and a suggested rewording. */
export function AgeTermWarnings({ fields, blocked }: { fields: FieldHits[]; blocked: boolean }) {
  const { t, locale } = useI18n();
  if (fields.length === 0) return null;
  return (
    <section aria-labelledby="age-terms-title" tabIndex={-1} className="mb-8 rounded-lg border-4 border-danger bg-danger-soft p-6">
      <h2 id="age-terms-title" className="text-danger">
        {blocked ? t("editor.ageBlockedTitle") : t("editor.ageWarningTitle")}
      </h2>
      <p className="mt-2">{t("editor.ageIntro")}</p>
      <ul className="mt-4 grid gap-4">
        {fields.flatMap(({ field, text, hits }) =>
          hits.map((hit) => (
            <li key={`${field}-${hit.start}`} className="rounded-lg bg-white p-4">
              <p className="font-bold">{t(`editor.fieldNames.${field}` as TranslationKey)}</p>
              <p className="mt-1">
                {highlightSegments(text, [hit])
                  .map((segment, index) =>
                    segment.hit ? (
                      <mark key={index} className="bg-yellow-200 px-1 font-bold text-ink">
                        {segment.text}
                      </mark>
                    ) : (
                      <span key={index}>{segment.text.length > 80 ? `…${segment.text.slice(index === 0 ? -80 : 0, index === 0 ? undefined : 80)}…` : segment.text}</span>
                    ),
                  )}
              </p>
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
