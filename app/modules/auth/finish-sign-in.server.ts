import { redirect } from "@remix-run/node";
import type { User } from "~/generated/prisma/client";
import { createSession, safeRedirectPath } from "./session.server";

/** Opens the session and sends the person where they were going (only ever a path of this site). */
export async function finishSignIn({ user, redirectTo }: { user: User; redirectTo: string | null }): Promise<never> {
  throw redirect(safeRedirectPath(redirectTo), { headers: { "Set-Cookie": await createSession(user.id) } });
}
