// The development mailbox: in demo mode, delivered emails are kept and read back here with mailparser, for an hour
// (retention.server.ts); then only the subject without its secret, the recipient and the date remain.
// In production it does not exist (every route answers 404), and in demo mode it answers only to this computer: it
// shows every sign-in code.
import type { AppLoadContext } from "@remix-run/node";
import { simpleParser } from "mailparser";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { NotFoundError } from "~/modules/errors";
import { isLoopbackClient } from "~/modules/security/client.server";

export function requireDevMailbox({ request, context }: { request: Request; context: AppLoadContext }) {
  if (env.isProduction || !isLoopbackClient(request, context)) throw new NotFoundError();
}

export function listDevMail() {
  return db.devMailMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, toAddress: true, subject: true, createdAt: true },
  });
}

async function stored(id: string) {
  const message = await db.devMailMessage.findUnique({
    where: { id },
    include: { outbox: { select: { locale: true } } },
  });
  if (!message) throw new NotFoundError();
  return message;
}

async function parsed(id: string) {
  return simpleParser((await stored(id)).raw);
}

export async function readDevMail(id: string) {
  const message = await stored(id);
  if (message.raw === "") {
    // trimmed an hour after delivery (retention.server.ts): only what the list shows is left
    const { subject, toAddress, createdAt, outbox } = message;
    return {
      id,
      subject,
      from: "",
      to: toAddress,
      date: createdAt.toISOString(),
      language: outbox.locale,
      text: "",
      html: "",
      attachments: [],
      trimmed: true,
    };
  }
  const mail = await simpleParser(message.raw);
  return {
    id,
    trimmed: false,
    subject: mail.subject ?? "",
    from: mail.from?.text ?? "",
    to: Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? ""),
    date: mail.date?.toISOString() ?? null,
    language: mail.headers.get("content-language")?.toString() ?? "fr",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    attachments: mail.attachments.map((file, index) => ({
      index,
      // a calendar invitation is the message's text/calendar alternative, which has no file name of its own
      filename: file.filename ?? (file.contentType === "text/calendar" ? "invitation.ics" : `attachment-${index + 1}`),
      contentType: file.contentType,
      size: file.size,
    })),
  };
}

export async function devMailAttachment(id: string, index: number) {
  const file = (await parsed(id)).attachments[index];
  if (!file) throw new NotFoundError();
  return file;
}
