// The dashboard's checklist for a new organisation: its three first steps, each linked to the page that does it.
import { Link } from "@remix-run/react";
import type { FirstStep } from "~/modules/employers/first-steps.server";
import { useI18n } from "~/modules/i18n/use-i18n";

/** A new organisation's three first steps, each ticked once done and linked to the page that does it; gone when all are done. */
export function FirstSteps({ steps }: { steps: FirstStep[] }) {
  const { t } = useI18n();
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;
  return (
    <section aria-labelledby="first-steps-title" className="mt-8 rounded-lg border-4 border-ink p-6">
      <h2 id="first-steps-title">{t("firstSteps.title")}</h2>
      <p className="mt-2">{t("firstSteps.intro")}</p>
      <p className="mt-2 font-bold">{t("firstSteps.progress", { count: done, total: steps.length })}</p>
      <ol className="mt-4 grid gap-3">
        {steps.map((step) => (
          <li key={step.id} className="flex items-start gap-3 text-lg">
            <span aria-hidden="true" className="w-6 shrink-0 text-center font-bold">
              {step.done ? "✓" : "○"}
            </span>
            <span>
              <Link to={step.to} className="link">
                {t(`firstSteps.${step.id}`)}
              </Link>{" "}
              <span className={step.done ? "font-bold" : "text-muted"}>
                ({step.done ? t("firstSteps.done") : t("firstSteps.toDo")})
              </span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
