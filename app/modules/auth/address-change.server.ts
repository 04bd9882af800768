// Changing the email address: with fresh proof of who is there, the person gives a new address, which receives a
// code; typed on this device, the account moves to it, its other sessions end, and the old address gets a notice
// with "this was not me". An address that already has an account is told so instead (no code), and the page answers
// as for any address, so nobody learns from it who has an account.
import { db, violatesUnique } from "~/db.server";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import type { Refused } from "~/modules/security/limits.server";
import { requireFreshProof } from "./fresh-proof.server";
import { checkProofCode, createProofCode, createUnusableProofCode, proofCodeMinutes } from "./proof-codes.server";
import { recordSecurityNotice } from "./security-notices.server";
import { getSession } from "./session.server";

export const addressChangePage = "/account/email";

export async function requestAddressChange(
  request: Request,
  newAddress: string,
  now = new Date(),
): Promise<string | Refused> {
  const { user, session } = await requireFreshProof(request, addressChangePage, now);
  const email = newAddress.trim().toLowerCase();
  return db.$transaction(async (tx) => {
    const taken =
      email === user.email || (await tx.user.findUnique({ where: { email }, select: { id: true } })) !== null;
    const input = { sessionId: session.id, purpose: "address" as const, email, now };
    const created = taken ? await createUnusableProofCode(tx, input) : await createProofCode(tx, input);
    if (!("id" in created)) return created;
    const common = { to: email, toName: user.name, locale: user.locale as Locale };
    if (taken) await sendEmail(tx, { ...common, template: "addressTaken", params: { name: user.name } });
    else
      await sendEmail(tx, {
        ...common,
        template: "addressCode",
        params: { name: user.name, code: created.code, minutes: proofCodeMinutes },
      });
    return created.id;
  });
}

export type AddressChange =
  { outcome: "changed"; email: string } | { outcome: "wrong" } | { outcome: "expired" } | { outcome: "taken" };

/** The code typed on the device that asked (the code proves the new address; the request needed fresh proof). */
export async function confirmAddressChange(
  request: Request,
  changeId: string,
  code: string,
  now = new Date(),
): Promise<AddressChange> {
  const signedIn = await getSession(request, now);
  if (!signedIn) return { outcome: "expired" };
  const check = await checkProofCode({ id: changeId, sessionId: signedIn.session.id, purpose: "address", code, now });
  if (check.outcome !== "right") return check;
  const newEmail = check.proof.email;
  // the check below reads before the update writes: an account made with the address in between is caught by the
  // unique index, and answered the same way
  return db
    .$transaction(async (tx) => {
      const user = await tx.user.findUniqueOrThrow({ where: { id: signedIn.user.id } });
      if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } }))
        return { outcome: "taken" as const };
      const moved = await tx.user.update({ where: { id: user.id }, data: { email: newEmail } });
      // links and codes sent to the old address no longer sign anyone in; other devices sign in again
      await tx.signInChallenge.updateMany({
        where: { email: user.email, usedAt: null, supersededAt: null },
        data: { supersededAt: now },
      });
      await tx.session.deleteMany({ where: { userId: user.id, id: { not: signedIn.session.id } } });
      await recordSecurityNotice(tx, { user: moved, kind: "address", previousEmail: user.email, now });
      return { outcome: "changed" as const, email: newEmail };
    })
    .catch((error: unknown) => {
      if (violatesUnique(error, "User_email_key")) return { outcome: "taken" as const };
      throw error;
    });
}
