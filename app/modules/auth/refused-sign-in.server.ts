// After a sign-in that proved who the person is (a link, a code, a password) but was refused because their account or
// organisation is suspended, the browser carries this short signed cookie to /signin/suspended, which says why in
// plain words. The reason is shown only to someone who just proved they own the address, never to anyone who types it.
import { createCookie } from "@remix-run/node";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { cookieName, siteIsHttps } from "~/modules/auth/cookie-names.server";
import type { SignInSuspension } from "./sign-in-hold.server";

const refusedSignInCookie = createCookie(cookieName("chevronne_suspended", siteIsHttps), {
  httpOnly: true,
  sameSite: "lax",
  secure: siteIsHttps,
  path: "/",
  secrets: [env.sessionSecret],
  maxAge: 15 * 60,
});

/** The Set-Cookie header that lets /signin/suspended tell this person why. */
export function rememberRefusedSignIn(userId: string): Promise<string> {
  return refusedSignInCookie.serialize({ userId });
}

/** Why this browser's last sign-in was refused, if it was and the suspension still holds; null otherwise. */
export async function refusedSignIn(request: Request): Promise<SignInSuspension | null> {
  const value: unknown = await refusedSignInCookie.parse(request.headers.get("Cookie"));
  const userId = typeof value === "object" && value !== null ? (value as Record<string, unknown>).userId : null;
  if (typeof userId !== "string") return null;
  const person = await db.user.findUnique({
    where: { id: userId },
    select: {
      suspendedAt: true,
      suspensionReason: true,
      memberships: { select: { employer: { select: { name: true, suspendedAt: true, suspensionReason: true } } } },
    },
  });
  if (!person) return null;
  if (person.suspendedAt) return { kind: "account", reason: person.suspensionReason ?? "" };
  const organisation = person.memberships
    .map((membership) => membership.employer)
    .find((employer) => employer.suspendedAt);
  return organisation
    ? { kind: "organisation", organisation: organisation.name, reason: organisation.suspensionReason ?? "" }
    : null;
}
