// The moment a candidate lets the employer see their phone and email, kept once (the first time counts).
import type { Tx } from "~/db.server";

/**
 * Called in the transaction where the candidate books an interview: accepting it shares the contact details, and a
 * phone interview proposed without a number (the one on the profile) gets that number for the calendar invitations.
 */
export async function shareContactOnBooking(
  tx: Tx,
  interview: { id: string; applicationId: string; format: string; callNumber: string },
  candidatePhone: string | null,
  now: Date,
) {
  await tx.application.updateMany({
    where: { id: interview.applicationId, contactSharedAt: null },
    data: { contactSharedAt: now },
  });
  if (interview.format === "phone" && !interview.callNumber && candidatePhone) {
    await tx.interview.update({ where: { id: interview.id }, data: { callNumber: candidatePhone } });
  }
}
