// The mission search (/missions, /en/missions): filters, results with their match reasons, and a saved-search alert.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { AvailabilityGrid } from "~/components/availability-grid";
import { CheckboxGroup } from "~/components/checkbox-group";
import { MatchReasons } from "~/components/match-reasons";
import { MissionCard } from "~/components/mission-card";
import { MonthPicker } from "~/components/month-picker";
import { Pagination } from "~/components/pagination";
import { FeedLink } from "~/components/feed-link";
import { getUser } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { sectors, spokenLanguages } from "~/modules/candidates/vocabulary";
import { formatCount } from "~/modules/i18n/format";
import { titleMeta } from "~/modules/i18n/meta";
import { withShareCard } from "~/modules/share-cards/meta";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { inLanguage, publicAddressOf, type CanonicalHandle } from "~/modules/i18n/public-pages";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";
import { cardFields } from "~/modules/missions/card";
import { missionCardData } from "~/modules/missions/mission.server";
import { describeReasons } from "~/modules/matching";
import { searchByFit } from "~/modules/candidates/missions-for-candidate.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { missionSearchToParams, type MissionSearch } from "~/modules/missions/search-params";
import { searchMissions, suggestSpelling, suggestWidening } from "~/modules/missions/search.server";
import { searchPlace } from "~/modules/missions/search-place.server";
import { searchFeedPath } from "~/modules/missions/feeds.server";
import { withFeedLink } from "~/modules/missions/feed-links";
import { feedText } from "~/modules/missions/feed-texts.server";
import { distanceKm } from "~/modules/places/distance";
import { SearchPlaceNotice } from "~/components/search-place-notice";
import { monthsOf } from "~/modules/schedule/masks";

export const meta = withFeedLink(withShareCard(titleMeta("missions.title", "metaDescriptions.missions")));

/** The canonical address keeps the search's filters, written as the page writes them (no tracking tag, one order). */
export const handle: CanonicalHandle = {
  canonicalQuery: (data) => (data as { query?: string } | undefined)?.query ?? "",
};

const pageSize = 20;
const radiusChoices = [5, 10, 20, 50, 100, 200];

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const search = parseMissionSearch(new URL(request.url).searchParams);
  const user = await getUser(request);
  const profile = user?.kind === "candidate" ? await loadProfile(user.id) : null;
  const locale = await answering(getLocale(request, user));
  let total: number;
  let totalIsCapped: boolean;
  let pageCount: number;
  let missions;
  // a candidate's "near me" without a town is measured from home, in the results and in the widenings alike
  const origin = !search.town && profile?.home ? profile.home : undefined;
  // what the page says about the place, in every sort; the searched town, else home, is where card distances start
  const { place, origin: distancesFrom } = searchPlace(
    search,
    profile ? { town: profile.town, point: profile.home } : null,
    locale,
  );
  if (profile && search.sort === "fit") {
    const ranked = await searchByFit(profile, search, pageSize);
    total = ranked.total;
    totalIsCapped = ranked.totalIsCapped;
    pageCount = ranked.pageCount;
    missions = ranked.page.map(({ mission, result }) => ({
      ...missionCardData(mission),
      distanceKm:
        distancesFrom && mission.latitude !== null && mission.longitude !== null
          ? distanceKm(distancesFrom, { latitude: mission.latitude, longitude: mission.longitude })
          : null,
      score: result.excluded ? null : result.score,
      reasons: describeReasons(result, locale, 2),
    }));
  } else {
    const result = await searchMissions(search, { pageSize, origin });
    total = result.total;
    totalIsCapped = result.totalIsCapped;
    pageCount = result.pageCount;
    missions = result.missions.map((mission) => ({ ...cardFields(mission), score: null, reasons: [] }));
  }
  const [widenings, spelling] =
    total === 0
      ? await Promise.all([suggestWidening(search, { origin }), suggestSpelling(search, { origin })])
      : [[], null];
  return {
    search,
    query: missionSearchToParams(search).toString(),
    total,
    totalIsCapped,
    pageCount,
    missions,
    place,
    isCandidate: Boolean(profile),
    feed: { href: searchFeedPath(search, locale), title: feedText(locale, "linkTitle") },
    spelling: spelling && {
      words: spelling,
      href: inLanguage(`/missions?${missionSearchToParams({ ...search, q: spelling, page: 1 })}`, locale),
    },
    widenings: widenings.map((widening) => ({
      change: widening.change,
      total: widening.total,
      href: inLanguage(`/missions?${missionSearchToParams({ ...widening.search, page: 1 })}`, locale),
    })),
  };
}

function hasMoreFilters(search: MissionSearch) {
  return (
    search.slots !== 0 ||
    search.hoursMax !== null ||
    search.months !== 0 ||
    search.sectors.length > 0 ||
    search.languages.length > 0
  );
}

export default function MissionSearchPage() {
  const data = useLoaderData<typeof loader>();
  const { search } = data;
  const navigation = useNavigation();
  const { t, locale, pathFor } = useI18n();
  const searching =
    navigation.state === "loading" && publicAddressOf(navigation.location.pathname)?.path === "/missions";
  return (
    <div>
      <h1>{t("search.title")}</h1>
      {/* keyed by the search: going back or following a link shows that search's values, not the last typed */}
      <Form key={data.query} method="get" className="mt-6 card" role="search" aria-label={t("search.formLabel")}>
        <div className="grid gap-x-6 md:grid-cols-3">
          <div className="field">
            <label htmlFor="q" className="field-label">
              {t("search.keywords")}
            </label>
            <p id="q-hint" className="field-hint">
              {t("search.keywordsHint")}
            </p>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={search.q}
              aria-describedby="q-hint"
              className="field-input"
            />
          </div>
          <div className="field">
            <label htmlFor="town" className="field-label">
              {t("search.town")}
            </label>
            <p id="town-hint" className="field-hint">
              {t("search.townHint")}
            </p>
            <input
              id="town"
              name="town"
              defaultValue={search.town}
              aria-describedby={data.place.kind === "none" ? "town-hint" : "town-hint search-place"}
              autoComplete="address-level2"
              className="field-input"
            />
          </div>
          <div className="field">
            <label htmlFor="radius" className="field-label">
              {t("search.radius")}
            </label>
            <p id="radius-hint" className="field-hint">
              {t("search.radiusHint")}
            </p>
            <select
              id="radius"
              name="radius"
              defaultValue={search.radiusKm ?? ""}
              aria-describedby="radius-hint"
              className="field-input"
            >
              <option value="">{t("search.anyDistance")}</option>
              {radiusChoices.map((km) => (
                <option key={km} value={km}>
                  {t("search.withinKm", { km })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <details className="mt-2" open={hasMoreFilters(search)}>
          <summary className="target inline-flex cursor-pointer items-center text-lg font-bold text-brand underline underline-offset-4">
            {t("search.moreFilters")}
          </summary>
          <div className="mt-6">
            <AvailabilityGrid name="slot" legend={t("search.when")} hint={t("search.whenHint")} mask={search.slots} />
            <div className="field max-w-xs">
              <label htmlFor="hours" className="field-label">
                {t("search.hours")}
              </label>
              <input
                id="hours"
                name="hours"
                inputMode="numeric"
                defaultValue={search.hoursMax ?? ""}
                className="field-input"
              />
            </div>
            <MonthPicker
              name="month"
              legend={t("search.months")}
              hint={t("search.monthsHint")}
              months={monthsOf(search.months)}
            />
            <CheckboxGroup
              name="sector"
              legend={t("search.sectors")}
              checked={search.sectors}
              choices={sectors.map((code) => ({ value: code, label: t(`vocab.sectors.${code}` as TranslationKey) }))}
            />
            <CheckboxGroup
              name="lang"
              legend={t("search.languages")}
              hint={t("search.languagesHint")}
              checked={search.languages}
              columns={3}
              choices={spokenLanguages.map((code) => ({
                value: code,
                label: t(`vocab.languages.${code}` as TranslationKey),
              }))}
            />
          </div>
        </details>
        <div className="mt-4 flex flex-wrap items-end gap-6">
          <div>
            <label htmlFor="sort" className="field-label">
              {t("search.sort")}
            </label>
            <select id="sort" name="sort" defaultValue={search.sort} className="field-input">
              <option value="fit">{data.isCandidate ? t("search.sortFit") : t("search.sortFitAnonymous")}</option>
              <option value="newest">{t("search.sortNewest")}</option>
              <option value="nearest">{t("search.sortNearest")}</option>
            </select>
          </div>
          <button type="submit" className="button">
            {t("search.submit")}
          </button>
          <Link to={pathFor("/missions")} className="link inline-flex min-h-target items-center">
            {t("search.reset")}
          </Link>
        </div>
      </Form>
      <SearchPlaceNotice id="search-place" place={data.place} />

      <section aria-labelledby="results-title" className="mt-10" aria-busy={searching}>
        <h2 id="results-title" aria-live="polite">
          {searching
            ? t("search.searching")
            : data.totalIsCapped
              ? t("search.countCapped", { count: formatCount(data.total, locale) })
              : t("search.count", { count: data.total })}
        </h2>
        {data.isCandidate && data.query ? (
          <Form method="post" action="/alerts" className="mt-4 flex flex-wrap items-end gap-4">
            <input type="hidden" name="query" value={data.query} />
            <div>
              <label htmlFor="frequency" className="field-label">
                {t("alerts.frequency")}
              </label>
              <select id="frequency" name="frequency" defaultValue="weekly" className="field-input">
                <option value="daily">{t("alerts.daily")}</option>
                <option value="weekly">{t("alerts.weekly")}</option>
              </select>
            </div>
            <button type="submit" className="button-secondary" aria-describedby="alert-consent-hint">
              {t("alerts.create")}
            </button>
            <p id="alert-consent-hint" className="w-full text-muted">
              {t("privacyPolicy.consents.alertHint")}
            </p>
          </Form>
        ) : null}
        {data.total === 0 ? (
          <div className="mt-6 notice">
            <p className="font-bold">{t("search.emptyTitle")}</p>
            {data.spelling ? (
              <p className="mt-3">
                {t("search.didYouMean")}{" "}
                <Link to={data.spelling.href} className="link font-bold">
                  {data.spelling.words}
                </Link>
              </p>
            ) : null}
            {data.widenings.length > 0 ? (
              <ul className="mt-3 grid gap-2">
                {data.widenings.map((widening) => (
                  <li key={widening.change}>
                    <Link to={widening.href} className="link">
                      {t(`search.widen.${widening.change}` as TranslationKey, { count: widening.total })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">{t("search.emptyNoHint")}</p>
            )}
          </div>
        ) : (
          <ul className="mt-6 grid gap-6">
            {data.missions.map((mission) => (
              <MissionCard key={mission.id} mission={mission}>
                {mission.score !== null ? (
                  <p className="mt-3 font-bold">{t("search.fit", { score: mission.score })}</p>
                ) : null}
                <MatchReasons reasons={mission.reasons} />
              </MissionCard>
            ))}
          </ul>
        )}
        <Pagination
          page={search.page}
          pageCount={data.pageCount}
          hrefFor={(page) => pathFor(`/missions?${missionSearchToParams({ ...search, page })}`)}
        />
        <FeedLink feed={data.feed} label="feeds.followSearch" />
      </section>
    </div>
  );
}
