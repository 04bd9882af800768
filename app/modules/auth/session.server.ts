// Database sessions. The cookie carries a random token; the database keeps only its hash. Deleting the row (sign
// out, sign out everywhere) makes the cookie useless at once. A session ends after a while without activity (2 hours
// for employer members, who see candidates' data, and administrators; 7 days for candidates) and never lasts past 30
// days; a sign-in always starts a new one and ends the one the browser carried (docs/decisions/0015-sessions.md).
import { createCookie } from "@remix-run/node";
import { db, readWithJoined } from "~/db.server";
import { env } from "~/env.server";
import { Prisma, type Session, type User } from "~/generated/prisma/client";
import {
  organisationChoice,
  startingOrganisation,
  type MembershipWithEmployer,
} from "~/modules/auth/organisation-choice.server";
import { removedFromTeamData } from "~/modules/auth/removed-from-team";
import { getLocale } from "~/modules/i18n/preferences.server";
import { holdSignInAllowed, SignInSuspended } from "~/modules/auth/sign-in-hold.server";
import { randomToken, sha256 } from "~/modules/security/tokens.server";
import { ForbiddenError, NotFoundError, NotSignedInError } from "~/modules/errors";
import { answering } from "~/modules/http/domain-errors.server";
import { keepFormDraft } from "./form-drafts.server";
import { cookieName, siteIsHttps } from "./cookie-names.server";

export const sessionDays = 30;
export const employerIdleMinutes = 120;
export const candidateIdleDays = 7;
/** The last activity is written at most this often: a page and its data requests cost one write a minute at most. */
const touchEveryMs = 60_000;

/** Whose session it is, as far as its idle limit goes. */
type SessionHolder = Pick<User, "kind" | "isAdministrator">;

/** Employer members see candidates' data and administrators see everyone's: both get the short limit. */
export function hasShortIdleLimit(holder: SessionHolder): boolean {
  return holder.kind === "employer" || holder.isAdministrator;
}

export function idleLimitMs(holder: SessionHolder): number {
  return hasShortIdleLimit(holder) ? employerIdleMinutes * 60_000 : candidateIdleDays * 86_400_000;
}

/** The end of a session seen active at `now`: its idle limit later, but never past its absolute end. */
function endAfterActivity(session: Pick<Session, "createdAt">, holder: SessionHolder, now: Date): Date {
  const absoluteEnd = session.createdAt.getTime() + sessionDays * 86_400_000;
  return new Date(Math.min(absoluteEnd, now.getTime() + idleLimitMs(holder)));
}

/**
 * Over https the name takes the __Host- prefix, which makes browsers insist on Secure, Path=/ and no Domain, so no
 * other site or subdomain can set or shadow it. Over plain http (demo on a laptop) browsers refuse that prefix.
 */
export function sessionCookieFor({ secure, secret }: { secure: boolean; secret: string }) {
  return createCookie(cookieName("chevronne_session", secure), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    secrets: [secret],
    maxAge: sessionDays * 24 * 60 * 60,
  });
}

const sessionCookie = sessionCookieFor({ secure: siteIsHttps, secret: env.sessionSecret });

/**
 * The cookie holds the token and, signed with it, whose session it is: once the row is gone (ended, then pruned), a
 * form sent from that browser can still be kept for that person alone (requireUser).
 */
type CookieValue = { token: string; userId: string };

async function readCookie(request: Request): Promise<CookieValue | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get("Cookie"));
  if (typeof value !== "object" || value === null) return null;
  const { token, userId } = value as Record<string, unknown>;
  return typeof token === "string" && token.length > 0 && typeof userId === "string" ? { token, userId } : null;
}

async function readToken(request: Request): Promise<string | null> {
  return (await readCookie(request))?.token ?? null;
}

/**
 * Starts a session and returns the Set-Cookie header that carries its new token. The session the browser carried
 * before (whoever's it was) ends here, so a token planted in the browser before sign-in is never signed in. Throws
 * SignInSuspended for a suspended account or a member of a suspended organisation. A member starts in the organisation
 * named (a team invitation just accepted) or their oldest one (auth/organisation-choice.server.ts).
 */
export async function createSession(
  userId: string,
  options: { request?: Request; now?: Date; employerId?: string } = {},
): Promise<string> {
  const now = options.now ?? new Date();
  const token = randomToken();
  const previous = options.request ? await readToken(options.request) : null;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { kind: true, isAdministrator: true },
  });
  const currentEmployerId = await startingOrganisation(userId, options.employerId);
  await db.$transaction(async (tx) => {
    // a suspended person, or a member of a suspended organisation, gets no session; the rows stay held until this one
    // is written, so a suspension at the same moment ends it too (auth/sign-in-hold.server.ts)
    const suspension = await holdSignInAllowed(tx, userId);
    if (suspension) throw new SignInSuspended(userId, suspension);
    if (previous) await tx.session.deleteMany({ where: { tokenHash: sha256(previous) } });
    // signing in is using the account: the 3-year rule counts from here (privacy/retention.server.ts)
    await tx.user.update({ where: { id: userId }, data: { lastActiveAt: now, inactivityWarnedAt: null } });
    await tx.session.create({
      data: {
        userId,
        tokenHash: sha256(token),
        createdAt: now,
        lastSeenAt: now,
        // signing in is proof of who is there, for the sensitive changes of the next minutes (fresh-proof.server.ts)
        provedAt: now,
        expiresAt: endAfterActivity({ createdAt: now }, user, now),
        userAgent: (options.request?.headers.get("User-Agent") ?? "").slice(0, 512),
        currentEmployerId,
      },
    });
  });
  return sessionCookie.serialize({ token, userId } satisfies CookieValue);
}

type SessionLookup =
  { status: "active"; session: Session; user: User } | { status: "ended"; userId: string } | { status: "none" };

/** The session of a token's hash with its person, as Prisma's include gives it: read on every signed-in request. */
export async function findSessionWithUser(tokenHash: string): Promise<(Session & { user: User }) | null> {
  const [session] = await readWithJoined<Session, User, "user">(
    { table: "Session", alias: "s", fields: Prisma.SessionScalarFieldEnum },
    { table: "User", alias: "u", fields: Prisma.UserScalarFieldEnum, as: "user", on: `u.id = s."userId"` },
    { where: `s."tokenHash" = $1` },
    tokenHash,
  );
  return session ?? null;
}

/** The session a request carries. `touch` records the activity (at most once a minute, one conditional update). */
async function lookUpSession(request: Request, { now, touch }: { now: Date; touch: boolean }): Promise<SessionLookup> {
  const cookie = await readCookie(request);
  if (!cookie) return { status: "none" };
  const session = await findSessionWithUser(sha256(cookie.token));
  if (!session || session.expiresAt <= now) return { status: "ended", userId: cookie.userId };
  const { user, ...row } = session;
  if (touch && now.getTime() - session.lastSeenAt.getTime() >= touchEveryMs) {
    const expiresAt = endAfterActivity(session, user, now);
    // the condition holds what was read: of requests arriving together, one writes
    await db.session.updateMany({
      where: { id: session.id, lastSeenAt: session.lastSeenAt, expiresAt: { gt: now } },
      data: { lastSeenAt: now, expiresAt },
    });
    return { status: "active", session: { ...row, lastSeenAt: now, expiresAt }, user };
  }
  return { status: "active", session: row, user };
}

/** The signed-in person and their session (its activity recorded), or null. */
export async function getSession(request: Request, now = new Date()): Promise<{ user: User; session: Session } | null> {
  const found = await lookUpSession(request, { now, touch: true });
  return found.status === "active" ? { user: found.user, session: found.session } : null;
}

export async function getUser(request: Request, now = new Date()): Promise<User | null> {
  return (await getSession(request, now))?.user ?? null;
}

/** When the session ends if nothing more happens, without counting this question as activity; null when ended. */
export async function peekSessionEnd(request: Request, now = new Date()): Promise<Date | null> {
  const found = await lookUpSession(request, { now, touch: false });
  return found.status === "active" ? found.session.expiresAt : null;
}

/** "Stay signed in": the activity is recorded now, whatever the minute. Returns the new end, or null when ended. */
export async function keepSessionAlive(request: Request, now = new Date()): Promise<Date | null> {
  const found = await lookUpSession(request, { now, touch: false });
  if (found.status !== "active") return null;
  const expiresAt = endAfterActivity(found.session, found.user, now);
  const { count } = await db.session.updateMany({
    where: { id: found.session.id, expiresAt: { gt: now } },
    data: { lastSeenAt: now, expiresAt },
  });
  return count === 1 ? expiresAt : null;
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

/**
 * The signed-in person, or a redirect to sign in that comes back here. A form sent just after the person's session
 * ended keeps what was typed (form-drafts.server.ts), given back on this page once they sign in again.
 */
export async function requireUser(request: Request, now = new Date()): Promise<User> {
  return (await requireSession(request, now)).user;
}

/** requireUser, with the session itself (for what belongs to this browser: its chosen organisation). */
export async function requireSession(request: Request, now = new Date()): Promise<{ user: User; session: Session }> {
  return answering(signedInSession(request, now));
}

/** The signed-in person and their session; NotSignedInError, coming back here, when there is none. */
export async function signedInSession(request: Request, now = new Date()): Promise<{ user: User; session: Session }> {
  const found = await lookUpSession(request, { now, touch: true });
  if (found.status === "active") return { user: found.user, session: found.session };
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  const cookies: string[] = [];
  if (found.status === "ended" && request.method !== "GET" && request.method !== "HEAD") {
    const draftCookie = await keepFormDraft(request, found.userId, now);
    if (draftCookie) cookies.push(draftCookie);
  }
  throw new NotSignedInError(back, cookies);
}

export async function requireCandidate(request: Request): Promise<User> {
  return answering(async () => {
    const { user } = await signedInSession(request);
    if (user.kind !== "candidate") throw new NotFoundError();
    return user;
  });
}

type EmployerMember = {
  user: User;
  membership: MembershipWithEmployer;
  employer: MembershipWithEmployer["employer"];
  session: Session;
};

/**
 * An employer member with the organisation this browser works in (auth/organisation-choice.server.ts). Someone
 * removed from that organisation gets the page that says so (403, auth/removed-from-team.ts); a user with no
 * membership at all is treated as not found.
 */
export async function requireEmployerMember(request: Request): Promise<EmployerMember> {
  return answering(signedInEmployerMember(request));
}

/** requireEmployerMember's rule, with domain errors: NotSignedInError, NotFoundError, ForbiddenError (removed from the team). */
export async function signedInEmployerMember(request: Request): Promise<EmployerMember> {
  const { user, session } = await signedInSession(request);
  if (user.kind !== "employer") throw new NotFoundError();
  const choice = await organisationChoice(user.id, session.currentEmployerId);
  if (choice.status === "removed") {
    throw new ForbiddenError(
      removedFromTeamData({
        removedFrom: choice.removedFrom,
        organisations: choice.organisations,
        locale: await getLocale(request, user),
      }),
    );
  }
  if (choice.status !== "member") throw new NotFoundError();
  return { user, membership: choice.membership, employer: choice.membership.employer, session };
}
