import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession, endAllSessions, endSession, getUser, sessionTokenHash } from "~/modules/auth/session.server";
import {
  changePassword,
  maxPasswordFailures,
  passwordPauseMinutes,
  prunePasswordFailures,
  signInWithPassword,
} from "~/modules/auth/password-sign-in.server";
import { requestSignIn, signInWithCode, signInWithLink, TooManySignInEmails } from "~/modules/auth/sign-in.server";

beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.signInChallenge.deleteMany();
  await db.passwordFailure.deleteMany();
  await db.session.deleteMany();
  await db.membership.deleteMany();
  await db.employer.deleteMany();
  await db.candidateProfile.deleteMany();
  await db.user.deleteMany();
});

/** Reads the link token and the code from the queued email, as a person would from their inbox. */
async function lastEmailTo(email: string) {
  const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: email }, orderBy: { createdAt: "desc" } });
  return {
    row,
    token: row.text.match(/token=([\w-]+)/)?.[1] ?? "",
    code: row.text.match(/\b(\d{6})\b/)?.[1] ?? "",
  };
}

const candidateSignUp = { kind: "candidate" as const, name: "Réjean Lavoie" };

describe("sign-up and sign-in by email", () => {
  it("creates a candidate only once the link is confirmed, and the link works only once", async () => {
    await requestSignIn({ email: "Rejean@Exemple.ca", locale: "fr", signUp: candidateSignUp });
    expect(await db.user.count()).toBe(0);
    const { token, row } = await lastEmailTo("rejean@exemple.ca");
    expect(row.template).toBe("signIn");
    const first = await signInWithLink(token);
    expect(first.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({
      where: { email: "rejean@exemple.ca" },
      include: { candidate: true },
    });
    expect(user.kind).toBe("candidate");
    expect(user.candidate).not.toBeNull();
    expect(await signInWithLink(token)).toEqual({ ok: false, reason: "expired" });
  });

  it("creates the organisation with its creator as owner for an employer", async () => {
    await requestSignIn({
      email: "direction@librairie.example",
      locale: "en",
      signUp: { kind: "employer", name: "Hélène Roy", orgName: "Librairie du Quai" },
    });
    const { code } = await lastEmailTo("direction@librairie.example");
    const challenge = await db.signInChallenge.findFirstOrThrow();
    const result = await signInWithCode(challenge.id, code);
    expect(result.ok).toBe(true);
    const membership = await db.membership.findFirstOrThrow({ include: { employer: true, user: true } });
    expect(membership.role).toBe("owner");
    expect(membership.employer.name).toBe("Librairie du Quai");
    expect(membership.user.locale).toBe("en");
  });

  it("answers the same for an unknown address, and emails it how to sign up instead of a code", async () => {
    const id = await requestSignIn({ email: "inconnu@exemple.ca", locale: "fr" });
    expect(typeof id).toBe("string");
    const { row } = await lastEmailTo("inconnu@exemple.ca");
    expect(row.template).toBe("noAccount");
    expect(row.text).not.toMatch(/\b\d{6}\b/);
    expect(await db.user.count()).toBe(0);
  });

  it("kills the code after five wrong tries, even for the right code", async () => {
    await requestSignIn({ email: "essais@exemple.ca", locale: "fr", signUp: candidateSignUp });
    const { code } = await lastEmailTo("essais@exemple.ca");
    const challenge = await db.signInChallenge.findFirstOrThrow();
    const wrong = code === "000000" ? "111111" : "000000";
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await signInWithCode(challenge.id, wrong)).toEqual({ ok: false, reason: "wrong-code" });
    }
    expect(await signInWithCode(challenge.id, wrong)).toEqual({ ok: false, reason: "expired" });
    expect(await signInWithCode(challenge.id, code)).toEqual({ ok: false, reason: "expired" });
  });

  it("expires after 15 minutes", async () => {
    const now = new Date("2027-01-10T12:00:00Z");
    await requestSignIn({ email: "lent@exemple.ca", locale: "fr", signUp: candidateSignUp, now });
    const { token } = await lastEmailTo("lent@exemple.ca");
    expect(await signInWithLink(token, new Date(now.getTime() + 15 * 60_000 + 1))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect((await signInWithLink(token, new Date(now.getTime() + 14 * 60_000))).ok).toBe(true);
  });

  it("kills an older link as soon as a newer one is asked for", async () => {
    await requestSignIn({ email: "double@exemple.ca", locale: "fr", signUp: candidateSignUp });
    const older = await lastEmailTo("double@exemple.ca");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await requestSignIn({ email: "double@exemple.ca", locale: "fr", signUp: candidateSignUp });
    const newer = await lastEmailTo("double@exemple.ca");
    expect(newer.token).not.toBe(older.token);
    expect(await signInWithLink(older.token)).toEqual({ ok: false, reason: "expired" });
    expect((await signInWithLink(newer.token)).ok).toBe(true);
  });

  it("signs in only once when the link and the code are used at the same moment", async () => {
    await requestSignIn({ email: "course@exemple.ca", locale: "fr", signUp: candidateSignUp });
    const { token, code } = await lastEmailTo("course@exemple.ca");
    const challenge = await db.signInChallenge.findFirstOrThrow();
    const results = await Promise.all([
      signInWithLink(token),
      signInWithCode(challenge.id, code),
      signInWithLink(token),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count()).toBe(1);
  });
});

describe("an inbox nobody can flood", () => {
  it("sends at most five sign-in emails an hour to one address, refuses the sixth request; the last code still works, and the next hour sends again", async () => {
    await db.user.create({ data: { email: "lise@exemple.ca", name: "Lise", kind: "candidate" } });
    const start = new Date("2027-05-01T10:00:00Z");
    const ids: string[] = [];
    for (let minute = 0; minute < 5; minute++) {
      ids.push(
        await requestSignIn({
          email: "lise@exemple.ca",
          locale: "fr",
          now: new Date(start.getTime() + minute * 60_000),
        }),
      );
    }
    await expect(
      requestSignIn({ email: "lise@exemple.ca", locale: "fr", now: new Date(start.getTime() + 5 * 60_000) }),
    ).rejects.toEqual(new TooManySignInEmails(new Date(start.getTime() + 60 * 60_000)));
    expect(await db.outboxEmail.count({ where: { toAddress: "lise@exemple.ca" } })).toBe(5);
    const { code } = await lastEmailTo("lise@exemple.ca");
    expect((await signInWithCode(ids[4], code, new Date(start.getTime() + 7 * 60_000))).ok).toBe(true);

    await requestSignIn({ email: "lise@exemple.ca", locale: "fr", now: new Date(start.getTime() + 61 * 60_000) });
    expect(await db.outboxEmail.count({ where: { toAddress: "lise@exemple.ca" } })).toBe(6);
  });
});

describe("passwords nobody can guess by trying", () => {
  const minutesAfter = (start: Date, minutes: number) => new Date(start.getTime() + minutes * 60_000);

  it("pauses password sign-in for an address after ten wrong passwords, even the right one, for fifteen minutes", async () => {
    const user = await db.user.create({ data: { email: "gilles@exemple.ca", name: "Gilles", kind: "candidate" } });
    await changePassword(user.id, "le-bon-mot-de-passe", null);
    const start = new Date("2027-05-01T10:00:00Z");
    for (let attempt = 0; attempt < maxPasswordFailures; attempt++) {
      expect(
        (await signInWithPassword("gilles@exemple.ca", `essai-${attempt}`, minutesAfter(start, attempt / 10))).outcome,
      ).toBe("wrong");
    }
    expect((await signInWithPassword("gilles@exemple.ca", "le-bon-mot-de-passe", minutesAfter(start, 2))).outcome).toBe(
      "paused",
    );
    // another address is not affected
    expect((await signInWithPassword("autre@exemple.ca", "peu-importe", minutesAfter(start, 2))).outcome).toBe("wrong");

    const later = await signInWithPassword(
      "gilles@exemple.ca",
      "le-bon-mot-de-passe",
      minutesAfter(start, passwordPauseMinutes + 1),
    );
    expect(later.outcome).toBe("signed-in");
    // a success forgets the failures: the next mistake starts a new count
    expect(await db.passwordFailure.count({ where: { email: "gilles@exemple.ca" } })).toBe(0);
  });

  it("answers an unknown address exactly as a known one, pause included", async () => {
    const start = new Date("2027-05-01T10:00:00Z");
    for (let attempt = 0; attempt < maxPasswordFailures; attempt++) {
      expect((await signInWithPassword("personne@exemple.ca", `essai-${attempt}`, start)).outcome).toBe("wrong");
    }
    expect((await signInWithPassword("personne@exemple.ca", "encore", start)).outcome).toBe("paused");
  });

  it("forgets wrong passwords once they are too old to pause anything", async () => {
    const start = new Date("2027-05-01T10:00:00Z");
    await signInWithPassword("ancien@exemple.ca", "faux", start);
    await signInWithPassword("recent@exemple.ca", "faux", minutesAfter(start, 10));
    expect(await prunePasswordFailures(minutesAfter(start, passwordPauseMinutes + 1))).toBe(1);
    expect(await db.passwordFailure.findMany({ select: { email: true } })).toEqual([{ email: "recent@exemple.ca" }]);
  });
});

describe("database sessions", () => {
  function requestWith(setCookie: string) {
    return new Request("http://chevronne.test/", { headers: { Cookie: setCookie.split(";")[0] } });
  }

  it("signing out everywhere makes every earlier cookie useless at once", async () => {
    const user = await db.user.create({ data: { email: "partout@exemple.ca", name: "Denise", kind: "candidate" } });
    const laptop = requestWith(await createSession(user.id));
    const tablet = requestWith(await createSession(user.id));
    expect((await getUser(laptop))?.id).toBe(user.id);
    expect((await getUser(tablet))?.id).toBe(user.id);

    await endSession(laptop);
    expect(await getUser(laptop)).toBeNull();
    expect((await getUser(tablet))?.id).toBe(user.id);

    await endAllSessions(user.id);
    expect(await getUser(tablet)).toBeNull();
  });

  it("a new password ends every other session at once, and keeps the one it was changed from", async () => {
    const user = await db.user.create({ data: { email: "nouveau@exemple.ca", name: "Armand", kind: "candidate" } });
    await changePassword(user.id, "ancien-mot-de-passe", null);
    const laptop = requestWith(await createSession(user.id));
    const phone = requestWith(await createSession(user.id));
    const other = await db.user.create({ data: { email: "voisine@exemple.ca", name: "Yvette", kind: "candidate" } });
    const neighbour = requestWith(await createSession(other.id));

    await changePassword(user.id, "nouveau-mot-de-passe", await sessionTokenHash(laptop));
    expect((await getUser(laptop))?.id).toBe(user.id);
    expect(await getUser(phone)).toBeNull();
    expect((await getUser(neighbour))?.id).toBe(other.id);
    expect((await signInWithPassword("nouveau@exemple.ca", "ancien-mot-de-passe")).outcome).toBe("wrong");
    expect((await signInWithPassword("nouveau@exemple.ca", "nouveau-mot-de-passe")).outcome).toBe("signed-in");
  });

  it("keeps only a hash of the cookie's token in the database", async () => {
    const user = await db.user.create({ data: { email: "hash@exemple.ca", name: "Denis", kind: "candidate" } });
    const cookie = await createSession(user.id);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const session = await db.session.findFirstOrThrow();
    expect(cookie).not.toContain(session.tokenHash);
  });
});
