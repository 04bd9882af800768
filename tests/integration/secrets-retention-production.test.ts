// In production there is no demo mailbox to feed: an email's body is erased as soon as its fate is known.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

Object.assign(process.env, {
  CHEVRONNE_MODE: "production",
  SMTP_URL: "smtp://127.0.0.1:1",
  SESSION_SECRET: "p".repeat(48),
  APP_URL: "https://chevronne.example",
  PRIVACY_OFFICER_NAME: "Hélène Fortin",
  PRIVACY_OFFICER_TITLE: "Responsable de la protection des renseignements personnels",
  PRIVACY_OFFICER_EMAIL: "vie-privee@exemple.ca",
});

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());

describe("an email's body in production", () => {
  it("is erased when the email is sent, refused or withdrawn, leaving no usable sign-in link or code", async () => {
    const { db } = await import("~/db.server");
    const { requestSignIn } = await import("~/modules/auth/sign-in.server");
    const { sendEmail, withdrawPendingEmails } = await import("~/modules/email/outbox.server");
    const { smtpTransport } = await import("~/modules/email/transport.server");
    const { deliverDueEmails } = await import("~/modules/email/worker.server");
    await db.user.create({ data: { email: "prod@exemple.ca", name: "Prod", kind: "candidate" } });
    await requestSignIn({ email: "prod@exemple.ca", locale: "fr" });
    const signIn = await db.outboxEmail.findFirstOrThrow({ where: { template: "signIn" } });
    const token = signIn.text.match(/token=([\w-]+)/)?.[1] ?? "";
    const code = signIn.text.match(/\b(\d{6})\b/)?.[1] ?? "";
    const queueNoAccount = (to: string, topic?: string) =>
      db.$transaction((tx) =>
        sendEmail(tx, {
          to,
          toName: "",
          locale: "fr",
          template: "noAccount",
          params: { signUpLink: "https://chevronne.example/signup" },
          topic,
        }),
      );
    const withdrawn = await queueNoAccount("retire@exemple.ca", "rappel");
    await db.$transaction((tx) => withdrawPendingEmails(tx, "rappel"));

    const transport = smtpTransport(smtp.url);
    try {
      await deliverDueEmails(transport, new Date());
      smtp.refuseWith(550, "5.7.1 Refused by policy");
      const refused = await queueNoAccount("refuse@exemple.ca");
      await deliverDueEmails(transport, new Date());
      expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("failed");
    } finally {
      transport.close();
    }
    expect(smtp.messages[0].text).toContain(code);

    const rows = await db.outboxEmail.findMany();
    expect(rows.map((row) => row.status).sort()).toEqual(["failed", "sent", "withdrawn"]);
    for (const row of rows)
      expect(row).toMatchObject({ text: "", html: "", attachments: "[]", trimmedAt: expect.any(Date) });
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(rows.find((row) => row.id === withdrawn.id)?.status).toBe("withdrawn");
  });
});
