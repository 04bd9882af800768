// The audit trail and the administrators' door: entries are written with the change and can never be rewritten,
// and only an account made administrator gets past requireAdministrator.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { requireAdministrator } from "~/modules/administration/access.server";
import { listAudit, recordAudit } from "~/modules/audit/audit.server";
import { createSession, employerIdleMinutes, getUser } from "~/modules/auth/session.server";
import { createCandidate, signedInRequest } from "../support/fixtures";
import { thrown } from "../support/thrown";

describe("audit trail", () => {
  it("keeps every entry: the database refuses to change or delete one", async () => {
    await recordAudit({
      actorId: null,
      actorRole: "system",
      action: "account.deleted",
      subjectType: "user",
      subjectId: "u1",
      details: { reason: "retention" },
    });
    const [entry] = await listAudit();
    expect(entry).toMatchObject({ action: "account.deleted", subjectId: "u1", details: { reason: "retention" } });
    await expect(db.auditEntry.update({ where: { id: entry.id }, data: { action: "nothing" } })).rejects.toThrow(
      /permanent/,
    );
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow(/permanent/);
    expect(await db.auditEntry.count()).toBe(1);
  });

  it("lands with the change or not at all", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await recordAudit(
          {
            actorId: "a",
            actorRole: "administrator",
            action: "organisation.verified",
            subjectType: "organisation",
            subjectId: "o1",
          },
          tx,
        );
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.auditEntry.count({ where: { subjectId: "o1" } })).toBe(0);
  });
});

describe("administrators' door", () => {
  it("answers 404 to a visitor and to a signed-in person who is not an administrator, and lets an administrator in", async () => {
    const visitor = await thrown(requireAdministrator(new Request("http://chevronne.test/admin")));
    expect(visitor).toBeInstanceOf(Response);
    expect((visitor as Response).status).toBe(404);

    const candidate = await createCandidate("admin-door@example.com");
    const asCandidate = await signedInRequest(candidate.user.id, "http://chevronne.test/admin");
    expect(((await thrown(requireAdministrator(asCandidate))) as Response).status).toBe(404);

    await db.user.update({ where: { id: candidate.user.id }, data: { isAdministrator: true } });
    expect(
      (await requireAdministrator(await signedInRequest(candidate.user.id, "http://chevronne.test/admin"))).id,
    ).toBe(candidate.user.id);
  });

  it("ends an administrator's session after 2 hours without activity, as an employer member's, whatever the account's kind", async () => {
    const { user } = await createCandidate("admin-idle@example.com");
    await db.user.update({ where: { id: user.id }, data: { isAdministrator: true } });
    const start = new Date("2027-03-01T12:00:00Z");
    const cookie = (await createSession(user.id, { now: start })).split(";")[0];
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    const request = () => new Request("http://chevronne.test/admin", { headers: { Cookie: cookie } });
    expect((await getUser(request(), at(employerIdleMinutes - 1)))?.id).toBe(user.id);
    expect(await getUser(request(), at(2 * employerIdleMinutes))).toBeNull();
  });
});
