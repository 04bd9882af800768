// /sitemaps/pages.xml and /sitemaps/missions-N.xml: the files /sitemap.xml lists (app/modules/seo/sitemap.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { missionsSitemap, pagesSitemap, sitemapContentType } from "~/modules/seo/sitemap.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const missionsFile = /^missions-([1-9][0-9]{0,5})\.xml$/.exec(params.file ?? "");
  const xml =
    params.file === "pages.xml"
      ? await pagesSitemap()
      : missionsFile
        ? await missionsSitemap(Number(missionsFile[1]))
        : null;
  if (xml === null)
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": sitemapContentType } });
}
