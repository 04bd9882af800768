// The list of reasons a mission suits a candidate, or not, each with a sign and words (search, mission, for you).
import { useI18n } from "~/modules/i18n/use-i18n";

type Reason = { polarity: "for" | "against" | "exclude"; text: string };

/** Why a mission suits someone, or not, in plain words: a sign and a word for each, never colour alone. */
export function MatchReasons({ reasons }: { reasons: Reason[] }) {
  const { t } = useI18n();
  if (reasons.length === 0) return null;
  return (
    <ul className="mt-4 grid gap-2">
      {reasons.map((reason, index) => (
        <li key={index} className="flex gap-3">
          <span
            aria-hidden="true"
            className={reason.polarity === "for" ? "font-bold text-success" : "font-bold text-danger"}
          >
            {reason.polarity === "for" ? "✓" : "✗"}
          </span>
          <span>
            <span className="sr-only">{reason.polarity === "for" ? t("matching.for") : t("matching.against")} </span>
            {reason.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
