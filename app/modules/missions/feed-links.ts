// A page's feed, announced in its head (<link rel="alternate" type="application/atom+xml">) so that browsers and feed
// readers find it; the page also shows it (components/feed-link.tsx). Loaders give `feed`: feeds.server.ts's paths.
import type { MetaDescriptor } from "@remix-run/node";

export type FeedLink = { href: string; title: string };

/** The page's own meta followed by the link to its feed, when its loader data has one. */
export function withFeedLink<Args extends { data?: unknown; error?: unknown }>(
  base: (args: Args) => MetaDescriptor[] | undefined,
): (args: Args) => MetaDescriptor[] {
  return (args) => {
    const own = base(args) ?? [];
    const feed = (args.data as { feed?: FeedLink } | undefined)?.feed;
    if (args.error || !feed) return own;
    return [
      ...own,
      { tagName: "link", rel: "alternate", type: "application/atom+xml", title: feed.title, href: feed.href },
    ];
  };
}
