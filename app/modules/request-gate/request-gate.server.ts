// What the servers ask before any route runs (scripts/server.mjs, and the dev server's plugin in vite.config.ts, both
// through entry.server.tsx): a method no page takes gets 405, a write from another site 403 (cross-site.server.ts).
// Every page answers GET and HEAD and every form posts: a PUT, PATCH, DELETE or OPTIONS can only be a script's.
import { crossSiteRefusal } from "./cross-site.server";
import { logRefusal } from "~/modules/security/refusal-log.server";
import { refusalPage } from "./refusal-page.server";

const allowedMethods = ["GET", "HEAD", "POST"];

/** The refusal page for `request`, or null to let it through to the routes. */
export async function refuseBeforeRoutes(request: Request): Promise<Response | null> {
  if (!allowedMethods.includes(request.method)) {
    logRefusal("method", request);
    return refusalPage(request, "wrongMethod", 405, { Allow: allowedMethods.join(", ") });
  }
  return crossSiteRefusal(request);
}
