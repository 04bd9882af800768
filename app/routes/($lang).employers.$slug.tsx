// An organisation's public page (/employers/:slug, /en/…): purpose, values, commitments, photos and open missions.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { Link, useLoaderData } from "@remix-run/react";
import { useOtherLanguage } from "~/components/in-language";
import { MissionCard } from "~/components/mission-card";
import { RichText } from "~/components/rich-text";
import { findOrganisationPage } from "~/modules/employers/open-missions.server";
import { isOrganisationMember } from "~/modules/administration/verification.server";
import { photoList, textList } from "~/modules/json-columns";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { FeedLink } from "~/components/feed-link";
import { employerFeedPath } from "~/modules/employers/feed.server";
import { withFeedLink } from "~/modules/missions/feed-links";
import { feedText } from "~/modules/missions/feed-texts.server";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { translate } from "~/modules/i18n/translate";
import { withShareCard } from "~/modules/share-cards/meta";
import { employerShareImage } from "~/modules/share-cards/share-image.server";

export const meta: MetaFunction<typeof loader> = withFeedLink(
  withShareCard(
    ({ data }) => [
      { title: data ? `${data.employer.name} · Chevronné` : "Chevronné" },
      ...(data ? [{ name: "description", content: data.employer.purpose }] : []),
    ],
    ({ data }) => data?.shareImage,
  ),
);

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  // gone when suspended or closed (app/modules/employers/open-missions.server.ts)
  const employer = await findOrganisationPage(params.slug ?? "");
  if (!employer) throw new Response("Not found", { status: 404 });
  // before verification the page is its members' preview; for everyone else it does not exist yet
  const unverified = employer.verificationStatus !== "verified";
  if (unverified && !(await isOrganisationMember(request, employer.id)))
    throw new Response("Not found", { status: 404 });
  const photos = photoList(employer.photos);
  const logoAlt = translate(await answering(getLocale(request)), "organisation.logoAlt", { name: employer.name });
  const locale = await answering(getLocale(request));
  return {
    unverified,
    feed: unverified ? null : { href: employerFeedPath(employer.slug, locale), title: feedText(locale, "linkTitle") },
    employer: {
      ...employer,
      commitments: textList(employer.commitments),
      photos,
    },
    shareImage: await employerShareImage({ name: employer.name, logoFileId: employer.logoFileId, photos, logoAlt }),
  };
}

export default function EmployerPage() {
  const data = useLoaderData<typeof loader>();
  const { employer, unverified } = data;
  const { t, pathFor } = useI18n();
  const otherLanguage = useOtherLanguage();
  const sections: [string, TranslationKey, string][] = [
    ["values", "employers.values", employer.values],
    ["customers", "employers.customerExpectations", employer.customerExpectations],
    ["experience", "employers.whyExperience", employer.whyExperience],
  ];
  return (
    <div className="max-w-4xl">
      {unverified ? <p className="notice mb-6">{t("administration.employer.publicPageHidden")}</p> : null}
      {employer.logoFileId ? (
        <img
          src={`/images/${employer.logoFileId}`}
          alt={t("organisation.logoAlt", { name: employer.name })}
          className="mb-4 h-24 w-auto"
        />
      ) : null}
      <h1>{employer.name}</h1>
      <p className="mt-2 text-lg font-bold text-muted">
        {t(`vocab.sectors.${employer.sector}` as TranslationKey)} · {employer.town}
      </p>
      <section aria-labelledby="purpose-title" className="mt-8 notice">
        <h2 id="purpose-title">{t("employers.purpose")}</h2>
        <div lang={otherLanguage(employer.contentLocale)}>
          <RichText source={employer.purpose} />
        </div>
      </section>
      {sections
        .filter(([, , text]) => text)
        .map(([id, title, text]) => (
          <section key={id} aria-labelledby={`${id}-title`} className="mt-8">
            <h2 id={`${id}-title`}>{t(title)}</h2>
            <div lang={otherLanguage(employer.contentLocale)}>
              <RichText source={text} />
            </div>
          </section>
        ))}
      {employer.commitments.length > 0 ? (
        <section aria-labelledby="commitments-title" className="mt-8">
          <h2 id="commitments-title">{t("employers.commitments")}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {employer.commitments.map((commitment) => (
              <li key={commitment}>{t(`employers.commitmentNames.${commitment}` as TranslationKey)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {employer.photos.length > 0 ? (
        <section aria-labelledby="photos-title" className="mt-8">
          <h2 id="photos-title">{t("employers.photos")}</h2>
          <ul className="mt-3 grid gap-4 sm:grid-cols-2">
            {employer.photos.map((photo) => (
              <li key={photo.path}>
                <img src={photo.path} alt={photo.alt} className="w-full rounded-lg" loading="lazy" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="missions-title" className="mt-10">
        <h2 id="missions-title">{t("employers.openMissions", { count: employer.missions.length })}</h2>
        {employer.missions.length === 0 ? (
          <p className="mt-3">{t("employers.noOpenMissions")}</p>
        ) : (
          <ul className="mt-4 grid gap-4">
            {employer.missions.map((mission) => (
              <MissionCard
                key={mission.id}
                mission={{ ...mission, employerName: employer.name, contentLocale: employer.contentLocale }}
              />
            ))}
          </ul>
        )}
        {data.feed ? <FeedLink feed={data.feed} label="feeds.followEmployer" /> : null}
      </section>
      {employer.website ? (
        <p className="mt-8">
          <a href={employer.website} className="link" rel="noopener noreferrer">
            {t("employers.website")}
          </a>
        </p>
      ) : null}
      <p className="mt-8">
        <Link to={pathFor(`/employers/${employer.slug}/report`)} className="link inline-block py-2">
          {t("moderation.report.organisationLink")}
        </Link>
      </p>
    </div>
  );
}
