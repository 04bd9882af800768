// Share cards: the Open Graph and Twitter card tags a page adds to its title and description, so that a link shared
// on Facebook, Messenger, LinkedIn or X shows a card (docs/decisions/0031-share-cards-and-valid-html.md).
// The image is the organisation's own (share-image.server.ts chooses it) or the site's, always as an absolute URL.
import type { MetaDescriptor, MetaFunction } from "@remix-run/node";
import { defaultLocale, isLocale, type Locale } from "~/modules/i18n/locales";
import { canonicalPath } from "~/modules/i18n/public-pages";
import { translate } from "~/modules/i18n/translate";

/** An image fit for a card: its address on this site (a path), size in pixels, type and text alternative. */
export type ShareImage = { path: string; width: number; height: number; type: string; alt: string };

/** public/share-card.png, made by scripts/make-share-image.mjs. */
export const siteShareImage = { path: "/share-card.png", width: 1200, height: 630, type: "image/png" } as const;

const ogLocales: Record<Locale, string> = { fr: "fr_CA", en: "en_CA" };

/**
 * The page's own meta (title, description) followed by its card. `image` gives the organisation's image when the
 * page has one (from its loader data); otherwise the site's image is shown.
 */
export function withShareCard<Loader = unknown>(
  base: MetaFunction<Loader>,
  image?: (args: Parameters<MetaFunction<Loader>>[0]) => ShareImage | null | undefined,
): MetaFunction<Loader> {
  return (args) => {
    const own = (base(args) ?? []) as MetaDescriptor[];
    const rootData = args.matches.find((match) => match.id === "root")?.data as
      { locale?: unknown; appUrl?: unknown } | undefined;
    // no card on an error page (its loader data is missing), nor without the site's address
    if (args.error || typeof rootData?.appUrl !== "string") return own;
    const locale = isLocale(rootData.locale) ? rootData.locale : defaultLocale;
    const appUrl = rootData.appUrl;
    const title = own.map((tag) => ("title" in tag ? String(tag.title) : null)).find(Boolean) ?? "Chevronné";
    const description = own
      .map((tag) => ("name" in tag && tag.name === "description" ? String(tag.content) : null))
      .find(Boolean);
    const chosen = image?.(args) ?? { ...siteShareImage, alt: translate(locale, "shareCards.siteImageAlt") };
    const imageUrl = new URL(chosen.path, appUrl).href;
    return [
      ...own,
      { property: "og:type", content: "website" },
      { property: "og:site_name", content: "Chevronné" },
      { property: "og:title", content: title },
      ...(description ? [{ property: "og:description", content: description }] : []),
      {
        property: "og:url",
        content: new URL(canonicalPath(args.location.pathname, args.matches) ?? args.location.pathname, appUrl).href,
      },
      { property: "og:locale", content: ogLocales[locale] },
      { property: "og:locale:alternate", content: ogLocales[locale === "fr" ? "en" : "fr"] },
      { property: "og:image", content: imageUrl },
      { property: "og:image:type", content: chosen.type },
      { property: "og:image:width", content: String(chosen.width) },
      { property: "og:image:height", content: String(chosen.height) },
      { property: "og:image:alt", content: chosen.alt },
      { name: "twitter:card", content: "summary_large_image" },
      { name: "twitter:title", content: title },
      ...(description ? [{ name: "twitter:description", content: description }] : []),
      { name: "twitter:image", content: imageUrl },
      { name: "twitter:image:alt", content: chosen.alt },
    ];
  };
}
