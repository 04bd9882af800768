// Who is an administrator: granted and taken away from the command line only (scripts/admin.mjs, `npm run admin`),
// never through a web form. Each change is a conditional update written with its audit entry, by "the system" on
// behalf of whoever runs the command on the server.
import { db } from "~/db.server";
import { recordAudit } from "~/modules/audit/audit.server";

export type RightsChange = "granted" | "revoked" | "unchanged" | "no-account";

/** Makes the account with this address an administrator ("unchanged" when it already is one). */
export function grantAdministrator(email: string): Promise<RightsChange> {
  return setAdministrator(email, true);
}

/** Takes administrator rights away from the account with this address ("unchanged" when it had none). */
export function revokeAdministrator(email: string): Promise<RightsChange> {
  return setAdministrator(email, false);
}

async function setAdministrator(email: string, administrator: boolean): Promise<RightsChange> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
    if (!user) return "no-account";
    const { count } = await tx.user.updateMany({
      where: { id: user.id, isAdministrator: !administrator },
      data: { isAdministrator: administrator },
    });
    if (count !== 1) return "unchanged";
    await recordAudit(
      {
        actorId: null,
        actorRole: "system",
        action: administrator ? "administrator.granted" : "administrator.revoked",
        subjectType: "user",
        subjectId: user.id,
        details: { by: "command line" },
      },
      tx,
    );
    return administrator ? "granted" : "revoked";
  });
}

/** The administrators, by address, with when they were last made one (null before the audit trail existed). */
export async function listAdministrators() {
  const administrators = await db.user.findMany({
    where: { isAdministrator: true },
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true },
  });
  const grants = await db.auditEntry.findMany({
    where: {
      action: "administrator.granted",
      subjectType: "user",
      subjectId: { in: administrators.map((user) => user.id) },
    },
    orderBy: { at: "desc" },
    select: { subjectId: true, at: true },
  });
  return administrators.map((user) => ({
    email: user.email,
    name: user.name,
    since: grants.find((grant) => grant.subjectId === user.id)?.at ?? null,
  }));
}
