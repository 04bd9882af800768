// Replies to interview emails and calendar invitations, received over SMTP. Each candidate email's Reply-To, and the ORGANIZER
// of each calendar file, is rdv+<token>@<domain>: the listener accepts mail for such addresses only and hands each
// message (its words, and the calendar answer it carries, if any) to onReply. When onReply fails, the message is
// answered 451 (temporary) so that the sending server keeps it and tries again later, rather than it being lost;
// when onReply answers "limited" (the interview has had its replies for the day), 450 does the same.
import { simpleParser, type ParsedMail } from "mailparser";
import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from "smtp-server";

export type InboundReply = {
  token: string;
  from: string;
  text: string;
  subject: string;
  messageId: string | null;
  /** the iCalendar text a calendar program sent (its REPLY to a calendar invitation), or null */
  calendar: string | null;
};

export type InboundMailListenerOptions = {
  port: number;
  host: string;
  domain: string;
  /** "limited" refuses the message for now; any other answer accepts it */
  onReply: (reply: InboundReply) => Promise<string | void>;
};

const TOKEN_PATTERN = /^[a-f0-9]{40}$/;
const ADDRESS_PREFIX = "rdv+";
const MAX_MESSAGE_BYTES = 256 * 1024;

export function replyAddress(token: string, domain: string): string {
  return `${ADDRESS_PREFIX}${token}@${domain}`;
}

/** The token of an rdv+<token>@<domain> address, or null for any other address. */
export function tokenFromAddress(address: string, domain: string): string | null {
  const lowered = address.toLowerCase();
  const suffix = `@${domain.toLowerCase()}`;
  if (!lowered.startsWith(ADDRESS_PREFIX) || !lowered.endsWith(suffix)) return null;
  const token = lowered.slice(ADDRESS_PREFIX.length, -suffix.length);
  return TOKEN_PATTERN.test(token) ? token : null;
}

function smtpError(message: string, responseCode: number): Error {
  return Object.assign(new Error(message), { responseCode });
}

/** The whole message, or null when it is over the size limit (the rest is still read, as SMTP requires). */
async function readMessage(stream: SMTPServerDataStream): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes <= MAX_MESSAGE_BYTES) chunks.push(chunk);
  }
  return stream.sizeExceeded ? null : Buffer.concat(chunks);
}

/** A crude text version of an HTML-only message: tags dropped, block ends as line breaks, common entities decoded. */
function htmlToText(html: string): string {
  const entities: Record<string, string> = { nbsp: "\u00a0", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return (
    html
      // [^<]* rather than a lazy match to the closing tag, so that an unclosed <style> cannot make this quadratic.
      .replace(/<(style|script)\b[^>]*>[^<]*<\/\1\s*>/gi, "")
      .replace(/<br\s*\/?>|<\/(p|div|li|tr|h[1-6]|blockquote)\s*>/gi, "\n")
      .replace(/<[^>]*>/g, "")
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name.startsWith("#")) {
          const codePoint = name[1].toLowerCase() === "x" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
          return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
        }
        return entities[name.toLowerCase()] ?? entity;
      })
  );
}

/** The first calendar part of a message: a text/calendar alternative or an .ics attachment (mailparser lists both). */
function calendarPart(mail: ParsedMail): string | null {
  const part = mail.attachments.find(
    (file) =>
      file.contentType === "text/calendar" ||
      file.contentType === "application/ics" ||
      /\.ics$/i.test(file.filename ?? ""),
  );
  return part ? part.content.toString("utf8") : null;
}

function toReply(mail: ParsedMail, token: string, session: SMTPServerSession): InboundReply {
  const envelopeSender = session.envelope.mailFrom ? session.envelope.mailFrom.address : "";
  const text = mail.text?.trim() ? mail.text : mail.html ? htmlToText(mail.html) : "";
  return {
    token,
    from: (mail.from?.value[0]?.address ?? envelopeSender).toLowerCase(),
    text: text.trim(),
    subject: mail.subject ?? "",
    messageId: mail.messageId ?? null,
    calendar: calendarPart(mail),
  };
}

export async function startInboundMailListener(
  options: InboundMailListenerOptions,
): Promise<{ port: number; close(): Promise<void> }> {
  const { domain, onReply } = options;
  const envelopeToken = (session: SMTPServerSession) => {
    const [firstRecipient] = session.envelope.rcptTo;
    return firstRecipient ? tokenFromAddress(firstRecipient.address, domain) : null;
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: MAX_MESSAGE_BYTES,
    onRcptTo(address, session, callback) {
      const token = tokenFromAddress(address.address, domain);
      if (!token) return callback(smtpError("No such recipient", 550));
      // One interview per message. 452 is the "too many recipients" answer (RFC 5321 4.5.3.1.10): the sending
      // server delivers the other address in a separate transaction, which then reaches its own interview.
      const acceptedToken = envelopeToken(session);
      if (acceptedToken && acceptedToken !== token) {
        return callback(smtpError("One interview per message, send the others separately", 452));
      }
      callback();
    },
    onData(stream, session, callback) {
      receive(stream, session).then(() => callback(), callback);
    },
  });

  async function receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const raw = await readMessage(stream);
    if (!raw) throw smtpError(`Message too big (limit ${MAX_MESSAGE_BYTES} bytes)`, 552);
    const token = envelopeToken(session);
    if (!token) throw smtpError("No such recipient", 550); // not reached: onRcptTo accepts token addresses only
    let answer: string | void;
    try {
      const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
      answer = await onReply(toReply(mail, token, session));
    } catch (error) {
      console.error(
        "[inbound] reply not handled, the sender will retry:",
        error instanceof Error ? error.message : error,
      );
      throw smtpError("Temporary failure, please try again later", 451);
    }
    // 450: "temporarily blocked for policy reasons" (RFC 5321 4.2.2)
    if (answer === "limited") throw smtpError("Too many replies to this interview today, please try again later", 450);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  // A client that drops its connection is reported as a server error: log it, it must not take the app down.
  server.on("error", (error) => console.error("[inbound] SMTP error:", error.message));

  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
