// The optional language segment of the public routes (`($lang)` in their file names, i18n/public-pages.ts): any
// first segment but `en` names no page of ours, so each of those routes answers 404 before it reads or writes.
import { isLanguageSegment } from "~/modules/i18n/public-pages";

export function requireKnownLanguage(params: { lang?: string }): void {
  if (isLanguageSegment(params.lang)) return;
  throw new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
