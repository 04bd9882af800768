// The sitemap (sitemaps.org 0.9): every public page a search engine should know, at both of its addresses (French
// at the plain path, English under /en) with each one's alternates, and when it last changed. It is read from the
// database on each request, so a mission appears when it opens and leaves when it closes. The `sitemap` package
// writes the XML; /sitemap.xml is an index of smaller files, since one file may list at most 50 000 addresses:
// - /sitemaps/pages.xml: the home, the search, the privacy notice and every organisation whose page is public;
// - /sitemaps/missions-N.xml: the open missions (the search's own rule), 25 000 to a file, oldest id first.
import { Readable } from "node:stream";
import { SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose } from "sitemap";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { publicOrganisationWhere } from "~/modules/employers/open-missions.server";
import { locales } from "~/modules/i18n/locales";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { openMissionWhere } from "~/modules/missions/mission.server";

export const sitemapContentType = "application/xml; charset=utf-8";

/** Two addresses per mission: 25 000 missions fill a file's 50 000. */
export const missionsPerFile = 25_000;

/** A mission is listed while the search shows it: open, its organisation neither suspended nor closed. */
function listedMissionWhere(now: Date) {
  return { ...openMissionWhere(now), employer: { suspendedAt: null, closedAt: null } };
}

/** Both addresses of a page, each naming itself and the other as alternates (and the French one as x-default). */
function bothLanguages(path: string, lastmod?: Date): SitemapItemLoose[] {
  const links = [
    ...locales.map((locale) => ({ lang: locale, url: publicPageUrl(path, locale) })),
    { lang: "x-default", url: publicPageUrl(path, "fr") },
  ];
  return locales.map((locale) => ({
    url: publicPageUrl(path, locale),
    links,
    ...(lastmod ? { lastmod: lastmod.toISOString() } : {}),
  }));
}

async function write(stream: SitemapStream | SitemapIndexStream, items: unknown[]): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString("utf8");
}

const urlSet = () => new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });

/** The index: the pages' file and as many missions' files as the open missions need (at least one). */
export async function sitemapIndex(now = new Date()): Promise<string> {
  const [missionCount, newestMission, newestOrganisation] = await Promise.all([
    db.mission.count({ where: listedMissionWhere(now) }),
    db.mission.aggregate({ where: listedMissionWhere(now), _max: { updatedAt: true } }),
    db.employer.aggregate({ where: publicOrganisationWhere(), _max: { updatedAt: true } }),
  ]);
  const files = Math.max(1, Math.ceil(missionCount / missionsPerFile));
  const lastmod = (date: Date | null) => (date ? { lastmod: date.toISOString() } : {});
  const pagesChanged =
    [newestMission._max.updatedAt, newestOrganisation._max.updatedAt]
      .filter((date): date is Date => date !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return write(new SitemapIndexStream(), [
    { url: `${env.appUrl}/sitemaps/pages.xml`, ...lastmod(pagesChanged) },
    ...Array.from({ length: files }, (_, index) => ({
      url: `${env.appUrl}/sitemaps/missions-${index + 1}.xml`,
      ...lastmod(newestMission._max.updatedAt),
    })),
  ]);
}

/** The home and the search change whenever a mission does; each organisation's page when it or one of its missions does. */
export async function pagesSitemap(now = new Date()): Promise<string> {
  const [newestMission, organisations] = await Promise.all([
    db.mission.aggregate({ where: listedMissionWhere(now), _max: { updatedAt: true } }),
    db.employer.findMany({
      where: publicOrganisationWhere(),
      orderBy: { slug: "asc" },
      select: {
        slug: true,
        updatedAt: true,
        missions: {
          where: openMissionWhere(now),
          orderBy: { updatedAt: "desc" },
          take: 1,
          select: { updatedAt: true },
        },
      },
    }),
  ]);
  const missionsChanged = newestMission._max.updatedAt ?? undefined;
  return write(urlSet(), [
    ...bothLanguages("/", missionsChanged),
    ...bothLanguages("/missions", missionsChanged),
    ...bothLanguages("/privacy"),
    ...organisations.flatMap((organisation) => {
      const missionChanged = organisation.missions[0]?.updatedAt;
      const changed =
        missionChanged && missionChanged > organisation.updatedAt ? missionChanged : organisation.updatedAt;
      return bothLanguages(`/employers/${encodeURIComponent(organisation.slug)}`, changed);
    }),
  ]);
}

/** The `file`-th file of open missions (from 1); null past the last one (an empty first file still exists). */
export async function missionsSitemap(file: number, now = new Date()): Promise<string | null> {
  if (!Number.isSafeInteger(file) || file < 1) return null;
  const missions = await db.mission.findMany({
    where: listedMissionWhere(now),
    orderBy: { id: "asc" },
    skip: (file - 1) * missionsPerFile,
    take: missionsPerFile,
    select: { id: true, updatedAt: true },
  });
  if (missions.length === 0 && file > 1) return null;
  return write(
    urlSet(),
    missions.flatMap((mission) => bothLanguages(`/missions/${mission.id}`, mission.updatedAt)),
  );
}
