// Secrets do not outlive their use (demo mode): a delivered email keeps its body an hour for the demo mailbox, then
// only what the timeline needs; expired sign-in requests and sessions are pruned, live ones kept.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { pruneExpiredSessions, pruneExpiredSignInRequests } from "~/modules/auth/pruning.server";
import { createSession, getUser, sessionTokenHash } from "~/modules/auth/session.server";
import { isLinkUsable, requestSignIn, signInWithCode } from "~/modules/auth/sign-in.server";
import { listDevMail, readDevMail } from "~/modules/email/dev-mailbox.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { pruneRefusalsWithoutAccount, strangerRefusalDays } from "~/modules/email/refused-addresses.server";
import { bodyKeptMs, trimFinishedEmails } from "~/modules/email/retention.server";
import { devMailboxTransport, smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { applicationTimeline } from "~/modules/pipeline/timeline.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.signInChallenge.deleteMany();
  await db.session.deleteMany();
  smtp.messages.length = 0;
});

/** Every stored value of the email's outbox row and of its dev mailbox copy, as one string to search. */
async function storedCopies(outboxId: string): Promise<string> {
  const rows = await Promise.all([
    db.outboxEmail.findMany({ where: { id: outboxId } }),
    db.devMailMessage.findMany({ where: { outboxId } }),
  ]);
  return JSON.stringify(rows);
}

/**
 * What someone reading the stored copies could do: every link token and six-digit code in them, tried against the
 * sign-in request. Returns how many were tried and how many worked.
 */
async function signInsFrom(copies: string, challengeId: string) {
  const tokens = [...copies.matchAll(/token=([\w-]+)/g)].map((match) => match[1]);
  const codes = [...copies.matchAll(/(?<!\d)(\d{6})(?!\d)/g)].map((match) => match[1]);
  const worked: boolean[] = [];
  for (const token of tokens) worked.push(await isLinkUsable(token));
  for (const code of codes) worked.push((await signInWithCode(challengeId, code)).ok);
  return { tried: worked.length, worked: worked.filter(Boolean).length };
}

/** Asks for a sign-in and reads the link's token and the code from the queued email, as its recipient would. */
async function signInEmail(email: string) {
  const challengeId = await requestSignIn({ email, locale: "fr" });
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email, template: "signIn" },
    orderBy: { createdAt: "desc" },
  });
  const token = row.text.match(/token=([\w-]+)/)?.[1] ?? "";
  const code = row.text.match(/\b(\d{6})\b/)?.[1] ?? "";
  expect(token).not.toBe("");
  expect(code).not.toBe("");
  return { challengeId, row, token, code };
}

describe("a delivered email's body", () => {
  it("stays an hour for the demo mailbox, then no delivered sign-in email holds its link or code, in the outbox or the mailbox", async () => {
    const { user } = await createCandidate("secret@exemple.ca");
    const { challengeId, row, token, code } = await signInEmail(user.email);
    const deliveredAt = new Date();
    expect(await deliverDueEmails(devMailboxTransport(), deliveredAt)).toBe(1);
    const [listed] = await listDevMail();
    expect((await readDevMail(listed.id)).text).toContain(code);

    await trimFinishedEmails(new Date(deliveredAt.getTime() + bodyKeptMs - 60_000));
    expect(await storedCopies(row.id)).toContain(token);
    expect(await isLinkUsable(token)).toBe(true);

    await trimFinishedEmails(new Date(deliveredAt.getTime() + bodyKeptMs + 60_000));
    const copies = await storedCopies(row.id);
    expect(copies).not.toContain(token);
    expect(copies).not.toContain(code);
    // an id or a date in the row may hold six digits in a row: those are tried too, and none may sign anyone in
    expect((await signInsFrom(copies, challengeId)).worked).toBe(0);
    // the request itself is still alive: only its owner, with the email in hand, can use it
    expect((await signInWithCode(challengeId, code)).ok).toBe(true);
    // what the timeline and the mailbox's list need stays
    const kept = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(kept).toMatchObject({
      toAddress: user.email,
      template: "signIn",
      status: "sent",
      subject: "Votre code de connexion Chevronné : ••••••",
      text: "",
      html: "",
      attachments: "[]",
    });
    expect(kept.sentAt).not.toBeNull();
    expect(kept.trimmedAt).not.toBeNull();
    const mail = await readDevMail(listed.id);
    expect(mail).toMatchObject({
      subject: kept.subject,
      to: user.email,
      text: "",
      html: "",
      attachments: [],
      trimmed: true,
    });
    expect((await listDevMail())[0].subject).toBe(kept.subject);
  });

  it("is trimmed the same way after delivery to a real relay, and the email's reply address goes with it", async () => {
    const { user } = await createCandidate("relais@exemple.ca");
    const { challengeId, row, token, code } = await signInEmail(user.email);
    const replyAddress = "rdv+jeton-de-reponse@reponses.chevronne.test";
    const proposal = await db.$transaction((tx) =>
      sendEmail(tx, {
        to: user.email,
        toName: user.name,
        locale: "fr",
        template: "noAccount",
        params: { signUpLink: "http://chevronne.test/signup" },
        replyTo: replyAddress,
      }),
    );
    const transport = smtpTransport(smtp.url);
    const deliveredAt = new Date();
    try {
      await deliverDueEmails(transport, deliveredAt);
    } finally {
      transport.close();
    }
    expect(smtp.messages.map((mail) => mail.text).join()).toContain(code);
    expect(smtp.messages.map((mail) => mail.replyTo?.text)).toContain(replyAddress);
    await trimFinishedEmails(new Date(deliveredAt.getTime() + bodyKeptMs + 60_000));
    const copies = await storedCopies(row.id);
    expect(copies).not.toContain(token);
    expect(copies).not.toContain(code);
    // an id or a date in the row may hold six digits in a row: those are tried too, and none may sign anyone in
    expect((await signInsFrom(copies, challengeId)).worked).toBe(0);
    expect(await storedCopies(proposal.id)).not.toContain(replyAddress);
  });

  it("keeps an email still waiting to be sent whole, and the application timeline reads trimmed emails", async () => {
    const { user, profile } = await createCandidate("attente@exemple.ca");
    const { mission } = await createEmployerWithMission();
    const application = await db.application.create({ data: { missionId: mission.id, candidateId: profile.id } });
    const emailOnTimeline = (subject: string) =>
      db.$transaction(async (tx) => {
        const email = await sendEmail(tx, {
          to: user.email,
          toName: user.name,
          locale: "fr",
          template: "noAccount",
          params: { signUpLink: `http://chevronne.test/signup?${subject}` },
        });
        await tx.applicationEvent.create({
          data: {
            applicationId: application.id,
            kind: "email",
            details: JSON.stringify({ outboxId: email.id, subject }),
          },
        });
        return email;
      });
    // one after the other, so the timeline's order is theirs
    const sent = await emailOnTimeline("Première nouvelle");
    const waiting = await emailOnTimeline("Deuxième nouvelle");
    await db.outboxEmail.update({
      where: { id: waiting.id },
      data: { nextAttemptAt: new Date(Date.now() + 86_400_000) },
    });
    await deliverDueEmails(devMailboxTransport());
    await trimFinishedEmails(new Date(Date.now() + bodyKeptMs + 60_000));

    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: sent.id } })).text).toBe("");
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: waiting.id } })).text).toBe(waiting.text);
    const timeline = await applicationTimeline(application.id);
    expect(timeline.map((event) => event.emailStatus)).toEqual(["sent", "pending"]);
  });
});

describe("pruning", () => {
  it("removes sign-in requests once expired and past the hour that counts them, and keeps the others", async () => {
    const now = new Date("2027-03-01T15:00:00Z");
    const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
    const live = await requestSignIn({ email: "vivant@exemple.ca", locale: "fr", now: minutesAgo(5) });
    const expiredThisHour = await requestSignIn({ email: "recent@exemple.ca", locale: "fr", now: minutesAgo(30) });
    await requestSignIn({ email: "ancien@exemple.ca", locale: "fr", now: minutesAgo(90) });
    const { user } = await createCandidate("utilise@exemple.ca");
    const used = await signInEmail(user.email);
    expect((await signInWithCode(used.challengeId, used.code)).ok).toBe(true);
    await db.signInChallenge.update({
      where: { id: used.challengeId },
      data: { createdAt: minutesAgo(120), expiresAt: minutesAgo(105) },
    });

    expect(await pruneExpiredSignInRequests(now)).toBe(2);
    const left = (await db.signInChallenge.findMany({ select: { id: true } })).map((row) => row.id).sort();
    expect(left).toEqual([live, expiredThisHour].sort());
  });

  it("forgets a refusal for an address without an account once it is old, and keeps an account holder's until fixed", async () => {
    const now = new Date("2027-03-01T15:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const { user } = await createCandidate("titulaire@exemple.ca");
    await db.refusedAddress.createMany({
      data: [
        { email: user.email, reply: "550 5.1.1 User unknown", refusedAt: daysAgo(strangerRefusalDays + 10) },
        { email: "inconnu@exemple.ca", reply: "550 5.1.1 User unknown", refusedAt: daysAgo(strangerRefusalDays + 1) },
        { email: "recent@exemple.ca", reply: "550 5.1.1 User unknown", refusedAt: daysAgo(strangerRefusalDays - 1) },
      ],
    });
    expect(await pruneRefusalsWithoutAccount(now)).toBe(1);
    expect((await db.refusedAddress.findMany({ orderBy: { email: "asc" } })).map((row) => row.email)).toEqual([
      "recent@exemple.ca",
      user.email,
    ]);
  });

  it("removes expired sessions and keeps live ones", async () => {
    const { user } = await createCandidate("sessions@exemple.ca");
    const asRequest = (cookie: string) =>
      new Request("http://chevronne.test/", { headers: { Cookie: cookie.split(";")[0] } });
    const liveCookie = await createSession(user.id);
    const expiredCookie = await createSession(user.id);
    const expiredHash = await sessionTokenHash(asRequest(expiredCookie));
    await db.session.update({ where: { tokenHash: expiredHash! }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await pruneExpiredSessions()).toBe(1);
    expect((await db.session.findMany()).map((session) => session.tokenHash)).toEqual([
      await sessionTokenHash(asRequest(liveCookie)),
    ]);
    expect((await getUser(asRequest(liveCookie)))?.id).toBe(user.id);
    expect(await getUser(asRequest(expiredCookie))).toBeNull();
  });
});
