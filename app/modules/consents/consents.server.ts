// Consents per purpose (docs/decisions/0017-consents-and-privacy-page.md): the one place that records, reads and
// withdraws them. A Consent row exists while the consent holds; every real change (a grant where there was none, a
// withdrawal of one that held) also writes a ConsentChange row with its time and the page it came from. Both are
// conditional writes, so two requests at once never record one change twice.
import { db, type Tx } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { consentPurposes, purposesFor, type ConsentPurpose, type ConsentSource } from "./consents";

export type { ConsentPurpose, ConsentSource } from "./consents";

/** The purposes a person agreed to, each with when. Purposes not listed are not agreed to. */
export async function consentsOf(
  userId: string,
  client: Tx = db,
): Promise<{ purpose: ConsentPurpose; grantedAt: Date }[]> {
  const rows = await client.consent.findMany({ where: { userId }, orderBy: { purpose: "asc" } });
  return rows.flatMap((row) => (isPurpose(row.purpose) ? [{ purpose: row.purpose, grantedAt: row.grantedAt }] : []));
}

export async function hasConsent(userId: string, purpose: ConsentPurpose, client: Tx = db): Promise<boolean> {
  return (await client.consent.count({ where: { userId, purpose } })) === 1;
}

/** Every grant and withdrawal, newest first. */
export async function consentHistoryOf(userId: string, client: Tx = db) {
  const rows = await client.consentChange.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({ purpose: row.purpose, granted: row.granted, source: row.source, at: row.createdAt }));
}

/** For a `where` on User: people who hold this consent now (the suggestions query, the alerts round). */
export function whoConsentTo(purpose: ConsentPurpose): Prisma.UserWhereInput {
  return { consents: { some: { purpose } } };
}

/**
 * Whether the consent holds, keeping it from being withdrawn until the caller's transaction ends (a shared row lock):
 * an email or invitation to apply written in that transaction either goes out before a withdrawal, or sees it and does not.
 */
export async function holdConsent(tx: Tx, userId: string, purpose: ConsentPurpose): Promise<boolean> {
  const rows = await tx.$queryRaw<
    unknown[]
  >`SELECT 1 FROM "Consent" WHERE "userId" = ${userId} AND "purpose" = ${purpose} FOR SHARE`;
  return rows.length === 1;
}

/** Agrees to a purpose. True when it was a change (and is then in the history); false when it already held. */
export async function grantConsent(
  tx: Tx,
  userId: string,
  purpose: ConsentPurpose,
  source: ConsentSource,
  now = new Date(),
): Promise<boolean> {
  // INSERT … ON CONFLICT DO NOTHING: of two grants at once, one inserts and the other waits for it, then does nothing
  const { count } = await tx.consent.createMany({ data: [{ userId, purpose, grantedAt: now }], skipDuplicates: true });
  if (count === 1) await tx.consentChange.create({ data: { userId, purpose, granted: true, source, createdAt: now } });
  return count === 1;
}

/** Withdraws a purpose, taking effect for every reader at once. True when it was a change; false when it did not hold. */
export async function withdrawConsent(
  tx: Tx,
  userId: string,
  purpose: ConsentPurpose,
  source: ConsentSource,
  now = new Date(),
): Promise<boolean> {
  const { count } = await tx.consent.deleteMany({ where: { userId, purpose } });
  if (count === 1) await tx.consentChange.create({ data: { userId, purpose, granted: false, source, createdAt: now } });
  return count === 1;
}

export async function setConsent(
  tx: Tx,
  userId: string,
  purpose: ConsentPurpose,
  granted: boolean,
  source: ConsentSource,
  now = new Date(),
) {
  return granted ? grantConsent(tx, userId, purpose, source, now) : withdrawConsent(tx, userId, purpose, source, now);
}

/**
 * Makes a person's consents exactly the purposes `chosen` among those that concern their kind of account (a box
 * left unticked withdraws), in the caller's transaction. Returns the purposes that changed.
 */
export async function applyConsentChoices(
  tx: Tx,
  user: { id: string; kind: string },
  chosen: readonly ConsentPurpose[],
  source: ConsentSource,
  now = new Date(),
): Promise<ConsentPurpose[]> {
  const changed: ConsentPurpose[] = [];
  for (const purpose of purposesFor(user.kind)) {
    if (await setConsent(tx, user.id, purpose, chosen.includes(purpose), source, now)) changed.push(purpose);
  }
  return changed;
}

/** The account page's form: the choices saved in one transaction. */
export function saveConsentChoices(
  user: { id: string; kind: string },
  chosen: readonly ConsentPurpose[],
  now = new Date(),
) {
  return db.$transaction((tx) => applyConsentChoices(tx, user, chosen, "account", now));
}

/** The purposes ticked at sign-up, recorded in the transaction that creates the account (only grants: it is new). */
export async function recordSignUpConsents(
  tx: Tx,
  user: { id: string; kind: string },
  ticked: readonly string[],
  now = new Date(),
) {
  for (const purpose of purposesFor(user.kind)) {
    if (ticked.includes(purpose)) await grantConsent(tx, user.id, purpose, "signup", now);
  }
}

function isPurpose(value: string): value is ConsentPurpose {
  return (consentPurposes as readonly string[]).includes(value);
}
