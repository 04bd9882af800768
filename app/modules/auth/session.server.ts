// Database sessions. The cookie carries a random token; the database keeps only its hash.
// Deleting the row (sign out, sign out everywhere) makes the cookie useless at once.
import { createCookie, redirect } from "@remix-run/node";
import { db } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { randomToken, sha256 } from "~/modules/security/tokens.server";

const sessionDays = 30;

const sessionCookie = createCookie("chevronne_session", {
  httpOnly: true,
  sameSite: "lax",
  secure: env.isProduction,
  path: "/",
  secrets: [env.sessionSecret],
  maxAge: sessionDays * 24 * 60 * 60,
});

async function readToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** Creates the session row and returns the Set-Cookie header that carries it. */
export async function createSession(userId: string): Promise<string> {
  const token = randomToken();
  await db.session.create({
    data: { userId, tokenHash: sha256(token), expiresAt: new Date(Date.now() + sessionDays * 86_400_000) },
  });
  return sessionCookie.serialize(token);
}

export async function getUser(request: Request): Promise<User | null> {
  const token = await readToken(request);
  if (!token) return null;
  const session = await db.session.findUnique({ where: { tokenHash: sha256(token) }, include: { user: true } });
  if (!session || session.expiresAt < new Date()) return null;
  return session.user;
}

/** Ends this browser's session and returns the header that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const token = await readToken(request);
  if (token) await db.session.deleteMany({ where: { tokenHash: sha256(token) } });
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** The hash of the session the request carries (as stored), or null without one. */
export async function sessionTokenHash(request: Request): Promise<string | null> {
  const token = await readToken(request);
  return token ? sha256(token) : null;
}

export async function endAllSessions(userId: string): Promise<string> {
  await db.session.deleteMany({ where: { userId } });
  return sessionCookie.serialize("", { maxAge: 0 });
}

/** Only paths of this site: "/x" but never "//host" or "/\host", which browsers treat as another site. */
export function safeRedirectPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}

export async function requireUser(request: Request): Promise<User> {
  const user = await getUser(request);
  if (!user) {
    const url = new URL(request.url);
    const back = `${url.pathname}${url.search}`;
    throw redirect(`/signin?${new URLSearchParams({ redirectTo: back })}`);
  }
  return user;
}

export async function requireCandidate(request: Request): Promise<User> {
  const user = await requireUser(request);
  if (user.kind !== "candidate") throw new Response("Not found", { status: 404 });
  return user;
}

/** An employer member with their organisation; a user with no membership (removed) is treated as not found. */
export async function requireEmployerMember(request: Request) {
  const user = await requireUser(request);
  const membership = await db.membership.findFirst({ where: { userId: user.id }, include: { employer: true } });
  if (user.kind !== "employer" || !membership) throw new Response("Not found", { status: 404 });
  return { user, membership, employer: membership.employer };
}
