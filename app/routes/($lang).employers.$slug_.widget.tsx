// The careers widget: an organisation's open missions as a small page made to be framed by its own website
// (docs/decisions/0030-feeds-and-widget.md). A whole document of its own, with no script: large readable text, each
// mission a link that opens its page here in a new tab. Its policy lets any site frame it (frame-ancestors *);
// every other page refuses (app/modules/security/headers.server.mjs).
import { createHash } from "node:crypto";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { renderToStaticMarkup } from "react-dom/server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { findEmployerOpenMissions, type EmployerOpenMissions } from "~/modules/employers/open-missions.server";
import type { Locale } from "~/modules/i18n/locales";
import { answering } from "~/modules/http/domain-errors.server";
import { getLocale } from "~/modules/i18n/preferences.server";
import { requireKnownLanguage } from "~/modules/http/language-segment.server";
import { feedTexts } from "~/modules/missions/feed-texts.server";
import { framedWidgetPolicy } from "~/modules/security/headers.server.mjs";

const styles = `
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 20px; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0; padding: 16px; }
h1 { font-size: 1.4rem; margin: 0 0 12px; }
ul { list-style: none; margin: 0; padding: 0; }
li { border-top: 1px solid #767676; padding: 12px 0; }
a { color: #0b4f8a; font-weight: 700; text-decoration: underline; text-underline-offset: 3px; }
a:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
p { margin: 4px 0 0; }
.more { margin-top: 16px; }
.hidden-text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
const styleHash = createHash("sha256").update(styles).digest("base64");

export async function loader({ request, params }: LoaderFunctionArgs) {
  requireKnownLanguage(params);
  const found = await findEmployerOpenMissions(params.slug ?? "", { limit: 50 });
  if (!found)
    throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const locale = await answering(getLocale(request));
  const html = `<!DOCTYPE html>${renderToStaticMarkup(<Widget found={found} locale={locale} />)}`;
  return new Response(html, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": framedWidgetPolicy(styleHash),
      // another site's page may show it; it shares nothing of a visitor's own (no cookie is read but the language)
      "Cross-Origin-Resource-Policy": "cross-origin",
    },
  });
}

function Widget({ found: { employer, missions }, locale }: { found: EmployerOpenMissions; locale: Locale }) {
  const t = feedTexts(locale);
  const contentLang = employer.contentLocale !== locale ? employer.contentLocale : undefined;
  const newTab = <span className="hidden-text"> {t("widget.opensElsewhere")}</span>;
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t("widget.title", { name: employer.name })}</title>
        <style dangerouslySetInnerHTML={{ __html: styles }} />
      </head>
      <body>
        <main>
          <h1>{t("widget.title", { name: employer.name })}</h1>
          {missions.length === 0 ? (
            <p>{t("widget.none")}</p>
          ) : (
            <ul>
              {missions.map((mission) => (
                <li key={mission.id}>
                  <a href={publicPageUrl(`/missions/${mission.id}`, locale)} target="_blank" rel="noopener">
                    <span lang={contentLang}>{mission.title}</span>
                    {newTab}
                  </a>
                  <p>
                    {t("widget.place", { town: mission.town })} ·{" "}
                    {t("widget.hours", { min: mission.hoursPerWeekMin, max: mission.hoursPerWeekMax })}
                  </p>
                  <p lang={contentLang}>{mission.summary}</p>
                </li>
              ))}
            </ul>
          )}
          <p className="more">
            <a
              href={publicPageUrl(`/employers/${encodeURIComponent(employer.slug)}`, locale)}
              target="_blank"
              rel="noopener"
            >
              {t("widget.seeAll")}
              {newTab}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
