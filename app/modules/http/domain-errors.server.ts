// The one place where the modules' domain errors (app/modules/errors.ts) become responses: a loader or action, or a
// guard the routes call (auth/session.server.ts requireUser and the others), passes its work through `answering`.
import { data, redirect } from "@remix-run/node";
import { ForbiddenError, FreshProofNeededError, MovedError, NotFoundError, NotSignedInError } from "~/modules/errors";

/** The plain 404 a route throws when it finds nothing to show (the answer to NotFoundError). */
export const notFound = () => new Response("Not found", { status: 404 });

/** The response for a domain error; anything else is given back as it is (to be thrown on). */
export function responseFor(error: unknown): unknown {
  if (error instanceof NotFoundError) return notFound();
  if (error instanceof NotSignedInError) {
    const headers = new Headers();
    for (const cookie of error.cookies) headers.append("Set-Cookie", cookie);
    return redirect(
      error.returnTo === null ? "/signin" : `/signin?${new URLSearchParams({ redirectTo: error.returnTo })}`,
      { headers },
    );
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
