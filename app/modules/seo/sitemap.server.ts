// The sitemap (sitemaps.org 0.9): every public page a search engine should know, at both of its addresses (French
// at the plain path, English under /en) with each one's alternates, and when it last changed. It is read from the
// database on each request, so a mission appears when it opens and leaves when it closes. The `sitemap` package
// writes the XML; /sitemap.xml is an index of smaller files, since one file may list at most 50 000 addresses:
// - /sitemaps/pages.xml: the home, the search, the privacy notice and every organisation whose page is public;
// - /sitemaps/missions-<id>.xml: the open missions (the search's own rule) from that id on, 25 000 to a file. Each
//   file starts at an id the index found, not at an offset: a mission that closes does not shift every later file,
//   and reading a file walks the primary key from its first id instead of counting past all the ones before it.
// A missions' file is written as it is read (1 000 rows at a time), never held whole in memory.
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
const rowsPerRead = 1_000;

/** A mission's id as the files' names carry it (cuids, and the demo's readable ids). */
export const missionIdPattern = /^[a-z0-9-]{1,64}$/;

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

const urlSet = () => new SitemapStream({ xmlns: { xhtml: true, news: false, image: false, video: false } });

/**
 * The first id of each missions' file: every 25 000th open mission in id order, read in one pass over the open
 * missions' ids (the rule is openMissionWhere's, in SQL).
 */
async function missionFileStarts(now: Date, perFile: number): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM (
      SELECT id, row_number() OVER (ORDER BY id) AS position FROM "Mission"
      WHERE status = 'published' AND ("closesAt" IS NULL OR "closesAt" > ${now})
    ) AS open WHERE (position - 1) % ${perFile} = 0 ORDER BY id`;
  return rows.map((row) => row.id);
}

/** The files' size and clock: the protocol's limit and now, unless a test asks for smaller files. */
type FileOptions = { now?: Date; perFile?: number };

/** The index: the pages' file and one file per 25 000 open missions. */
export async function sitemapIndex({ now = new Date(), perFile = missionsPerFile }: FileOptions = {}): Promise<string> {
  const [starts, newestMission, newestOrganisation] = await Promise.all([
    missionFileStarts(now, perFile),
    db.mission.aggregate({ where: openMissionWhere(now), _max: { updatedAt: true } }),
    db.employer.aggregate({ where: publicOrganisationWhere(), _max: { updatedAt: true } }),
  ]);
  const missionsChanged = newestMission._max.updatedAt;
  const organisationsChanged = newestOrganisation._max.updatedAt;
  const pagesChanged =
    missionsChanged && organisationsChanged
      ? new Date(Math.max(missionsChanged.getTime(), organisationsChanged.getTime()))
      : (missionsChanged ?? organisationsChanged);
  const lastmod = (date: Date | null) => (date ? { lastmod: date.toISOString() } : {});
  const files = [
    { url: `${env.appUrl}/sitemaps/pages.xml`, ...lastmod(pagesChanged) },
    ...starts.map((id) => ({ url: `${env.appUrl}/sitemaps/missions-${id}.xml`, ...lastmod(missionsChanged) })),
  ];
  return (await streamToPromise(Readable.from(files).pipe(new SitemapIndexStream()))).toString("utf8");
}

/** The home and the search change whenever a mission does; each organisation's page when it or one of its missions does. */
export async function pagesSitemap(now = new Date()): Promise<string> {
  const [newestMission, organisations, newestByOrganisation] = await Promise.all([
    db.mission.aggregate({ where: openMissionWhere(now), _max: { updatedAt: true } }),
    db.employer.findMany({
      where: publicOrganisationWhere(),
      orderBy: { slug: "asc" },
      select: { id: true, slug: true, updatedAt: true },
    }),
    db.mission.groupBy({ by: ["employerId"], where: openMissionWhere(now), _max: { updatedAt: true } }),
  ]);
  const missionChanged = new Map(newestByOrganisation.map((row) => [row.employerId, row._max.updatedAt]));
  const missionsChanged = newestMission._max.updatedAt ?? undefined;
  const items = [
    ...bothLanguages("/", missionsChanged),
    ...bothLanguages("/missions", missionsChanged),
    ...bothLanguages("/privacy"),
    ...organisations.flatMap((organisation) => {
      const changed = missionChanged.get(organisation.id);
      const lastmod = changed && changed > organisation.updatedAt ? changed : organisation.updatedAt;
      return bothLanguages(`/employers/${encodeURIComponent(organisation.slug)}`, lastmod);
    }),
  ];
  return (await streamToPromise(Readable.from(items).pipe(urlSet()))).toString("utf8");
}

/** Up to `perFile` open missions from `firstId` on, in id order, read 1 000 at a time. */
async function* missionsFrom(firstId: string, now: Date, perFile: number): AsyncGenerator<SitemapItemLoose> {
  let after: string | null = null;
  for (let listed = 0; listed < perFile;) {
    const batch: { id: string; updatedAt: Date }[] = await db.mission.findMany({
      where: { ...openMissionWhere(now), id: after === null ? { gte: firstId } : { gt: after } },
      orderBy: { id: "asc" },
      take: Math.min(rowsPerRead, perFile - listed),
      select: { id: true, updatedAt: true },
    });
    for (const mission of batch) yield* bothLanguages(`/missions/${mission.id}`, mission.updatedAt);
    if (batch.length === 0) return;
    listed += batch.length;
    after = batch[batch.length - 1].id;
  }
}

/** The missions' file that starts at `firstId`, as a stream of XML; null when no open mission is there. */
export async function missionsSitemap(
  firstId: string,
  { now = new Date(), perFile = missionsPerFile }: FileOptions = {},
): Promise<ReadableStream<Uint8Array> | null> {
  if (!missionIdPattern.test(firstId)) return null;
  const first = await db.mission.findFirst({
    where: { ...openMissionWhere(now), id: { gte: firstId } },
    select: { id: true },
  });
  if (!first) return null;
  return bytesOf(Readable.from(missionsFrom(firstId, now, perFile)).pipe(urlSet()));
}

/** The XML the stream writes (text), as the bytes a response sends, read only as fast as it is sent. */
function bytesOf(xml: Readable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const chunks = xml[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = (await chunks.next()) as IteratorResult<string | Buffer>;
      if (done) controller.close();
      else controller.enqueue(typeof value === "string" ? encoder.encode(value) : new Uint8Array(value));
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
