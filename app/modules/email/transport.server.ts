// Where delivered emails go: a real SMTP server (SMTP_URL), or in demo mode the development mailbox at /dev/mail.
import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { db } from "~/db.server";
import { env } from "~/env.server";

export type DeliveredMessage = { outboxId: string; toAddress: string; subject: string; message: Mail.Options };
export type EmailTransport = { deliver(message: DeliveredMessage): Promise<void> };

export function smtpTransport(url: string): EmailTransport {
  const transporter = nodemailer.createTransport(url);
  return {
    async deliver({ message }) {
      await transporter.sendMail(message);
    },
  };
}

/** Builds the real MIME message with nodemailer and keeps it in the database instead of sending it. */
export function devMailboxTransport(): EmailTransport {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async deliver({ outboxId, toAddress, subject, message }) {
      const info = await builder.sendMail(message);
      const raw = (info.message as Buffer).toString("utf8");
      await db.devMailMessage.upsert({ where: { outboxId }, create: { outboxId, toAddress, subject, raw }, update: {} });
    },
  };
}

export function configuredTransport(): EmailTransport {
  if (env.smtpUrl) return smtpTransport(env.smtpUrl);
  if (env.isProduction) throw new Error("SMTP_URL is required in production");
  return devMailboxTransport();
}
