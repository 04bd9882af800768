// Sensitive changes need fresh proof (issue 11, item 2): a password, an email address (and later exporting data or
// deleting the account) change only within 10 minutes of proving who is there, by the current password or a code
// sent by email; each change sends a notice to the account's address (the old one for an address change) whose
// "this was not me" ends every session.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { confirmAddressChange, requestAddressChange } from "~/modules/auth/address-change.server";
import {
  freshProofMinutes,
  proveWithCode,
  proveWithPassword,
  requireFreshProof,
  sendProofCode,
} from "~/modules/auth/fresh-proof.server";
import { changePassword, signInWithPassword } from "~/modules/auth/password-sign-in.server";
import { pruneProofCodes } from "~/modules/auth/proof-codes.server";
import { findSecurityNotice, pruneSecurityNotices, reportNotMe } from "~/modules/auth/security-notices.server";
import { action as accountAction } from "~/routes/account";
import { action as addressAction } from "~/routes/account_.email";
import { createSession, getUser, sessionTokenHash } from "~/modules/auth/session.server";
import { thrown } from "../support/thrown";

beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.securityNotice.deleteMany();
  await db.proofCode.deleteMany();
  await db.passwordFailure.deleteMany();
  await db.session.deleteMany();
  await db.user.deleteMany();
});

const start = new Date("2027-04-01T13:00:00Z");
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

function browser(setCookie: string) {
  return new Request("http://chevronne.test/account", { headers: { Cookie: setCookie.split(";")[0] } });
}

async function person(email = "gisele@exemple.ca", locale = "fr") {
  return db.user.create({ data: { email, name: "Gisèle Tremblay", kind: "candidate", locale } });
}

async function lastEmailTo(address: string) {
  const row = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: address }, orderBy: { createdAt: "desc" } });
  return {
    row,
    code: row.text.match(/\b(\d{6})\b/)?.[1] ?? "",
    notMeToken: row.text.match(/not-me\?token=([\w-]+)/)?.[1] ?? "",
  };
}

describe("fresh proof", () => {
  it(`is given by signing in, and lasts ${freshProofMinutes} minutes; then the guard sends the person to prove it, and back`, async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: start });
    const fresh = await requireFreshProof(browser(cookie), "/account/export", at(freshProofMinutes - 1));
    expect(fresh.user.id).toBe(user.id);
    const stale = await thrown(requireFreshProof(browser(cookie), "/account/export", at(freshProofMinutes + 1)));
    expect(stale.status).toBe(302);
    expect(stale.headers.get("Location")).toBe(
      `/account/confirm?${new URLSearchParams({ returnTo: "/account/export" })}`,
    );
  });

  it("is given again by the current password; a wrong one is counted like a wrong sign-in", async () => {
    const user = await person();
    await changePassword(user.id, "une phrase facile à retenir", null);
    const cookie = await createSession(user.id, { now: start });
    expect(await proveWithPassword(browser(cookie), "pas le bon", at(30))).toEqual({ outcome: "wrong" });
    expect(await db.passwordFailure.count({ where: { email: user.email } })).toBe(1);
    await expect(requireFreshProof(browser(cookie), "/account", at(31))).rejects.toBeInstanceOf(Response);
    expect(await proveWithPassword(browser(cookie), "une phrase facile à retenir", at(31))).toEqual({
      outcome: "proved",
    });
    expect((await requireFreshProof(browser(cookie), "/account", at(35))).user.id).toBe(user.id);
  });

  it("is given again by a code emailed to the account's address, in its language, usable once and only from this browser", async () => {
    const user = await person("robert@exemple.ca", "en");
    const cookie = await createSession(user.id, { now: start });
    const otherDevice = await createSession(user.id, { now: start });
    const proofId = (await sendProofCode(browser(cookie), at(30))) as string;
    const { row, code } = await lastEmailTo("robert@exemple.ca");
    expect(row.template).toBe("proofCode");
    expect(row.locale).toBe("en");
    expect(row.subject).not.toContain(code);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await proveWithCode(browser(cookie), proofId, wrong, at(31))).toEqual({ outcome: "wrong" });
    expect(await proveWithCode(browser(otherDevice), proofId, code, at(31))).toEqual({ outcome: "expired" });
    expect(await proveWithCode(browser(cookie), proofId, code, at(31))).toEqual({ outcome: "proved" });
    expect(await proveWithCode(browser(cookie), proofId, code, at(32))).toEqual({ outcome: "expired" });
    expect((await requireFreshProof(browser(cookie), "/account", at(33))).user.id).toBe(user.id);
    await expect(requireFreshProof(browser(otherDevice), "/account", at(33))).rejects.toBeInstanceOf(Response);
  });
});

describe("proof codes", () => {
  it("expire 10 minutes after they are sent", async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: start });
    const proofId = (await sendProofCode(browser(cookie), at(30))) as string;
    const { code } = await lastEmailTo(user.email);
    expect(await proveWithCode(browser(cookie), proofId, code, at(40.01))).toEqual({ outcome: "expired" });
  });
});

describe("notices of sensitive changes", () => {
  it("a new password sends a notice to the account's address whose 'this was not me' (a button, never the link alone) ends every session and the password", async () => {
    const user = await person();
    const laptop = await createSession(user.id, { now: start });
    const phone = await createSession(user.id, { now: start });
    // someone at the laptop sets a password: the phone is signed out at once, the laptop stays
    await changePassword(user.id, "le mot de passe d’un intrus", await sessionTokenHash(browser(laptop)));
    expect(await getUser(browser(phone))).toBeNull();
    const { row, notMeToken } = await lastEmailTo(user.email);
    expect(row.template).toBe("passwordChanged");
    expect(row.locale).toBe("fr");
    expect(row.subject).toMatch(/mot de passe/i);
    expect(notMeToken).not.toBe("");

    // opening the link shows a page and changes nothing
    expect((await findSecurityNotice(notMeToken))?.kind).toBe("password");
    expect((await getUser(browser(laptop)))?.id).toBe(user.id);

    expect(await reportNotMe(notMeToken)).toMatchObject({ kind: "password" });
    expect(await getUser(browser(laptop))).toBeNull();
    expect((await signInWithPassword(user.email, "le mot de passe d’un intrus")).outcome).toBe("wrong");
    expect(await reportNotMe(notMeToken)).toBeNull();
  });
});

describe("changing the email address", () => {
  it("asks for a code sent to the new address; once typed, the address changes, the old one is told, other devices are signed out", async () => {
    const user = await person("ancienne@exemple.ca", "fr");
    const cookie = await createSession(user.id, { now: start });
    const tablet = await createSession(user.id, { now: start });
    const changeId = (await requestAddressChange(browser(cookie), "Nouvelle@Exemple.ca", at(2))) as string;
    const { row, code } = await lastEmailTo("nouvelle@exemple.ca");
    expect(row.template).toBe("addressCode");
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirmAddressChange(browser(cookie), changeId, wrong, at(3))).toEqual({ outcome: "wrong" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("ancienne@exemple.ca");

    expect(await confirmAddressChange(browser(cookie), changeId, code, at(4))).toEqual({
      outcome: "changed",
      email: "nouvelle@exemple.ca",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("nouvelle@exemple.ca");
    expect((await getUser(browser(cookie), at(5)))?.id).toBe(user.id);
    expect(await getUser(browser(tablet), at(5))).toBeNull();
    const notice = await lastEmailTo("ancienne@exemple.ca");
    expect(notice.row.template).toBe("addressChanged");
    expect(notice.row.text).toContain("nouvelle@exemple.ca");

    // "this was not me" from the old address ends every session and gives the account its old address back
    expect(await reportNotMe(notice.notMeToken)).toMatchObject({ kind: "address" });
    expect(await getUser(browser(cookie))).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("ancienne@exemple.ca");
  });

  it("two accounts moving to the same address at once: one moves, the other is told the address is taken", async () => {
    const first = await person("premiere@exemple.ca", "fr");
    const second = await person("seconde@exemple.ca", "fr");
    const confirmations = [];
    for (const user of [first, second]) {
      const cookie = await createSession(user.id, { now: start });
      const changeId = (await requestAddressChange(browser(cookie), "disputee@exemple.ca", at(2))) as string;
      const { code } = await lastEmailTo("disputee@exemple.ca");
      confirmations.push(() => confirmAddressChange(browser(cookie), changeId, code, at(3)));
    }
    const outcomes = await Promise.all(confirmations.map((confirm) => confirm()));
    expect(outcomes.map((outcome) => outcome.outcome).sort()).toEqual(["changed", "taken"]);
    expect(await db.user.count({ where: { email: "disputee@exemple.ca" } })).toBe(1);
  });

  it("needs fresh proof first", async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: start });
    const answer = await thrown(
      requestAddressChange(browser(cookie), "ailleurs@exemple.ca", at(freshProofMinutes + 1)),
    );
    expect(answer.headers.get("Location")).toMatch(/^\/account\/confirm\?/);
    expect(await db.outboxEmail.count({ where: { toAddress: "ailleurs@exemple.ca" } })).toBe(0);
  });

  it("to an address that already has an account, tells that address so (no code) and the page answers as for any address", async () => {
    const user = await person();
    await person("prise@exemple.ca");
    const cookie = await createSession(user.id, { now: start });
    const changeId = (await requestAddressChange(browser(cookie), "prise@exemple.ca", at(1))) as string;
    expect(typeof changeId).toBe("string");
    const { row, code } = await lastEmailTo("prise@exemple.ca");
    expect(row.template).toBe("addressTaken");
    expect(code).toBe("");
    expect(await confirmAddressChange(browser(cookie), changeId, "123456", at(2))).toEqual({ outcome: "wrong" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("races", () => {
  it("a code typed twice at once proves once, and 'this was not me' pressed twice at once acts once", async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: start });
    const proofId = (await sendProofCode(browser(cookie), at(30))) as string;
    const { code } = await lastEmailTo(user.email);
    const proofs = await Promise.all([0, 1, 2].map(() => proveWithCode(browser(cookie), proofId, code, at(31))));
    expect(proofs.filter((proof) => proof.outcome === "proved")).toHaveLength(1);

    await changePassword(user.id, "une phrase facile à retenir", null, at(32));
    const { notMeToken } = await lastEmailTo(user.email);
    const reports = await Promise.all([0, 1].map(() => reportNotMe(notMeToken, at(33))));
    expect(reports.filter(Boolean)).toHaveLength(1);
  });
});

describe("the account page", () => {
  it("refuses a new password without fresh proof, sends the person to prove it, and changes nothing", async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: new Date(Date.now() - 20 * 60_000) });
    const request = new Request("http://chevronne.test/account", {
      method: "POST",
      headers: { Cookie: cookie.split(";")[0], "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        intent: "password",
        password: "une phrase facile à retenir",
        confirm: "une phrase facile à retenir",
      }),
    });
    const answer = await thrown(accountAction({ request, params: {}, context: {} }));
    expect(answer.headers.get("Location")).toBe(`/account/confirm?${new URLSearchParams({ returnTo: "/account" })}`);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("the address page", () => {
  it("says plainly when the new address is the one the account already has, and sends nothing", async () => {
    const user = await person();
    const cookie = await createSession(user.id);
    const request = new Request("http://chevronne.test/account/email", {
      method: "POST",
      headers: { Cookie: cookie.split(";")[0], "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "request", email: "Gisele@Exemple.ca" }),
    });
    const answer = await addressAction({ request, params: {}, context: {} });
    expect(answer).toMatchObject({ errors: { email: "security.address.sameAddress" } });
    expect(await db.outboxEmail.count()).toBe(0);
  });
});

describe("the address page with hostile input", () => {
  const post = (cookie: string, fields: Record<string, string>) =>
    addressAction({
      request: new Request("http://chevronne.test/account/email", {
        method: "POST",
        headers: { Cookie: cookie.split(";")[0], "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams(fields),
      }),
      params: {},
      context: {},
    });

  it("answers an address that is not one, or far too long, next to the field, and sends nothing", async () => {
    const user = await person();
    const cookie = await createSession(user.id);
    for (const email of ["pas une adresse", `${"a".repeat(300)}@exemple.ca`, ""]) {
      expect(await post(cookie, { intent: "request", email })).toMatchObject({
        ok: false,
        errors: { email: expect.any(String) },
      });
    }
    expect(await db.outboxEmail.count()).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("gisele@exemple.ca");
  });

  it("never moves an account with another person's change and code", async () => {
    const owner = await person("proprietaire@exemple.ca");
    const ownerCookie = await createSession(owner.id, { now: start });
    const changeId = (await requestAddressChange(browser(ownerCookie), "voulue@exemple.ca", at(2))) as string;
    const { code } = await lastEmailTo("voulue@exemple.ca");
    const intruder = await person("intrus@exemple.ca");
    const intruderCookie = await createSession(intruder.id, { now: start });
    expect(await confirmAddressChange(browser(intruderCookie), changeId, code, at(3))).not.toMatchObject({
      outcome: "changed",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: intruder.id } })).email).toBe("intrus@exemple.ca");
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).email).toBe("proprietaire@exemple.ca");
  });
});

describe("pruning", () => {
  it("forgets codes a day after they were sent and notices once 'this was not me' no longer works", async () => {
    const user = await person();
    const cookie = await createSession(user.id, { now: start });
    await sendProofCode(browser(cookie), start);
    await changePassword(user.id, "une phrase facile à retenir", await sessionTokenHash(browser(cookie)), start);
    expect(await pruneProofCodes(at(23 * 60))).toBe(0);
    expect(await pruneProofCodes(at(25 * 60))).toBe(1);
    expect(await pruneSecurityNotices(at(29 * 24 * 60))).toBe(0);
    expect(await pruneSecurityNotices(at(31 * 24 * 60))).toBe(1);
  });
});
