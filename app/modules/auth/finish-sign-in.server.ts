import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client";
import { createSession } from "./session.server";
import { safeRedirectPath } from "~/modules/security/redirects.server";

/**
 * Opens a new session (ending the one this browser carried, whoever's it was) and sends the person where they were
 * going (only ever a path of this site).
 */
export async function finishSignIn(request: Request, { user, redirectTo }: { user: User; redirectTo: string | null }): Promise<never> {
  throw redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": await createSession(user.id, { request }) } });
}
