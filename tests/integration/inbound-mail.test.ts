import nodemailer from "nodemailer";
import type Mail from "nodemailer/lib/mailer";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import {
  replyAddress,
  startInboundMailListener,
  tokenFromAddress,
  type InboundReply,
} from "~/modules/email/inbound.server";

const DOMAIN = "reponses.chevronne.test";
const TOKEN = "0123456789abcdef0123456789abcdef01234567";
const OTHER_TOKEN = "fedcba9876543210fedcba9876543210fedcba98";

let listener: { port: number; close(): Promise<void> };
let received: InboundReply[];
let failNextReplies: number;

beforeAll(async () => {
  listener = await startInboundMailListener({
    port: 0,
    host: "127.0.0.1",
    domain: DOMAIN,
    async onReply(reply) {
      if (failNextReplies > 0) {
        failNextReplies--;
        throw new Error("database is locked");
      }
      received.push(reply);
    },
  });
});
afterAll(() => listener.close());
beforeEach(() => {
  received = [];
  failNextReplies = 0;
});

function send(message: Mail.Options) {
  const transport = nodemailer.createTransport({
    host: "127.0.0.1",
    port: listener.port,
    secure: false,
    ignoreTLS: true,
  });
  return transport.sendMail({
    from: "Louise Tremblay <Louise.Tremblay@Exemple.CA>",
    subject: "RE: Entretien",
    ...message,
  });
}

async function refusal(message: Mail.Options): Promise<number | undefined> {
  const error: unknown = await send(message).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(Error);
  return (error as { responseCode?: number }).responseCode;
}

describe("reply addresses", () => {
  it("carries the interview token and reads it back whatever the case", () => {
    expect(replyAddress(TOKEN, DOMAIN)).toBe(`rdv+${TOKEN}@${DOMAIN}`);
    expect(tokenFromAddress(`RDV+${TOKEN.toUpperCase()}@Reponses.Chevronne.TEST`, DOMAIN)).toBe(TOKEN);
  });

  it("refuses other addresses and malformed tokens", () => {
    expect(tokenFromAddress(`rdv+${TOKEN}@elsewhere.test`, DOMAIN)).toBeNull();
    expect(tokenFromAddress(`rdv+${TOKEN}@x${DOMAIN}`, DOMAIN)).toBeNull();
    expect(tokenFromAddress(`contact@${DOMAIN}`, DOMAIN)).toBeNull();
    expect(tokenFromAddress(`rdv+${TOKEN.slice(1)}@${DOMAIN}`, DOMAIN)).toBeNull();
    expect(tokenFromAddress(`rdv+${TOKEN.slice(1)}g@${DOMAIN}`, DOMAIN)).toBeNull();
    expect(tokenFromAddress(`rdv+${TOKEN}+x@${DOMAIN}`, DOMAIN)).toBeNull();
  });
});

describe("inbound mail listener", () => {
  it("hands a reply to onReply with its token, sender, text and subject", async () => {
    const text = "Le 2, merci !\n\nLe lun. 14 sept. 2027 à 10:00, Chevronné <rdv@chevronne.ca> a écrit :\n> 1. mardi";
    await send({
      to: replyAddress(TOKEN, DOMAIN).toUpperCase(),
      subject: "RE: Entretien : choisissez un créneau",
      text,
      messageId: "<reply-1@exemple.ca>",
    });
    expect(received).toEqual([
      {
        token: TOKEN,
        from: "louise.tremblay@exemple.ca",
        text,
        subject: "RE: Entretien : choisissez un créneau",
        messageId: "<reply-1@exemple.ca>",
        calendar: null,
      },
    ]);
  });

  it("passes on the calendar answer a calendar program sends (text/calendar; method=REPLY), whatever else the message holds", async () => {
    const ics =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:abc@chevronne.test\r\nATTENDEE;PARTSTAT=DECLINED:mailto:louise.tremblay@exemple.ca\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    await send({
      to: replyAddress(TOKEN, DOMAIN),
      text: "Louise Tremblay a refusé cette invitation.",
      icalEvent: { method: "REPLY", content: ics },
    });
    expect(received).toHaveLength(1);
    expect(received[0].calendar).toBe(ics);
    expect(received[0].text).toBe("Louise Tremblay a refusé cette invitation.");
  });

  it("reads an HTML-only reply as text", async () => {
    await send({
      to: replyAddress(TOKEN, DOMAIN),
      html: "<html><head><style>p { color: red; }</style></head><body><p>Option&nbsp;2</p><p>Merci&#160;!</p></body></html>",
    });
    expect(received).toHaveLength(1);
    expect(received[0].text.replace(/\u00a0/g, " ")).toBe("Option 2\nMerci !");
  });

  it("refuses an unknown recipient with 550", async () => {
    expect(await refusal({ to: `contact@${DOMAIN}`, text: "2" })).toBe(550);
    expect(await refusal({ to: `rdv+${TOKEN}@other.test`, text: "2" })).toBe(550);
    expect(received).toHaveLength(0);
  });

  it("takes one interview per message and defers a second token with 452", async () => {
    const info = await send({ to: [replyAddress(TOKEN, DOMAIN), replyAddress(OTHER_TOKEN, DOMAIN)], text: "2" });
    expect(info.accepted).toEqual([replyAddress(TOKEN, DOMAIN)]);
    expect(info.rejected).toEqual([replyAddress(OTHER_TOKEN, DOMAIN)]);
    expect(info.rejectedErrors?.[0]).toMatchObject({ responseCode: 452 });
    expect(received.map((reply) => reply.token)).toEqual([TOKEN]);
  });

  it("refuses a message over 256 KB with 552", async () => {
    expect(await refusal({ to: replyAddress(TOKEN, DOMAIN), text: "2\n" + "x".repeat(300 * 1024) })).toBe(552);
    expect(received).toHaveLength(0);
  });

  it("answers 451 when onReply fails, so that the sender retries, and accepts the retry", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    failNextReplies = 1;
    const message = { to: replyAddress(TOKEN, DOMAIN), text: "2", messageId: "<retry@exemple.ca>" };
    expect(await refusal(message)).toBe(451);
    expect(received).toHaveLength(0);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();

    await send(message);
    expect(received).toMatchObject([{ token: TOKEN, text: "2", messageId: "<retry@exemple.ca>" }]);
  });
});
