// The header's FR/EN switch: a plain form posting to /language that comes back to the same page.
import { Form } from "@remix-run/react";
import { inLanguage } from "~/modules/i18n/public-pages";
import { useI18n } from "~/modules/i18n/use-i18n";

/**
 * A plain form, so switching language works without JavaScript; the server remembers the choice (it decides where the
 * home's plain address sends this browser) and comes back to the same page: a public page at its address in the
 * chosen language, any other page where it was.
 */
export function LanguageSwitch({ returnTo }: { returnTo: string }) {
  const { locale } = useI18n();
  const other = locale === "fr" ? "en" : "fr";
  return (
    <Form method="post" action="/language" reloadDocument>
      <input type="hidden" name="lang" value={other} />
      <input type="hidden" name="returnTo" value={inLanguage(withoutLinkLanguage(returnTo), other)} />
      <button type="submit" className="nav-link font-bold" lang={other}>
        {other === "en" ? "English" : "Français"}
      </button>
    </Form>
  );
}

/** The page to come back to without a link's `locale` (i18n/preferences.server.ts), which would outweigh the choice. */
function withoutLinkLanguage(returnTo: string): string {
  const [path, query = ""] = returnTo.split("?");
  const params = new URLSearchParams(query);
  params.delete("locale");
  return params.size > 0 ? `${path}?${params}` : path;
}
