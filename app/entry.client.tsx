import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { config as zodConfig } from "zod/v4/core";

// Zod compiles object schemas with `new Function` where it may. Pages forbid eval (their Content-Security-Policy),
// and even Zod's probe for it is reported as a violation: parse without compiling in the browser.
zodConfig({ jitless: true });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>,
  );
});
