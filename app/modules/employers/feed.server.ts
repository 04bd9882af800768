// An organisation's Atom feed (docs/decisions/0030): its open missions, written by missions/feeds.server.ts's atom,
// at /employers/:slug/feed in each language.
import type { Locale } from "~/modules/i18n/locales";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { inLanguage } from "~/modules/i18n/public-pages";
import { feedTexts } from "~/modules/missions/feed-texts.server";
import { atom, feedLength } from "~/modules/missions/feeds.server";
import { findEmployerOpenMissions } from "./open-missions.server";

export function employerFeedPath(slug: string, locale: Locale): string {
  return inLanguage(`/employers/${encodeURIComponent(slug)}/feed`, locale);
}

/** The Atom feed of an organisation's open missions; null when its page is not public (unknown, unverified, suspended, closed). */
export async function employerFeed(slug: string, locale: Locale, now = new Date()): Promise<string | null> {
  const found = await findEmployerOpenMissions(slug, { now, limit: feedLength });
  if (!found) return null;
  const t = feedTexts(locale);
  const { employer, missions } = found;
  return atom({
    title: t("employerTitle", { name: employer.name }),
    description: t("employerDescription", { name: employer.name }),
    pageUrl: publicPageUrl(`/employers/${encodeURIComponent(employer.slug)}`, locale),
    selfUrl: publicPageUrl(employerFeedPath(employer.slug, locale), locale),
    locale,
    missions: missions.map((mission) => ({ ...mission, employerName: employer.name })),
  });
}
