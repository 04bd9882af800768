// "Stay signed in": records activity now. From the banner with JavaScript (no returnTo) it answers how long is left;
// from the plain form it goes back to the page it came from.
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { keepSessionAlive } from "~/modules/auth/session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";
import { readForm } from "~/modules/request-gate/read-form.server";

export async function loader() {
  throw redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const returnTo = (await readForm(request)).get("returnTo");
  const endsAt = await keepSessionAlive(request);
  // an ended session goes back too: the page then asks to sign in and comes back
  if (typeof returnTo === "string") throw redirect(safeRedirectPath(returnTo));
  return { remainingMs: endsAt ? endsAt.getTime() - Date.now() : null };
}
