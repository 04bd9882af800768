// Sessions (issue 11, item 7): a new token at every sign-in, idle limits, the account's list of devices, and what
// was typed when a session ended kept across the sign-in that follows.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { describeSessions, endOwnSession } from "~/modules/auth/account-sessions.server";
import { takeFormDraft } from "~/modules/auth/form-drafts.server";
import { action as accountAction } from "~/routes/account";
import {
  createSession,
  employerIdleMinutes,
  candidateIdleDays,
  getUser,
  keepSessionAlive,
  peekSessionEnd,
  requireUser,
  sessionCookieFor,
} from "~/modules/auth/session.server";
import { thrown } from "../support/thrown";

beforeEach(async () => {
  await db.formDraft.deleteMany();
  await db.session.deleteMany();
  await db.membership.deleteMany();
  await db.employer.deleteMany();
  await db.user.deleteMany();
});

const firefoxOnWindows = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const safariOnIphone =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";

function cookiePair(setCookie: string) {
  return setCookie.split(";")[0];
}

/** A request from a browser holding the cookies these Set-Cookie headers gave it. */
function browser(
  setCookies: string | string[] | null,
  init: { method?: string; body?: FormData | URLSearchParams; path?: string; userAgent?: string } = {},
) {
  const headers = new Headers();
  if (setCookies) headers.set("Cookie", [setCookies].flat().map(cookiePair).join("; "));
  if (init.userAgent) headers.set("User-Agent", init.userAgent);
  return new Request(`http://chevronne.test${init.path ?? "/"}`, {
    method: init.method ?? "GET",
    headers,
    body: init.body,
  });
}

const at = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

async function employerMember(email = "recrutement@exemple.ca") {
  const user = await db.user.create({ data: { email, name: "Claire Roy", kind: "employer" } });
  await db.employer.create({
    data: {
      name: "Librairie",
      slug: `librairie-${user.id}`,
      sector: "retail",
      purpose: "",
      contentLocale: "fr",
      town: "",
      members: { create: { userId: user.id, role: "owner" } },
    },
  });
  return user;
}

describe("the session cookie", () => {
  it("is __Host- prefixed, Secure, HttpOnly, SameSite=Lax, for the whole site and no domain when the site is https", async () => {
    const header = await sessionCookieFor({ secure: true, secret: "s".repeat(40) }).serialize("token");
    expect(header).toMatch(/^__Host-chevronne_session=/);
    expect(header).toMatch(/; Secure/);
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Lax/);
    expect(header).toMatch(/; Path=\//);
    expect(header).not.toMatch(/Domain=/i);
  });

  it("keeps a plain name over http (demo), where browsers refuse the __Host- prefix", async () => {
    const header = await sessionCookieFor({ secure: false, secret: "s".repeat(40) }).serialize("token");
    expect(header).toMatch(/^chevronne_session=/);
    expect(header).not.toMatch(/Secure/);
  });
});

describe("a new session at every sign-in", () => {
  it("ends the session the browser carried before signing in, and hands out a new token", async () => {
    const user = await db.user.create({ data: { email: "denise@exemple.ca", name: "Denise", kind: "candidate" } });
    const before = await createSession(user.id);
    const after = await createSession(user.id, { request: browser(before) });
    expect(cookiePair(after)).not.toBe(cookiePair(before));
    expect(await getUser(browser(before))).toBeNull();
    expect((await getUser(browser(after)))?.id).toBe(user.id);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("signs one person in on several devices at the same moment without a deadlock", async () => {
    // each sign-in holds the person's row and then writes it (lastActiveAt): shared locks upgraded by both deadlocked
    const user = await db.user.create({ data: { email: "quatre@exemple.ca", name: "Quatre", kind: "candidate" } });
    const cookies = await Promise.all(Array.from({ length: 4 }, () => createSession(user.id)));
    expect(new Set(cookies.map(cookiePair)).size).toBe(4);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(4);
  });

  it("ends a planted session of someone else too (session fixation)", async () => {
    const attacker = await db.user.create({ data: { email: "pirate@exemple.ca", name: "Pirate", kind: "candidate" } });
    const victim = await db.user.create({ data: { email: "victime@exemple.ca", name: "Victime", kind: "candidate" } });
    const planted = await createSession(attacker.id);
    const signedIn = await createSession(victim.id, { request: browser(planted) });
    expect(await db.session.count({ where: { userId: attacker.id } })).toBe(0);
    expect((await getUser(browser(signedIn)))?.id).toBe(victim.id);
  });
});

describe("idle limits", () => {
  const start = new Date("2027-03-01T09:00:00Z");

  it(`ends an employer member's session after ${employerIdleMinutes} minutes without activity`, async () => {
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    expect((await getUser(browser(cookie), at(start, employerIdleMinutes - 1)))?.id).toBe(user.id);
    // activity a minute before the end pushes it back
    expect((await getUser(browser(cookie), at(start, 2 * employerIdleMinutes - 2)))?.id).toBe(user.id);
    expect(await getUser(browser(cookie), at(start, 3 * employerIdleMinutes))).toBeNull();
  });

  it(`keeps a candidate's session ${candidateIdleDays} days without activity, within 30 days in all`, async () => {
    const user = await db.user.create({ data: { email: "candidat@exemple.ca", name: "Réjean", kind: "candidate" } });
    const cookie = await createSession(user.id, { now: start });
    const days = (count: number) => at(start, count * 24 * 60);
    expect((await getUser(browser(cookie), days(candidateIdleDays - 0.1)))?.id).toBe(user.id);
    expect((await getUser(browser(cookie), days(2 * candidateIdleDays - 0.2)))?.id).toBe(user.id);
    expect(await getUser(browser(cookie), days(3 * candidateIdleDays))).toBeNull();

    const active = await createSession(user.id, { now: start });
    for (let day = 1; day < 30; day++) expect((await getUser(browser(active), days(day)))?.id).toBe(user.id);
    expect(await getUser(browser(active), days(30.01))).toBeNull();
  });

  it("writes the last activity at most once a minute, with one conditional update", async () => {
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    const lastSeen = async () => (await db.session.findFirstOrThrow()).lastSeenAt.getTime();
    await getUser(browser(cookie), at(start, 0.5));
    expect(await lastSeen()).toBe(start.getTime());
    await Promise.all([getUser(browser(cookie), at(start, 1.5)), getUser(browser(cookie), at(start, 1.5))]);
    expect(await lastSeen()).toBe(at(start, 1.5).getTime());
    await getUser(browser(cookie), at(start, 2));
    expect(await lastSeen()).toBe(at(start, 1.5).getTime());
  });

  it("tells when the session will end without counting as activity, and 'stay signed in' pushes the end back", async () => {
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    expect(await peekSessionEnd(browser(cookie), at(start, 100))).toEqual(at(start, employerIdleMinutes));
    expect(await peekSessionEnd(browser(cookie), at(start, 100))).toEqual(at(start, employerIdleMinutes));
    expect(await keepSessionAlive(browser(cookie), at(start, 118))).toEqual(at(start, 118 + employerIdleMinutes));
    expect(await peekSessionEnd(browser(cookie), at(start, 119))).toEqual(at(start, 118 + employerIdleMinutes));
    expect(await keepSessionAlive(browser(cookie), at(start, 118 + employerIdleMinutes + 1))).toBeNull();
    expect(await peekSessionEnd(browser(null), start)).toBeNull();
  });
});

describe("what was typed when the session ended", () => {
  const start = new Date("2027-03-01T09:00:00Z");
  const notePage = "/employer/applications/abc";

  async function postAfterExpiry(cookie: string, fields: Record<string, string>, now: Date) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append("cv", new File(["%PDF-1.4"], "cv.pdf", { type: "application/pdf" }));
    return thrown(requireUser(browser(cookie, { method: "POST", body, path: notePage }), now));
  }

  it("is kept, without passwords or files, and given back once on that page after the same person signs in again", async () => {
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    const expired = at(start, employerIdleMinutes + 5);
    const answer = await postAfterExpiry(
      cookie,
      { intent: "note", text: "Très bon contact au téléphone.", password: "secret-à-ne-pas-garder" },
      expired,
    );
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe(`/signin?${new URLSearchParams({ redirectTo: notePage })}`);
    const draftCookie = answer.headers.get("Set-Cookie") ?? "";
    expect(draftCookie).toMatch(/HttpOnly/);
    const stored = await db.formDraft.findFirstOrThrow();
    expect(stored.fields).not.toContain("secret-à-ne-pas-garder");
    expect(stored.fields).not.toContain("cv.pdf");

    const again = await createSession(user.id, { request: browser(cookie), now: at(start, 130) });
    const sameBrowser = browser([again, draftCookie], { path: notePage });
    expect(await takeFormDraft(sameBrowser, user.id, "/employer/missions", at(start, 131))).toBeNull();
    expect(await takeFormDraft(sameBrowser, user.id, notePage, at(start, 131))).toEqual({
      intent: "note",
      text: "Très bon contact au téléphone.",
    });
    expect(await takeFormDraft(sameBrowser, user.id, notePage, at(start, 132))).toBeNull();
  });

  it("is kept even once the ended session has been pruned", async () => {
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    await db.session.deleteMany();
    const answer = await postAfterExpiry(cookie, { intent: "note", text: "Écrit après le ménage" }, at(start, 300));
    expect(answer.headers.get("Set-Cookie")).toMatch(/chevronne_draft=/);
    expect(await db.formDraft.count({ where: { userId: user.id } })).toBe(1);
  });

  it("is never given to someone else who signs in on the same browser", async () => {
    const user = await employerMember();
    const colleague = await employerMember("collegue@exemple.ca");
    const cookie = await createSession(user.id, { now: start });
    const answer = await postAfterExpiry(
      cookie,
      { intent: "note", text: "Confidentiel" },
      at(start, employerIdleMinutes + 5),
    );
    const draftCookie = answer.headers.get("Set-Cookie") ?? "";
    const other = await createSession(colleague.id, { request: browser(cookie), now: at(start, 130) });
    const sameBrowser = browser([other, draftCookie], { path: notePage });
    expect(await takeFormDraft(sameBrowser, colleague.id, notePage, at(start, 131))).toBeNull();
  });

  it("is not kept when nobody was signed in, and a page load keeps nothing", async () => {
    const body = new FormData();
    body.append("text", "anonyme");
    const anonymous = await thrown(requireUser(browser(null, { method: "POST", body, path: notePage }), start));
    expect(anonymous.headers.get("Set-Cookie")).toBeNull();
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    const reading = await thrown(requireUser(browser(cookie, { path: notePage }), at(start, 500)));
    expect(reading.headers.get("Set-Cookie")).toBeNull();
    expect(await db.formDraft.count()).toBe(0);
  });
});

describe("the account's list of sessions", () => {
  it("names each device in plain words, says which one is this one, and ends only the owner's sessions", async () => {
    const user = await db.user.create({ data: { email: "lise@exemple.ca", name: "Lise", kind: "candidate" } });
    const neighbour = await db.user.create({ data: { email: "voisin@exemple.ca", name: "Voisin", kind: "candidate" } });
    const laptop = await createSession(user.id, { request: browser(null, { userAgent: firefoxOnWindows }) });
    await createSession(user.id, { request: browser(null, { userAgent: safariOnIphone }) });
    const neighbours = await createSession(neighbour.id);

    const sessions = await describeSessions(browser(laptop), user.id);
    expect(sessions.map((session) => [session.browser, session.system, session.current])).toEqual(
      expect.arrayContaining([
        ["Firefox", "Windows", true],
        ["Safari", "iOS", false],
      ]),
    );
    const neighbourSession = await db.session.findFirstOrThrow({ where: { userId: neighbour.id } });
    expect(await endOwnSession(user.id, neighbourSession.id)).toBe(false);
    expect((await getUser(browser(neighbours)))?.id).toBe(neighbour.id);

    const phone = sessions.find((session) => !session.current)!;
    expect(await endOwnSession(user.id, phone.id)).toBe(true);
    expect(await describeSessions(browser(laptop), user.id)).toHaveLength(1);
  });
});

describe("the account page's sessions", () => {
  it("answers 404 to a POST ending another person's session, and ends nothing", async () => {
    const user = await db.user.create({ data: { email: "proprio@exemple.ca", name: "Proprio", kind: "candidate" } });
    const other = await db.user.create({ data: { email: "autre@exemple.ca", name: "Autre", kind: "candidate" } });
    const mine = await createSession(user.id);
    const theirs = await createSession(other.id);
    const theirSession = await db.session.findFirstOrThrow({ where: { userId: other.id } });
    const request = new Request("http://chevronne.test/account", {
      method: "POST",
      headers: { Cookie: cookiePair(mine), "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "end-session", sessionId: theirSession.id }),
    });
    const answer = await thrown(accountAction({ request, params: {}, context: {} }));
    expect(answer.status).toBe(404);
    expect((await getUser(browser(theirs)))?.id).toBe(other.id);
  });

  it("gives a draft to only one of two requests that ask for it at once", async () => {
    const start = new Date("2027-03-01T09:00:00Z");
    const user = await employerMember();
    const cookie = await createSession(user.id, { now: start });
    const body = new FormData();
    body.append("text", "Une note");
    const answer = await thrown(
      requireUser(browser(cookie, { method: "POST", body, path: "/employer/applications/x" }), at(start, 200)),
    );
    const again = await createSession(user.id, { request: browser(cookie), now: at(start, 201) });
    const sameBrowser = browser([again, answer.headers.get("Set-Cookie") ?? ""]);
    const both = await Promise.all(
      [0, 1].map(() => takeFormDraft(sameBrowser, user.id, "/employer/applications/x", at(start, 202))),
    );
    expect(both.filter(Boolean)).toHaveLength(1);
  });
});
