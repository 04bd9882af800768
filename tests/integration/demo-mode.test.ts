// Demo mode is safe by default (issue 11, item 3): the demo mailbox, which shows every sign-in code, answers only to
// this computer, and every page says it is a demonstration.
import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { isLoopbackClient } from "~/modules/security/client.server";
import { translate } from "~/modules/i18n/translate";
import { loader as rootLoader } from "~/root";
import { loader as messageLoader } from "~/routes/dev.mail.$id";
import { loader as htmlLoader } from "~/routes/dev.mail.$id.html";
import { loader as attachmentLoader } from "~/routes/dev.mail.$id.attachments.$index";
import { loader as listLoader } from "~/routes/dev.mail._index";

const mailboxRequest = (path = "/dev/mail", headers: Record<string, string> = {}) =>
  new Request(`http://chevronne.test${path}`, { headers });

async function status(run: () => Promise<unknown>): Promise<number> {
  try {
    const result = await run();
    return result instanceof Response ? result.status : 200;
  } catch (thrown) {
    if (thrown instanceof Response) return thrown.status;
    throw thrown;
  }
}

describe("the demo mailbox", () => {
  it("answers to this computer, over IPv4, IPv6 and IPv4 mapped in IPv6", async () => {
    for (const clientAddress of ["127.0.0.1", "::1", "::ffff:127.0.0.1", "127.0.0.53"]) {
      expect(
        await status(() => listLoader({ request: mailboxRequest(), params: {}, context: { clientAddress } })),
      ).toBe(200);
    }
  });

  it("answers 404 to every other client, on every mailbox page, even for a message that exists", async () => {
    const outbox = await db.outboxEmail.create({
      data: {
        messageId: "<demo-mode@chevronne.test>",
        toAddress: "lise@exemple.ca",
        locale: "fr",
        template: "signIn",
        subject: "Code",
        text: "123456",
        html: "<p>123456</p>",
      },
    });
    const message = await db.devMailMessage.create({
      data: {
        outboxId: outbox.id,
        toAddress: "lise@exemple.ca",
        subject: "Code",
        raw: "Subject: Code\r\nContent-Type: text/plain\r\n\r\nVotre code : 123456\r\n",
      },
    });
    const local = { clientAddress: "127.0.0.1" };
    expect(
      await status(() =>
        messageLoader({
          request: mailboxRequest(`/dev/mail/${message.id}`),
          params: { id: message.id },
          context: local,
        }),
      ),
    ).toBe(200);

    for (const clientAddress of ["192.0.2.10", "10.0.0.5", "2001:db8::7", "::ffff:192.0.2.10"]) {
      const context = { clientAddress };
      expect(await status(() => listLoader({ request: mailboxRequest(), params: {}, context }))).toBe(404);
      expect(
        await status(() =>
          messageLoader({ request: mailboxRequest(`/dev/mail/${message.id}`), params: { id: message.id }, context }),
        ),
      ).toBe(404);
      expect(
        await status(() =>
          htmlLoader({ request: mailboxRequest(`/dev/mail/${message.id}/html`), params: { id: message.id }, context }),
        ),
      ).toBe(404);
      expect(
        await status(() =>
          attachmentLoader({
            request: mailboxRequest(`/dev/mail/${message.id}/attachments/0`),
            params: { id: message.id, index: "0" },
            context,
          }),
        ),
      ).toBe(404);
    }
  });

  it("answers 404 when a proxy on this computer forwards someone else's request", async () => {
    const forwarded = mailboxRequest("/dev/mail", { "X-Forwarded-For": "198.51.100.4" });
    expect(
      await status(() => listLoader({ request: forwarded, params: {}, context: { clientAddress: "127.0.0.1" } })),
    ).toBe(404);
    const rfc7239 = mailboxRequest("/dev/mail", { Forwarded: 'for="[2001:db8::1]";proto=https' });
    expect(await status(() => listLoader({ request: rfc7239, params: {}, context: { clientAddress: "::1" } }))).toBe(
      404,
    );
  });

  it("behind TRUST_PROXY, counts the forwarded address: a remote client is refused, a local one through the proxy is not", () => {
    const settings = { trustedProxies: 1, exempt: [] };
    const via = (forwardedFor: string) => mailboxRequest("/dev/mail", { "X-Forwarded-For": forwardedFor });
    expect(isLoopbackClient(via("203.0.113.8"), { clientAddress: "127.0.0.1" }, settings)).toBe(false);
    // what the client wrote itself, left of the proxy's entry, is never believed
    expect(isLoopbackClient(via("127.0.0.1, 203.0.113.8"), { clientAddress: "127.0.0.1" }, settings)).toBe(false);
    expect(isLoopbackClient(via("127.0.0.1"), { clientAddress: "127.0.0.1" }, settings)).toBe(true);
    expect(isLoopbackClient(via("127.0.0.1"), { clientAddress: "192.0.2.1" }, settings)).toBe(false);
  });
});

describe("the demonstration banner", () => {
  it("is on in demo mode, in plain French and English", async () => {
    const data = await rootLoader({
      request: new Request("http://chevronne.test/"),
      params: {},
      context: { clientAddress: "127.0.0.1" },
    });
    expect(data.demo).toBe(true);
    expect(data.devMailbox).toBe(true);
    // no link to the demo mailbox for anyone it would answer 404
    const remote = await rootLoader({
      request: new Request("http://chevronne.test/"),
      params: {},
      context: { clientAddress: "192.0.2.10" },
    });
    expect(remote.demo).toBe(true);
    expect(remote.devMailbox).toBe(false);
    expect(translate("fr", "demo.banner")).toBe(
      "Ceci est une démonstration : les comptes et les missions sont fictifs, n’y mettez pas de vraies données.",
    );
    expect(translate("en", "demo.banner")).toBe(
      "This is a demonstration: the accounts and missions are made up, so do not enter real information.",
    );
  });
});
