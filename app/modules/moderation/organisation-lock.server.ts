// Moderation writes lock the organisation's row first, then its missions' rows (one order everywhere, so two of them
// never wait on each other in a circle): a suspension updates the row, mission decisions and reports hold it shared.
import type { Tx } from "~/db.server";

export type HeldOrganisation = { id: string; name: string; suspendedAt: Date | null };

/** The organisation's row, held FOR SHARE until the transaction ends; null when there is none. */
export async function holdOrganisation(tx: Tx, employerId: string): Promise<HeldOrganisation | null> {
  const [organisation] = await tx.$queryRaw<HeldOrganisation[]>`
    SELECT id, name, "suspendedAt" FROM "Employer" WHERE id = ${employerId} FOR SHARE`;
  return organisation ?? null;
}
