// Where delivered emails go: a real SMTP server (SMTP_URL), or in demo mode the development mailbox at /dev/mail.
// Neither may read a local file or fetch a URL into a message: everything a message holds is in its outbox row.
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db } from "~/db.server";
import { env } from "~/env.server";

export type DeliveredMessage = { outboxId: string; toAddress: string; subject: string; message: Mail.Options };
export type EmailTransport = { deliver(message: DeliveredMessage): Promise<void> };
export type SmtpTransport = EmailTransport & { close(): void };

const sealed = { disableFileAccess: true, disableUrlAccess: true };

/** How many messages one worker hands the relay at once, each on a pooled connection of its own. */
export const smtpConnections = 5;

export function smtpTransport(url: string): SmtpTransport {
  const transporter = nodemailer.createTransport({
    url,
    ...sealed,
    // a few connections, each reused for many messages, instead of one connection (and one login) per message
    pool: true,
    maxConnections: smtpConnections,
    maxMessages: 100,
    // a relay that does not answer is known within a minute, well inside the outbox's claim (worker.server.ts)
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  return {
    async deliver({ message }) {
      await transporter.sendMail(message);
    },
    close: () => transporter.close(),
  };
}

/** Builds the real MIME message with nodemailer and keeps it in the database instead of sending it. */
export function devMailboxTransport(): EmailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix", ...sealed });
  return {
    async deliver({ outboxId, toAddress, subject, message }) {
      const info = await builder.sendMail(message);
      const raw = (info.message as Buffer).toString("utf8");
      await db.devMailMessage.upsert({
        where: { outboxId },
        create: { outboxId, toAddress, subject, raw },
        update: {},
      });
    },
  };
}

export function configuredTransport(): EmailTransport {
  if (env.smtpUrl) return smtpTransport(env.smtpUrl);
  if (env.isProduction) throw new Error("SMTP_URL is required in production");
  return devMailboxTransport();
}
