// The page for a request refused before any route runs (a method no page takes, a write from another site): a page
// of its own, in plain words and the person's language, since no route, layout or loader has run.
import { getUser } from "~/modules/auth/session.server";
import { inLanguage } from "~/modules/i18n/public-pages";
import { refusalLocale } from "~/modules/i18n/refusal-locale.server";
import { translator } from "~/modules/i18n/translate";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export async function refusalPage(
  request: Request,
  kind: "crossSite" | "wrongMethod",
  status: number,
  headers: Record<string, string> = {},
): Promise<Response> {
  const locale = await refusalLocale(request, await getUser(request).catch(() => null));
  const t = translator(locale);
  const [title, body, home] = [t(`refusals.${kind}.title`), t(`refusals.${kind}.body`), t("refusals.home")].map(
    escapeHtml,
  );
  const html =
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${title} · Chevronné</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="${inLanguage("/", locale)}">${home}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
