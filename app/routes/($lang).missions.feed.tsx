// The Atom feed of a search: the same parameters as /missions, read by the same module, newest first
// (app/modules/missions/feeds.server.ts). A hand-edited address still gives a feed: each bad value falls back.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { isLanguageSegment } from "~/modules/i18n/public-pages";
import { atomContentType, searchFeed } from "~/modules/missions/feeds.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!isLanguageSegment(params.lang))
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const search = parseMissionSearch(new URL(request.url).searchParams);
  const xml = await searchFeed(search, await answering(getLocale(request)));
  return new Response(xml, { headers: { "Content-Type": atomContentType } });
}
