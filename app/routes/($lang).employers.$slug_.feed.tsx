// The Atom feed of an organisation's open missions (app/modules/missions/feeds.server.ts); 404 where its page is.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { employerFeed } from "~/modules/employers/feed.server";
import { atomContentType } from "~/modules/missions/feeds.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const xml = await employerFeed(params.slug ?? "", await answering(getLocale(request)));
  if (xml === null)
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(xml, { headers: { "Content-Type": atomContentType } });
}
