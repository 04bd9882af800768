// The end of every way in (password, link, code, a team invitation accepted): a new session and where to go next.
// The route answers with a redirect carrying the cookie (http/sign-in.server.ts signedInRedirect, decision 0035).
import type { User } from "~/generated/prisma/client";
import { SignInSuspended } from "~/modules/auth/sign-in-hold.server";
import { rememberRefusedSignIn } from "~/modules/auth/refused-sign-in.server";
import { createSession } from "./session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

/** Where a finished sign-in sends the browser (a path of this site) and the cookie it sets on the way. */
export type SignInEnd = { to: string; cookie: string };

/**
 * Opens a new session (ending the one this browser carried, whoever's it was) and says where the person goes: where
 * they were going (only ever a path of this site), with the session's cookie. A suspended account, or a member of a
 * suspended organisation, goes to the page that says why instead, with no session (the cookie remembers who was
 * refused). `employerId`: the organisation the session starts in (a team invitation just accepted), otherwise the
 * person's oldest.
 */
export async function finishSignIn(
  request: Request,
  { user, redirectTo, employerId }: { user: User; redirectTo: string | null; employerId?: string },
): Promise<SignInEnd> {
  let cookie: string;
  try {
    cookie = await createSession(user.id, { request, employerId });
  } catch (error) {
    if (!(error instanceof SignInSuspended)) throw error;
    return { to: "/signin/suspended", cookie: await rememberRefusedSignIn(user.id) };
  }
  return { to: safeRedirectPath(redirectTo), cookie };
}
