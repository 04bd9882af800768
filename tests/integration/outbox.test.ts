import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { smtpTransport, type EmailTransport } from "~/modules/email/transport.server";
import { claimMs, deliverDueEmails, retryDelaysMs } from "~/modules/email/worker.server";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  smtp.messages.length = 0;
  smtp.refuseWith(null);
});

function queueSignInEmail(to: string, locale: "fr" | "en" = "fr") {
  return db.$transaction((tx) =>
    sendEmail(tx, {
      to,
      toName: "Gisèle Tremblay",
      locale,
      template: "signIn",
      params: {
        name: "Gisèle",
        link: "http://chevronne.test/signin/link?token=abc",
        code: "123456",
        minutes: 15,
        isNewAccount: false,
      },
    }),
  );
}

describe("outbox", () => {
  it("writes the email in the caller's transaction: a rolled-back change sends nothing", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await sendEmail(tx, {
          to: "rollback@exemple.ca",
          toName: "",
          locale: "fr",
          template: "noAccount",
          params: { signUpLink: "http://chevronne.test/signup" },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxEmail.count()).toBe(0);
  });

  it("retries a temporary refusal later and then delivers exactly once", async () => {
    const now = new Date("2027-03-01T15:00:00Z");
    const row = await queueSignInEmail("gisele@exemple.ca");

    smtp.refuseWith(421);
    expect(await deliverDueEmails(smtpTransport(smtp.url), now)).toBe(1);
    let stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("pending");
    expect(stored.attempts).toBe(1);
    expect(stored.nextAttemptAt.getTime()).toBe(now.getTime() + retryDelaysMs[0]);
    expect(smtp.messages).toHaveLength(0);

    smtp.refuseWith(null);
    expect(await deliverDueEmails(smtpTransport(smtp.url), now)).toBe(0);
    const later = new Date(now.getTime() + retryDelaysMs[0] + 1000);
    expect(await deliverDueEmails(smtpTransport(smtp.url), later)).toBe(1);
    expect(await deliverDueEmails(smtpTransport(smtp.url), new Date(later.getTime() + 86_400_000))).toBe(0);

    stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("sent");
    expect(stored.attempts).toBe(2);
    expect(smtp.messages).toHaveLength(1);
    const mail = smtp.messages[0];
    expect(mail.messageId).toBe(row.messageId);
    expect(mail.subject).toBe("Votre code de connexion Chevronné : 123456");
    expect(mail.text).toContain("http://chevronne.test/signin/link?token=abc");
    expect(mail.html).toContain('href="http://chevronne.test/signin/link?token=abc"');
    expect(mail.headers.get("content-language")).toBe("fr");
  });

  it("marks a permanent refusal (5xx) as failed without retrying", async () => {
    const row = await queueSignInEmail("nobody@exemple.ca");
    smtp.refuseWith(550);
    await deliverDueEmails(smtpTransport(smtp.url));
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.status).toBe("failed");
    expect(stored.lastError).toMatch(/550|unavailable/i);
    smtp.refuseWith(null);
    expect(await deliverDueEmails(smtpTransport(smtp.url), new Date(Date.now() + 86_400_000))).toBe(0);
    expect(smtp.messages).toHaveLength(0);
  });

  it("never delivers one row twice when two workers run at the same moment", async () => {
    await queueSignInEmail("once@exemple.ca");
    await queueSignInEmail("twice@exemple.ca", "en");
    const transport = smtpTransport(smtp.url);
    const tried = await Promise.all([
      deliverDueEmails(transport),
      deliverDueEmails(transport),
      deliverDueEmails(transport),
    ]);
    expect(tried.reduce((a, b) => a + b, 0)).toBe(2);
    expect(smtp.messages.map((mail) => mail.subject).sort()).toEqual([
      "Votre code de connexion Chevronné : 123456",
      "Your Chevronné sign-in code: 123456",
    ]);
  });

  it("sends each of many messages exactly once when two workers deliver at the same time", async () => {
    const queued = await Promise.all(
      Array.from({ length: 20 }, (_, index) => queueSignInEmail(`personne${index}@exemple.ca`)),
    );
    const transport = smtpTransport(smtp.url);
    const worker = async () => {
      let tried = 0;
      for (
        let batch = await deliverDueEmails(transport, new Date(), 4);
        batch > 0;
        batch = await deliverDueEmails(transport, new Date(), 4)
      )
        tried += batch;
      return tried;
    };
    const tried = await Promise.all([worker(), worker()]);
    expect(tried[0] + tried[1]).toBe(20);
    expect(tried.every((count) => count > 0)).toBe(true); // both took part
    const received = smtp.messages.map((mail) => mail.messageId).sort();
    expect(received).toEqual(queued.map((row) => row.messageId).sort());
    expect(await db.outboxEmail.count({ where: { status: "sent", attempts: 1 } })).toBe(20);
  });

  it("retries a message whose worker died between its claim and the send, once the claim has expired", async () => {
    const row = await queueSignInEmail("crash@exemple.ca");
    const now = new Date();
    const diesWhileSending: EmailTransport = { deliver: () => new Promise(() => {}) };
    void deliverDueEmails(diesWhileSending, now);
    await expect
      .poll(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).status)
      .toBe("sending");

    const transport = smtpTransport(smtp.url);
    expect(await deliverDueEmails(transport, new Date(now.getTime() + claimMs - 1000))).toBe(0);
    expect(await deliverDueEmails(transport, new Date(now.getTime() + claimMs + 1000))).toBe(1);
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 2 });
    expect(smtp.messages.map((mail) => mail.messageId)).toEqual([row.messageId]);
  });

  it("lets a worker whose claim expired and was taken over finish without overwriting the new claimant's outcome", async () => {
    const row = await queueSignInEmail("slow@exemple.ca");
    const now = new Date();
    let refuseLate!: () => void;
    const slowThenRefused: EmailTransport = {
      deliver: () =>
        new Promise(
          (_resolve, reject) =>
            (refuseLate = () => reject(Object.assign(new Error("Try again later"), { responseCode: 421 }))),
        ),
    };
    const slow = deliverDueEmails(slowThenRefused, now);
    await expect
      .poll(async () => (await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).status)
      .toBe("sending");

    const later = new Date(now.getTime() + claimMs + 1000);
    expect(await deliverDueEmails(smtpTransport(smtp.url), later)).toBe(1);
    refuseLate();
    expect(await slow).toBe(1);

    // the slow worker's "try again later" does not put the sent message back in the queue
    const stored = await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(await deliverDueEmails(smtpTransport(smtp.url), new Date(later.getTime() + 86_400_000))).toBe(0);
    expect(smtp.messages).toHaveLength(1);
  });

  it("refuses a recipient name that would break a header", async () => {
    await db.$transaction((tx) =>
      sendEmail(tx, {
        to: "header@exemple.ca",
        toName: "Eve\r\nBcc: victim@exemple.ca",
        locale: "en",
        template: "noAccount",
        params: { signUpLink: "http://chevronne.test/signup" },
      }),
    );
    await deliverDueEmails(smtpTransport(smtp.url));
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0].headers.get("bcc")).toBeUndefined();
    await expect(
      db.$transaction((tx) =>
        sendEmail(tx, {
          to: "not-an-address",
          toName: "",
          locale: "en",
          template: "noAccount",
          params: { signUpLink: "x" },
        }),
      ),
    ).rejects.toThrow();
  });
});
