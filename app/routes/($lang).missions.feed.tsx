// The Atom feed of a search: the same parameters as /missions, read by the same module, newest first
// (app/modules/missions/feeds.server.ts). A hand-edited address still gives a feed: each bad value falls back.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { atomContentType, searchFeed } from "~/modules/missions/feeds.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const search = parseMissionSearch(new URL(request.url).searchParams);
  const xml = await searchFeed(search, await answering(getLocale(request)));
  return new Response(xml, { headers: { "Content-Type": atomContentType } });
}
