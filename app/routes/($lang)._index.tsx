// The home page (/ and /en): what Chevronné offers experienced people, the latest missions, a word to employers.
import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { Link, useLoaderData } from "@remix-run/react";
import { MissionCard } from "~/components/mission-card";
import { titleMeta } from "~/modules/i18n/meta";
import { chosenLocale } from "~/modules/i18n/preferences.server";
import { countOrganisations } from "~/modules/employers/organisation.server";
import { latestOpenMissions } from "~/modules/missions/mission.server";
import { useI18n } from "~/modules/i18n/use-i18n";
import { withShareCard } from "~/modules/share-cards/meta";

export const meta = withShareCard(titleMeta("home.title", "metaDescriptions.home"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  // the plain address is the French home and everyone's first door: a browser that chose English is sent to its home
  if (params.lang === undefined && (await chosenLocale(request)) === "en") throw redirect("/en");
  const [{ missions, openCount }, employerCount] = await Promise.all([latestOpenMissions(6), countOrganisations()]);
  return { missions, openCount, employerCount };
}

export default function Home() {
  const { missions, openCount, employerCount } = useLoaderData<typeof loader>();
  const { t, pathFor } = useI18n();
  return (
    <>
      <section aria-labelledby="hero-title" className="max-w-3xl">
        <h1 id="hero-title">{t("home.heroTitle")}</h1>
        <p className="mt-4 text-lg">{t("home.heroIntro")}</p>
        <ul className="mt-6 list-disc space-y-2 pl-6 text-lg">
          <li>{t("home.promiseSchedule")}</li>
          <li>{t("home.promiseDistance")}</li>
          <li>{t("home.promiseMeaning")}</li>
          <li>{t("home.promiseNoAge")}</li>
        </ul>
        <p className="mt-8 flex flex-wrap gap-4">
          <Link to={pathFor("/missions")} className="button">
            {t("home.candidateCta")}
          </Link>
          <Link to={pathFor("/signin")} className="button-secondary">
            {t("home.signInCta")}
          </Link>
        </p>
        <p className="mt-4 text-lg">
          {t("firstUse.home.signUp")}{" "}
          <Link to={pathFor("/signup?kind=candidate")} className="link">
            {t("firstUse.home.signUpLink")}
          </Link>
        </p>
        <p className="mt-6 font-bold">
          {t("home.figuresMissions", { count: openCount })} {t("home.figuresEmployers", { count: employerCount })}
        </p>
      </section>

      <section aria-labelledby="latest-title" className="mt-14">
        <h2 id="latest-title">{t("home.latestTitle")}</h2>
        <ul className="mt-6 grid gap-6 md:grid-cols-2">
          {missions.map((mission) => (
            <MissionCard
              key={mission.id}
              mission={{
                ...mission,
                employerName: mission.employer.name,
                contentLocale: mission.employer.contentLocale,
              }}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="employers-title" className="mt-14 notice max-w-3xl">
        <h2 id="employers-title">{t("home.employersTitle")}</h2>
        <p className="mt-3">{t("home.employersIntro")}</p>
        <p className="mt-6">
          <Link to={pathFor("/signup?kind=employer")} className="button">
            {t("home.employerCta")}
          </Link>
        </p>
      </section>
    </>
  );
}
