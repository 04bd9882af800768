// The careers widget (docs/decisions/0030-feeds-and-widget.md): the snippet an organisation's owner copies from the
// dashboard onto their own website, and what the framed page needs. The page itself is routes/($lang).employers.$slug_.widget.tsx.
import { env } from "~/env.server";
import type { Locale } from "~/modules/i18n/locales";
import { inLanguage } from "~/modules/i18n/public-pages";
import { feedText } from "~/modules/missions/feed-texts.server";

export function widgetPath(slug: string, locale: Locale): string {
  return inLanguage(`/employers/${encodeURIComponent(slug)}/widget`, locale);
}

/** Text made safe inside an HTML attribute's double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The HTML an owner pastes into their site: a frame of the widget, titled for screen readers, in the owner's language. */
export function widgetSnippet(employer: { slug: string; name: string }, locale: Locale): string {
  const src = `${env.appUrl}${widgetPath(employer.slug, locale)}`;
  const title = feedText(locale, "frameTitle", { name: employer.name });
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="520" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}
