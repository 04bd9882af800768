// The browser's entry: Remix's own, except that the page's language dictionary (its own file in the build, the
// only one the page loads) is here before the page hydrates. Decision 0028.
import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadDictionary } from "~/modules/i18n/dictionaries/all";
import { localeOr } from "~/modules/i18n/locales";

void loadDictionary(localeOr(document.documentElement.lang)).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
