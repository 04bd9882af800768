// Notices of sensitive changes, emailed to the account's address (the old one for an address change) in the
// person's language, each with a "this was not me" link. Opening the link only shows a page; its button ends every
// session of the account, removes a password set in that change, and puts back an address changed in it.
import { db, type Tx } from "~/db.server";
import { env } from "~/env.server";
import type { User } from "~/generated/prisma/client";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import { randomToken, sha256 } from "~/modules/security/tokens.server";

/** How long "this was not me" works: long enough for someone who reads their email once a week or on holiday. */
const noticeDays = 30;

export type NoticeKind = "password" | "address";

/** Records the notice and queues its email, in the caller's transaction (the same one as the change). */
export async function recordSecurityNotice(
  tx: Tx,
  {
    user,
    kind,
    previousEmail,
    now = new Date(),
  }: { user: Pick<User, "id" | "email" | "name" | "locale">; kind: NoticeKind; previousEmail?: string; now?: Date },
) {
  const token = randomToken();
  await tx.securityNotice.create({
    data: {
      userId: user.id,
      kind,
      tokenHash: sha256(token),
      previousEmail: kind === "address" ? previousEmail : null,
      newEmail: kind === "address" ? user.email : null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + noticeDays * 86_400_000),
    },
  });
  const notMeLink = `${env.appUrl}/account/not-me?${new URLSearchParams({ token })}`;
  const common = { to: previousEmail ?? user.email, toName: user.name, locale: user.locale as Locale };
  if (kind === "password") {
    await sendEmail(tx, { ...common, template: "passwordChanged", params: { name: user.name, notMeLink } });
  } else {
    await sendEmail(tx, {
      ...common,
      template: "addressChanged",
      params: { name: user.name, newEmail: user.email, notMeLink },
    });
  }
}

/** The notice a link points to while "this was not me" still works (a GET shows it and changes nothing). */
export async function findSecurityNotice(token: string, now = new Date()): Promise<{ kind: NoticeKind } | null> {
  const notice = await db.securityNotice.findUnique({ where: { tokenHash: sha256(token) } });
  if (!notice || notice.usedAt || notice.expiresAt <= now) return null;
  return { kind: notice.kind as NoticeKind };
}

/**
 * "This was not me": every session of the account ends; a password set in that change is removed (the owner signs
 * in by an emailed link); an address changed in it is put back if the account still has the new one and nobody
 * took the old one meanwhile. Works once. Returns what was done, for the page to say what to do next.
 */
export async function reportNotMe(
  token: string,
  now = new Date(),
): Promise<{ kind: NoticeKind; addressRestored: boolean } | null> {
  return db.$transaction(async (tx) => {
    const tokenHash = sha256(token);
    const { count } = await tx.securityNotice.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1) return null;
    const notice = await tx.securityNotice.findUniqueOrThrow({ where: { tokenHash } });
    await tx.session.deleteMany({ where: { userId: notice.userId } });
    if (notice.kind === "password") {
      await tx.user.update({ where: { id: notice.userId }, data: { passwordHash: null } });
      return { kind: "password" as const, addressRestored: false };
    }
    let addressRestored = false;
    if (
      notice.previousEmail &&
      notice.newEmail &&
      !(await tx.user.findUnique({ where: { email: notice.previousEmail } }))
    ) {
      const moved = await tx.user.updateMany({
        where: { id: notice.userId, email: notice.newEmail },
        data: { email: notice.previousEmail },
      });
      addressRestored = moved.count === 1;
      // sign-in links already sent to the address that is no longer the account's stop working
      if (addressRestored)
        await tx.signInChallenge.updateMany({
          where: { email: notice.newEmail, usedAt: null, supersededAt: null },
          data: { supersededAt: now },
        });
    }
    return { kind: "address" as const, addressRestored };
  });
}

/** Forgets notices whose "this was not me" no longer works (a background round). */
export async function pruneSecurityNotices(now = new Date()): Promise<number> {
  const { count } = await db.securityNotice.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
