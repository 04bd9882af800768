// The privacy page (issue 12, item 2; docs/decisions/0017): what is collected and why, who sees what and when, how
// long each thing is kept (the figures come from the modules that apply them), the rights and where to use them, the
// complaint route and the person in charge of privacy, named by configuration. Open to everyone, signed in or not.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { env } from "~/env.server";
import { candidateIdleDays, employerIdleMinutes, sessionDays } from "~/modules/auth/session.server";
import { challengeMinutes } from "~/modules/auth/sign-in.server";
import { titleMeta } from "~/modules/i18n/meta";
import { useI18n } from "~/modules/i18n/use-i18n";
import { retentionPeriods } from "~/modules/privacy/retention.server";

export const meta = titleMeta("privacyPolicy.page.title");

/** The Commission d'accès à l'information du Québec, where a complaint goes. */
const commissionUrl = "https://www.cai.gouv.qc.ca";
const cnilUrl = "https://www.cnil.fr";

export async function loader({ params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const periods = retentionPeriods;
  return {
    officer: env.privacyOfficer,
    kept: {
      applicationMonths: periods.applicationUntouchedMonths,
      cvMonths: periods.cvAfterEndMonths,
      accountYears: periods.accountUnusedMonths / 12,
      noticeDays: periods.deletionNoticeDays,
      viewsMonths: periods.viewsKeptMonths,
      emailsMonths: periods.finishedEmailsKeptMonths,
      candidateIdleDays,
      employerIdleHours: employerIdleMinutes / 60,
      sessionDays,
      signInMinutes: challengeMinutes,
    },
  };
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Items({ children }: { children: ReactNode }) {
  return <ul className="mt-4 list-disc space-y-3 pl-6 text-lg">{children}</ul>;
}

export default function Privacy() {
  const { officer, kept } = useLoaderData<typeof loader>();
  const { t } = useI18n();
  return (
    <div className="max-w-3xl">
      <h1>{t("privacyPolicy.page.title")}</h1>
      <p className="mt-4 text-lg">{t("privacyPolicy.page.intro")}</p>

      <Section id="collected-title" title={t("privacyPolicy.page.collectedTitle")}>
        <Items>
          <li>{t("privacyPolicy.page.collected.account")}</li>
          <li>{t("privacyPolicy.page.collected.profile")}</li>
          <li className="font-bold">{t("privacyPolicy.page.collected.never")}</li>
          <li>{t("privacyPolicy.page.collected.applications")}</li>
          <li>{t("privacyPolicy.page.collected.saved")}</li>
          <li>{t("privacyPolicy.page.collected.employer")}</li>
          <li>{t("privacyPolicy.page.collected.technical")}</li>
        </Items>
      </Section>

      <Section id="who-title" title={t("privacyPolicy.page.whoTitle")}>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.who.apply")}</p>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.who.suggest")}</p>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.who.nobodyElse")}</p>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.who.team")}</p>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.who.providers")}</p>
      </Section>

      <Section id="kept-title" title={t("privacyPolicy.page.keptTitle")}>
        <Items>
          <li>{t("privacyPolicy.page.kept.applications", { months: kept.applicationMonths })}</li>
          <li>{t("privacyPolicy.page.kept.cv", { months: kept.cvMonths })}</li>
          <li>{t("privacyPolicy.page.kept.accounts", { years: kept.accountYears, days: kept.noticeDays })}</li>
          <li>
            {t("privacyPolicy.page.kept.sessions", {
              candidateDays: kept.candidateIdleDays,
              employerHours: kept.employerIdleHours,
              maxDays: kept.sessionDays,
            })}
          </li>
          <li>{t("privacyPolicy.page.kept.signIn", { minutes: kept.signInMinutes })}</li>
          <li>{t("privacyPolicy.page.kept.emails", { months: kept.emailsMonths })}</li>
          <li>{t("privacyPolicy.page.kept.views", { months: kept.viewsMonths })}</li>
          <li>{t("privacyPolicy.page.kept.deletion")}</li>
        </Items>
      </Section>

      <Section id="rights-title" title={t("privacyPolicy.page.rightsTitle")}>
        <Items>
          <li>{t("privacyPolicy.page.rights.access")}</li>
          <li>
            {t("privacyPolicy.page.rights.download")}{" "}
            <Link to="/account/data" className="link">
              {t("privacyPolicy.page.rights.downloadLink")}
            </Link>
          </li>
          <li>
            {t("privacyPolicy.page.rights.delete")}{" "}
            <Link to="/account/delete" className="link">
              {t("privacyPolicy.page.rights.deleteLink")}
            </Link>
          </li>
          <li>
            {t("privacyPolicy.page.rights.withdraw")}{" "}
            <Link to="/account#consents-title" className="link">
              {t("privacyPolicy.page.rights.withdrawLink")}
            </Link>
          </li>
          <li>{t("privacyPolicy.page.rights.ask")}</li>
        </Items>
      </Section>

      <Section id="officer-title" title={t("privacyPolicy.page.officerTitle")}>
        <p className="mt-4 text-lg font-bold">
          {t("privacyPolicy.page.officer", { name: officer.name, title: officer.title })}
        </p>
        <p className="mt-2 text-lg">
          {t("privacyPolicy.page.officerEmail")}{" "}
          <a href={`mailto:${officer.email}`} className="link">
            {officer.email}
          </a>
        </p>
      </Section>

      <Section id="complaint-title" title={t("privacyPolicy.page.complaintTitle")}>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.complaint")}</p>
        <p className="mt-2 text-lg">
          <a href={commissionUrl} className="link" lang="fr">
            {t("privacyPolicy.page.complaintLink")}
          </a>
        </p>
        <p className="mt-4 text-lg">
          <a href={cnilUrl} className="link">
            {t("privacyPolicy.page.complaintFrance")}
          </a>
        </p>
      </Section>

      <Section id="incidents-title" title={t("privacyPolicy.page.incidentsTitle")}>
        <p className="mt-4 text-lg">{t("privacyPolicy.page.incidents")}</p>
      </Section>
    </div>
  );
}
