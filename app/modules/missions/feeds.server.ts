// Atom feeds, so people can follow missions without an account (docs/decisions/0030-feeds-and-widget.md): one for any
// search, read from the same URL parameters as /missions and run by the same search (search.server.ts: published,
// still open, organisation neither suspended nor closed), always newest first; one for an organisation's open
// missions, which its public page shows (employers/feed.server.ts, written by `atom` here). The `feed` package writes the XML; texts are in the request's language.
import { Feed } from "feed";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import type { Locale } from "~/modules/i18n/locales";
import { inLanguage } from "~/modules/i18n/public-pages";
import { feedTexts } from "./feed-texts.server";
import { missionSearchToParams, type MissionSearch } from "./search-params";
import { searchMissions } from "./search.server";

/** Enough for a reader that checks once a day; few enough to stay a small answer. */
export const feedLength = 30;

export const atomContentType = "application/atom+xml; charset=utf-8";

type FeedMission = {
  id: string;
  title: string;
  summary: string;
  town: string;
  employerName: string;
  publishedAt: Date;
  updatedAt: Date;
};

/** The address of a search's feed in a language: the search's own filters (no order, no page: a feed is newest first). */
export function searchFeedPath(search: MissionSearch, locale: Locale): string {
  const params = missionSearchToParams({ ...search, sort: "newest", page: 1 });
  params.delete("sort");
  return inLanguage(`/missions/feed${params.size > 0 ? `?${params}` : ""}`, locale);
}

/** The Atom feed of a search: its newest `feedLength` matches. */
export async function searchFeed(search: MissionSearch, locale: Locale, now = new Date()): Promise<string> {
  const t = feedTexts(locale);
  const result = await searchMissions({ ...search, sort: "newest", page: 1 }, { pageSize: feedLength, now });
  const updatedAt = await updatedDates(result.missions.map((mission) => mission.id));
  const words = [
    search.q,
    search.town,
    search.town && search.radiusKm !== null ? t("withinKm", { km: search.radiusKm }) : "",
  ]
    .filter(Boolean)
    .join(" · ");
  const page = new URLSearchParams(missionSearchToParams({ ...search, page: 1 }));
  return atom({
    title: words ? t("searchTitleFiltered", { search: words }) : t("searchTitle"),
    description: t("searchDescription"),
    pageUrl: publicPageUrl(`/missions${page.size > 0 ? `?${page}` : ""}`, locale),
    selfUrl: publicPageUrl(searchFeedPath(search, locale), locale),
    locale,
    missions: result.missions.map((mission) => ({
      ...mission,
      updatedAt: updatedAt.get(mission.id) ?? mission.publishedAt,
    })),
  });
}

async function updatedDates(ids: string[]): Promise<Map<string, Date>> {
  const rows = await db.mission.findMany({ where: { id: { in: ids } }, select: { id: true, updatedAt: true } });
  return new Map(rows.map((row) => [row.id, row.updatedAt]));
}

/** An Atom feed of missions, newest first (employers/feed.server.ts writes an organisation's with it). */
export function atom(feed: {
  title: string;
  description: string;
  pageUrl: string;
  selfUrl: string;
  locale: Locale;
  missions: FeedMission[];
}): string {
  const t = feedTexts(feed.locale);
  const newest = feed.missions.reduce<Date | null>(
    (latest, mission) => (latest && latest > mission.updatedAt ? latest : mission.updatedAt),
    null,
  );
  const writer = new Feed({
    id: feed.selfUrl,
    title: xmlText(feed.title),
    description: xmlText(feed.description),
    link: feed.pageUrl,
    feedLinks: { atom: feed.selfUrl },
    language: feed.locale,
    // an empty feed says when it was last looked at; one with missions, when the newest of them changed
    updated: newest ?? new Date(),
    generator: "Chevronné",
    favicon: `${env.appUrl}/favicon.ico`,
  });
  for (const mission of feed.missions) {
    const link = publicPageUrl(`/missions/${mission.id}`, feed.locale);
    // the feed package writes titles and summaries as HTML (type="html"): escaped here, they read as the text typed
    writer.addItem({
      id: link,
      link,
      title: html(mission.title),
      description: html(mission.summary),
      content: [
        mission.summary,
        t("entryPlace", { town: mission.town }),
        t("entryEmployer", { name: mission.employerName }),
      ]
        .map((paragraph) => `<p>${html(paragraph)}</p>`)
        .join(""),
      category: [{ term: xmlText(mission.town) }],
      author: [{ name: xmlText(mission.employerName) }],
      date: mission.updatedAt,
      published: mission.publishedAt,
    });
  }
  return writer.atom1();
}

/** Characters XML 1.0 cannot hold (control characters, lone surrogates, U+FFFE/U+FFFF) taken out: a typed search may carry them. */
export function xmlText(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}

function html(text: string): string {
  return xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
