// Sign-in by email: one request gives a link and a six-digit code, valid 15 minutes, single use, dead after
// five wrong codes or as soon as a newer one is asked for. Sign-up details wait on the request until confirmed.
import { db, takeTurns } from "~/db.server";
import { env } from "~/env.server";
import type { SignInChallenge, User } from "~/generated/prisma/client";
import { sendEmail } from "~/modules/email/outbox.server";
import { forgetRefusal } from "~/modules/email/refused-addresses.server";
import { newOrganisationVerification } from "~/modules/vocabulary/verification.server";
import type { Locale } from "~/modules/i18n/locales";
import { addressLimits, refusedUntil, takeLimit, type Refused } from "~/modules/security/limits.server";
import { recordSignUpConsents } from "~/modules/consents/consents.server";
import type { ConsentPurpose } from "~/modules/consents/consents";
import { randomCode, randomToken, safeEqual, sha256 } from "~/modules/security/tokens.server";

export const challengeMinutes = 15;
export const maxCodeTries = 5;
export const maxEmailsPerHour = addressLimits.signInEmails.points;
const emailWindowMs = addressLimits.signInEmails.seconds * 1000;

/** The address has had its sign-in emails for the hour: it may ask again at retryAt. */
export class TooManySignInEmails extends Error {
  constructor(readonly retryAt: Date) {
    super("This address has had its sign-in emails for the hour");
  }
}

/** For `requestSignIn(...).catch(addressRefusal)`: the address's refusal, for the page to say when to come back. */
export function addressRefusal(error: unknown): Refused {
  if (error instanceof TooManySignInEmails) return refusedUntil(error.retryAt);
  throw error;
}

/** `consents`: the purposes ticked on the form, recorded once the address is confirmed and the account exists. */
export type SignUpDetails = {
  kind: "candidate" | "employer";
  name: string;
  orgName?: string;
  consents?: ConsentPurpose[];
};

function codeHash(challengeId: string, code: string) {
  return sha256(`${challengeId}:${code}`);
}

/**
 * Records a sign-in request and queues its email. Returns the request's id, which the code page needs.
 * It behaves the same for known and unknown addresses, so the answer reveals nothing about accounts: an address
 * without an account is told so at most once a day (noAccountEmailsPerAddress), and later requests are answered
 * as if it were told again. Past maxEmailsPerHour requests for the address in the last hour, nothing is recorded
 * or sent and TooManySignInEmails says when the oldest of them stops counting; the last email still works.
 */
export async function requestSignIn(input: {
  email: string;
  locale: Locale;
  redirectTo?: string;
  signUp?: SignUpDetails;
  now?: Date;
}): Promise<string> {
  const email = input.email.trim().toLowerCase();
  const now = input.now ?? new Date();
  const token = randomToken();
  const code = randomCode();
  return db.$transaction(async (tx) => {
    // requests for one address take turns, so that requests fired together cannot all count the same hour
    await takeTurns(tx, `signin:${email}`);
    const lastHour = await tx.signInChallenge.findMany({
      where: { email, createdAt: { gt: new Date(now.getTime() - emailWindowMs) } },
      orderBy: { createdAt: "desc" },
      take: maxEmailsPerHour,
      select: { createdAt: true },
    });
    if (lastHour.length >= maxEmailsPerHour)
      throw new TooManySignInEmails(new Date(lastHour[maxEmailsPerHour - 1].createdAt.getTime() + emailWindowMs));
    await tx.signInChallenge.updateMany({
      where: { email, usedAt: null, supersededAt: null },
      data: { supersededAt: now },
    });
    const user = await tx.user.findUnique({ where: { email } });
    const challenge = await tx.signInChallenge.create({
      data: {
        email,
        linkTokenHash: sha256(token),
        codeHash: "",
        expiresAt: new Date(now.getTime() + challengeMinutes * 60_000),
        redirectTo: input.redirectTo,
        signupKind: user ? null : input.signUp?.kind,
        signupName: user ? null : input.signUp?.name,
        signupOrgName: user ? null : input.signUp?.orgName,
        signupLocale: user ? null : input.locale,
        signupConsents: user ? [] : (input.signUp?.consents ?? []),
        createdAt: now,
      },
    });
    await tx.signInChallenge.update({ where: { id: challenge.id }, data: { codeHash: codeHash(challenge.id, code) } });
    const locale = (user?.locale as Locale | undefined) ?? input.locale;
    if (user || input.signUp) {
      await sendEmail(tx, {
        to: email,
        toName: user?.name ?? input.signUp?.name ?? "",
        locale,
        template: "signIn",
        params: {
          name: user?.name ?? input.signUp?.name ?? "",
          link: `${env.appUrl}/signin/link?token=${token}`,
          code,
          minutes: challengeMinutes,
          isNewAccount: !user,
        },
      });
    } else if ((await takeLimit("noAccountEmailsPerAddress", email)).ok) {
      await sendEmail(tx, {
        to: email,
        toName: "",
        locale,
        template: "noAccount",
        params: { signUpLink: `${env.appUrl}/signup?${new URLSearchParams({ email })}` },
      });
    }
    return challenge.id;
  });
}

export type SignInResult =
  { ok: true; user: User; redirectTo: string | null } | { ok: false; reason: "expired" | "wrong-code" | "no-account" };

function isAlive(challenge: SignInChallenge, now: Date) {
  return (
    !challenge.usedAt && !challenge.supersededAt && challenge.expiresAt > now && challenge.failedTries < maxCodeTries
  );
}

/** Uses the request up (only once, even when two confirmations race) and finds or creates the account. */
async function complete(challenge: SignInChallenge, now: Date): Promise<SignInResult> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.signInChallenge.updateMany({
      where: { id: challenge.id, usedAt: null, supersededAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "expired" } as const;
    // the address received this email and its owner used it: it takes mail again
    await forgetRefusal(tx, challenge.email);
    const existing = await tx.user.findUnique({ where: { email: challenge.email } });
    if (existing) return { ok: true, user: existing, redirectTo: challenge.redirectTo } as const;
    if (!challenge.signupKind || !challenge.signupName) return { ok: false, reason: "no-account" } as const;
    const user = await tx.user.create({
      data: {
        email: challenge.email,
        name: challenge.signupName,
        kind: challenge.signupKind,
        locale: challenge.signupLocale ?? "fr",
      },
    });
    if (challenge.signupKind === "employer") {
      await tx.employer.create({
        data: {
          name: challenge.signupOrgName ?? challenge.signupName,
          slug: `${slugify(challenge.signupOrgName ?? challenge.signupName)}-${user.id.slice(-6)}`,
          // chosen by the owner on the organisation's profile (required there), never a silent default
          sector: "",
          purpose: "",
          contentLocale: challenge.signupLocale ?? "fr",
          town: "",
          ...newOrganisationVerification(now),
          members: { create: { userId: user.id, role: "owner" } },
        },
      });
    } else {
      await tx.candidateProfile.create({ data: { userId: user.id } });
    }
    await recordSignUpConsents(tx, user, challenge.signupConsents, now);
    return { ok: true, user, redirectTo: challenge.redirectTo } as const;
  });
}

export function slugify(value: string): string {
  return (
    value
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "organisation"
  );
}

export async function signInWithLink(token: string, now = new Date()): Promise<SignInResult> {
  const challenge = await db.signInChallenge.findUnique({ where: { linkTokenHash: sha256(token) } });
  if (!challenge || !isAlive(challenge, now)) return { ok: false, reason: "expired" };
  return complete(challenge, now);
}

/** Link tokens are only shown, never used, by a GET: this tells the page whether to offer the button. */
export async function isLinkUsable(token: string, now = new Date()): Promise<boolean> {
  const challenge = await db.signInChallenge.findUnique({ where: { linkTokenHash: sha256(token) } });
  return Boolean(challenge && isAlive(challenge, now));
}

/**
 * Each try is counted before the code is compared, in one conditional update, so that guesses fired together still
 * compare at most maxCodeTries codes. The right code ends the request, so counting it as a try changes nothing.
 */
export async function signInWithCode(challengeId: string, code: string, now = new Date()): Promise<SignInResult> {
  const { count } = await db.signInChallenge.updateMany({
    where: {
      id: challengeId,
      usedAt: null,
      supersededAt: null,
      expiresAt: { gt: now },
      failedTries: { lt: maxCodeTries },
    },
    data: { failedTries: { increment: 1 } },
  });
  if (count !== 1) return { ok: false, reason: "expired" };
  const challenge = await db.signInChallenge.findUniqueOrThrow({ where: { id: challengeId } });
  if (!safeEqual(codeHash(challenge.id, code), challenge.codeHash)) {
    return { ok: false, reason: challenge.failedTries >= maxCodeTries ? "expired" : "wrong-code" };
  }
  return complete(challenge, now);
}

export async function findChallengeEmail(challengeId: string): Promise<string | null> {
  const challenge = await db.signInChallenge.findUnique({ where: { id: challengeId }, select: { email: true } });
  return challenge?.email ?? null;
}
