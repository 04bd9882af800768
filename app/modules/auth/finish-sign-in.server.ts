import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client";
import { SignInSuspended } from "~/modules/auth/sign-in-hold.server";
import { rememberRefusedSignIn } from "~/modules/auth/refused-sign-in.server";
import { createSession } from "./session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

/**
 * Opens a new session (ending the one this browser carried, whoever's it was) and sends the person where they were
 * going (only ever a path of this site). A suspended account, or a member of a suspended organisation, is sent to the
 * page that says why instead, with no session. `employerId`: the organisation the session starts in (a team invitation just
 * accepted), otherwise the person's oldest.
 */
export async function finishSignIn(
  request: Request,
  { user, redirectTo, employerId }: { user: User; redirectTo: string | null; employerId?: string },
): Promise<never> {
  const cookie = await createSession(user.id, { request, employerId }).catch(async (error: unknown) => {
    if (!(error instanceof SignInSuspended)) throw error;
    throw redirect("/signin/suspended", { headers: { "Set-Cookie": await rememberRefusedSignIn(user.id) } });
  });
  throw redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": cookie } });
}
