// The account page's list of the person's open sessions, each named by its browser and system (read from the
// User-Agent at sign-in by bowser), and ending one of them. Only the owner's sessions are ever seen or ended.
import Bowser from "bowser";
import { db } from "~/db.server";
import { sessionTokenHash } from "./session.server";

export type DeviceKind = "computer" | "phone" | "tablet" | "other";

export type SessionSummary = {
  id: string;
  /** the browser's and the system's own names ("Firefox", "Windows"); empty when unknown */
  browser: string;
  system: string;
  device: DeviceKind;
  signedInAt: Date;
  lastSeenAt: Date;
  /** the session of the request that asks */
  current: boolean;
};

const deviceKinds: Record<string, DeviceKind> = { desktop: "computer", mobile: "phone", tablet: "tablet" };

function describeUserAgent(userAgent: string): Pick<SessionSummary, "browser" | "system" | "device"> {
  if (!userAgent.trim()) return { browser: "", system: "", device: "other" };
  const parsed = Bowser.parse(userAgent);
  return {
    browser: parsed.browser.name ?? "",
    system: parsed.os.name ?? "",
    device: deviceKinds[parsed.platform.type ?? ""] ?? "other",
  };
}

/** The person's sessions that have not ended, the most recently used first. */
export async function describeSessions(request: Request, userId: string, now = new Date()): Promise<SessionSummary[]> {
  const currentHash = await sessionTokenHash(request);
  const sessions = await db.session.findMany({
    where: { userId, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    select: { id: true, tokenHash: true, userAgent: true, createdAt: true, lastSeenAt: true },
  });
  return sessions.map((session) => ({
    id: session.id,
    ...describeUserAgent(session.userAgent),
    signedInAt: session.createdAt,
    lastSeenAt: session.lastSeenAt,
    current: session.tokenHash === currentHash,
  }));
}

/** Ends one of the person's sessions; false when it is not theirs (or no longer exists), and then nothing changes. */
export async function endOwnSession(userId: string, sessionId: string): Promise<boolean> {
  const { count } = await db.session.deleteMany({ where: { id: sessionId, userId } });
  return count === 1;
}
