// /sitemaps/pages.xml and /sitemaps/missions-<first id>.xml: the files /sitemap.xml lists (modules/seo/sitemap.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { missionsSitemap, pagesSitemap, sitemapContentType } from "~/modules/seo/sitemap.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const file = params.file ?? "";
  const missionsFrom = /^missions-(.+)\.xml$/.exec(file)?.[1];
  const body = file === "pages.xml" ? await pagesSitemap() : missionsFrom ? await missionsSitemap(missionsFrom) : null;
  if (body === null)
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, { headers: { "Content-Type": sitemapContentType } });
}
