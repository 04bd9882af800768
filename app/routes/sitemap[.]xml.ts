// /sitemap.xml: the index of the sitemap's files, for search engines (app/modules/seo/sitemap.server.ts).
import { sitemapContentType, sitemapIndex } from "~/modules/seo/sitemap.server";

export async function loader() {
  return new Response(await sitemapIndex(), { headers: { "Content-Type": sitemapContentType } });
}
