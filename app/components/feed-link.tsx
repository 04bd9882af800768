// The visible link to a page's Atom feed (its head announces the same: modules/missions/feed-links.ts). A plain link:
// the feed is a file for a feed reader, not a page of the app.
import type { FeedLink as Feed } from "~/modules/missions/feed-links";
import type { TranslationKey } from "~/modules/i18n/translate";
import { useI18n } from "~/modules/i18n/use-i18n";

export function FeedLink({ feed, label }: { feed: Feed; label: TranslationKey }) {
  const { t } = useI18n();
  return (
    <p className="mt-6">
      <a href={feed.href} type="application/atom+xml" className="link inline-block py-2" aria-describedby="feed-hint">
        {t(label)}
      </a>
      <span id="feed-hint" className="block text-muted">
        {t("feeds.followHint")}
      </span>
    </p>
  );
}
