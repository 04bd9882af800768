// The one place where the modules' domain errors (app/modules/errors.ts) become responses: a loader or action, or a
// guard the routes call (auth/session.server.ts requireUser and the others), passes its work through `answering`.
import { data, redirect } from "@remix-run/node";
import { ForbiddenError, FreshProofNeededError, MovedError, NotFoundError, NotSignedInError } from "~/modules/errors";
import { isLocale } from "~/modules/i18n/locales";

/** The plain 404 a route throws when it finds nothing to show (the answer to NotFoundError). */
export const notFound = () => new Response("Not found", { status: 404 });

/** The response for a domain error; anything else is given back as it is (to be thrown on). */
export function responseFor(error: unknown): unknown {
  if (error instanceof NotFoundError) return notFound();
  if (error instanceof NotSignedInError) {
    const headers = new Headers();
    for (const cookie of error.cookies) headers.append("Set-Cookie", cookie);
    return redirect(signInPage(error.returnTo), { headers });
  }
  if (error instanceof FreshProofNeededError) return redirect(error.proofPage);
  if (error instanceof ForbiddenError) return data(error.page, { status: 403 });
  if (error instanceof MovedError) return redirect(error.location, 301);
  return error;
}

/** Runs the work; a domain error it throws is thrown on as its response. */
export async function answering<T>(work: Promise<T> | (() => Promise<T>)): Promise<T> {
  try {
    return await (typeof work === "function" ? work() : work);
  } catch (error) {
    throw responseFor(error);
  }
}

/** The sign-in page that leads back to `returnTo`, in the language that page's link asked for (`?locale=`), if any. */
function signInPage(returnTo: string | null): string {
  if (returnTo === null) return "/signin";
  const query = new URLSearchParams({ redirectTo: returnTo });
  const language = new URL(returnTo, "http://localhost").searchParams.get("locale");
  if (isLocale(language)) query.set("locale", language);
  return `/signin?${query}`;
}
