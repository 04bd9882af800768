// The moment a candidate lets the employer see their phone and email, kept once (the first time counts).
import type { Tx } from "~/db.server";

/** Called in the transaction where the candidate books an interview: accepting it shares the contact details. */
export async function shareContactWithEmployer(tx: Tx, applicationId: string, now: Date) {
  await tx.application.updateMany({ where: { id: applicationId, contactSharedAt: null }, data: { contactSharedAt: now } });
}
