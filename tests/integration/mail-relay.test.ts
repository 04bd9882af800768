// Email through the relay's bad days: a relay that refuses us (wrong password, down, TLS) pauses sending for every
// process and keeps every email; a recipient that bounces is not mailed again until confirmed; urgent email first;
// pooled connections; no local file or URL reaches a message.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { requestSignIn, signInWithCode } from "~/modules/auth/sign-in.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { smtpTransport, type SmtpTransport } from "~/modules/email/transport.server";
import { pauseDelaysMs } from "~/modules/email/relay-pause.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { loader as applicationLoader } from "~/routes/employer.applications.$id";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let smtp: TestSmtpServer;
const transports: SmtpTransport[] = [];

/** A pooled transport to the test server, closed after the test. */
function transportTo(url = smtp.url) {
  const transport = smtpTransport(url);
  transports.push(transport);
  return transport;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  await db.outboxEmail.deleteMany();
  await db.mailRelayPause.deleteMany();
  await db.refusedAddress.deleteMany();
  smtp.messages.length = 0;
  smtp.refuseWith(null);
  smtp.requirePassword(null);
});
afterEach(() => {
  for (const transport of transports.splice(0)) transport.close();
  vi.restoreAllMocks();
});

function queueNoAccountEmail(to: string) {
  return db.$transaction((tx) =>
    sendEmail(tx, {
      to,
      toName: "",
      locale: "fr",
      template: "noAccount",
      params: { signUpLink: "http://chevronne.test/signup" },
    }),
  );
}

function queueAlert(to: string) {
  return db.$transaction((tx) =>
    sendEmail(tx, {
      to,
      toName: "",
      locale: "fr",
      template: "searchAlert",
      params: {
        name: "Yvon",
        missions: [
          { title: "Accueil", employerName: "Musée", town: "Saguenay", url: "http://chevronne.test/missions/1" },
        ],
        searchUrl: "http://chevronne.test/missions",
        unsubscribeUrl: "http://chevronne.test/alerts/unsubscribe",
        frequency: "daily",
      },
    }),
  );
}

/** Runs the worker at `now` until it finds nothing more to send. */
async function deliverAll(transport: SmtpTransport, now: Date) {
  let tried = 0;
  for (let batch = await deliverDueEmails(transport, now); batch > 0; batch = await deliverDueEmails(transport, now))
    tried += batch;
  return tried;
}

/** A local port where nothing listens. */
async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe("a relay that refuses us", () => {
  it("pauses sending for every process when our password is refused (535), keeps every email, alerts once, and resumes when the relay accepts", async () => {
    const alerts = vi.spyOn(console, "error").mockImplementation(() => {});
    const notes = vi.spyOn(console, "log").mockImplementation(() => {});
    smtp.requirePassword("le-bon");
    const wrongPassword = smtp.url.replace("smtp://", "smtp://chevronne:le-mauvais@");
    const queued = await Promise.all(["un", "deux", "trois"].map((name) => queueNoAccountEmail(`${name}@exemple.ca`)));
    const now = new Date("2027-03-01T15:00:00Z");

    await deliverDueEmails(transportTo(wrongPassword), now);
    const rows = await db.outboxEmail.findMany({ orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual([
      ["pending", 0],
      ["pending", 0],
      ["pending", 0],
    ]);
    expect(rows.some((row) => /535/.test(row.lastError ?? ""))).toBe(true);
    const pause = await db.mailRelayPause.findFirstOrThrow();
    expect(pause.pausedUntil.getTime()).toBe(now.getTime() + pauseDelaysMs[0]);

    // another process's worker sees the pause in the database and does not even connect
    const connectionsBefore = smtp.connections;
    expect(await deliverDueEmails(transportTo(wrongPassword), new Date(now.getTime() + 1000))).toBe(0);
    expect(smtp.connections).toBe(connectionsBefore);

    // once the pause is over, one email probes the relay: still refused, so the next pause is longer
    const probeAt = new Date(now.getTime() + pauseDelaysMs[0] + 1000);
    expect(await deliverDueEmails(transportTo(wrongPassword), probeAt)).toBe(1);
    const longer = await db.mailRelayPause.findFirstOrThrow();
    expect(longer.pausedUntil.getTime()).toBe(probeAt.getTime() + pauseDelaysMs[1]);
    expect(await db.outboxEmail.count({ where: { status: "pending", attempts: 0 } })).toBe(3);

    // one alert for the whole pause, whatever the number of emails, workers and probes
    const alertLines = alerts.mock.calls.map((call) => call.join(" ")).filter((line) => line.includes("ALERT"));
    expect(alertLines).toHaveLength(1);
    expect(alertLines[0]).toMatch(/535/);
    // neither the log nor the outbox holds the relay's password
    const logged = [...alerts.mock.calls, ...notes.mock.calls].flat().join(" ");
    expect(logged).not.toContain("le-mauvais");
    expect(
      JSON.stringify(await db.outboxEmail.findMany()) + JSON.stringify(await db.mailRelayPause.findMany()),
    ).not.toContain("le-mauvais");

    // the relay accepts again: the next probe goes through and everything waiting is sent, each once
    smtp.requirePassword(null);
    const resumeAt = new Date(probeAt.getTime() + pauseDelaysMs[1] + 1000);
    expect(await deliverAll(transportTo(wrongPassword), resumeAt)).toBe(3);
    expect(await db.mailRelayPause.count()).toBe(0);
    expect(smtp.messages.map((mail) => mail.messageId).sort()).toEqual(queued.map((row) => row.messageId).sort());
    expect(await db.outboxEmail.count({ where: { status: "sent", attempts: 1 } })).toBe(3);
    expect(notes.mock.calls.map((call) => call.join(" ")).some((line) => /resumed/i.test(line))).toBe(true);
  });

  it.each([
    ["nothing listens on the relay's port", async () => `smtp://127.0.0.1:${await closedPort()}`],
    ["TLS cannot be set up with the relay", async () => `smtps://127.0.0.1:${smtp.port}`],
  ])("pauses and keeps the email when %s", async (_case, relayUrl) => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    await queueNoAccountEmail("patience@exemple.ca");
    const now = new Date();
    await deliverDueEmails(transportTo(await relayUrl()), now);
    expect(await db.outboxEmail.findFirstOrThrow()).toMatchObject({ status: "pending", attempts: 0 });
    expect((await db.mailRelayPause.findFirstOrThrow()).pausedUntil.getTime()).toBe(now.getTime() + pauseDelaysMs[0]);
  });
});

describe("an address that refuses mail", () => {
  it("is marked after a hard bounce, gets nothing more, and is mailed again once the person signs in with a code sent to it", async () => {
    const { user } = await createCandidate("parti@exemple.ca");
    const transport = transportTo();
    smtp.refuseWith(550, "5.1.1 <parti@exemple.ca>: Recipient address rejected: User unknown");
    await queueNoAccountEmail(user.email);
    await deliverAll(transport, new Date());
    const bounced = await db.outboxEmail.findFirstOrThrow();
    expect(bounced.status).toBe("undeliverable");
    expect((await db.refusedAddress.findUniqueOrThrow({ where: { email: user.email } })).reply).toMatch(/550 5\.1\.1/);

    // the relay would take it now, but nothing more goes to that address
    smtp.refuseWith(null);
    const connectionsBefore = smtp.connections;
    const later = await queueAlert("Parti@Exemple.ca");
    await deliverAll(transport, new Date());
    expect(await db.outboxEmail.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({
      status: "undeliverable",
      attempts: 1,
    });
    expect(smtp.messages).toHaveLength(0);
    expect(smtp.connections).toBe(connectionsBefore);

    // except the sign-in code the person asks for: using it proves the address receives mail again
    const challengeId = await requestSignIn({ email: user.email, locale: "fr" });
    await deliverAll(transport, new Date());
    expect(smtp.messages).toHaveLength(1);
    const code = smtp.messages[0].text?.match(/\b(\d{6})\b/)?.[1] ?? "";
    expect((await signInWithCode(challengeId, code)).ok).toBe(true);
    expect(await db.refusedAddress.count()).toBe(0);
    await queueAlert(user.email);
    await deliverAll(transport, new Date());
    expect(smtp.messages).toHaveLength(2);
  });

  it("is shown to the employer beside the candidate and to the person on their account page", async () => {
    const { user, profile } = await createCandidate("rebond@exemple.ca");
    const { mission, employer } = await createEmployerWithMission();
    const application = await applyToMission({
      user,
      candidateId: profile.id,
      mission: { ...mission, employer },
      message: "",
      cv: null,
    });
    const recruiter = await db.user.create({
      data: {
        email: "rh@rebond.example",
        name: "RH",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "owner" } },
      },
    });
    const requestAs = async (userId: string, path: string) =>
      new Request(`http://chevronne.test${path}`, { headers: { Cookie: (await createSession(userId)).split(";")[0] } });
    const loadApplication = async () => {
      const page = await applicationLoader({
        request: await requestAs(recruiter.id, `/employer/applications/${application.id}`),
        params: { id: application.id },
        context: {},
      });
      if (page.anonymised !== null) throw new Error("the application is not anonymised");
      return page;
    };
    const loadAccount = async () =>
      accountLoader({ request: await requestAs(user.id, "/account"), params: {}, context: {} });
    expect((await loadApplication()).candidate.refusesMail).toBeNull();
    expect((await loadAccount()).refusesMail).toBeNull();

    smtp.refuseWith(550, "5.1.1 User unknown");
    await deliverAll(transportTo(), new Date());
    expect((await loadApplication()).candidate.refusesMail).toEqual({ since: expect.any(Date) });
    expect((await loadAccount()).refusesMail).toEqual({
      since: expect.any(Date),
      reply: expect.stringMatching(/550 5\.1\.1 User unknown/),
    });
  });

  it("is confirmed from the account page: a code goes to the address, and typing it clears the mark", async () => {
    const { user } = await createCandidate("corrige@exemple.ca");
    await db.refusedAddress.create({ data: { email: user.email, reply: "550 5.2.1 Mailbox disabled" } });
    const cookie = (await createSession(user.id)).split(";")[0];
    const body = new URLSearchParams({ intent: "check-address" });
    const answer = await accountAction({
      request: new Request("http://chevronne.test/account", {
        method: "POST",
        body,
        headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: {},
    }).catch((thrown: unknown) => thrown);
    expect(answer).toBeInstanceOf(Response);
    const codePage = new URL((answer as Response).headers.get("Location") ?? "", "http://chevronne.test");
    expect(codePage.pathname).toBe("/signin/code");

    await deliverAll(transportTo(), new Date());
    const code = smtp.messages[0].text?.match(/\b(\d{6})\b/)?.[1] ?? "";
    const signedIn = await signInWithCode(codePage.searchParams.get("c") ?? "", code);
    expect(signedIn).toMatchObject({ ok: true, redirectTo: "/account?saved=address" });
    expect(await db.refusedAddress.count()).toBe(0);
  });

  it("is not blamed for a refusal on policy grounds (5.7.x): that email fails, the address stays open", async () => {
    smtp.refuseWith(550, "5.7.1 Message refused by policy");
    const row = await queueNoAccountEmail("politique@exemple.ca");
    await deliverAll(transportTo(), new Date());
    expect((await db.outboxEmail.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("failed");
    expect(await db.refusedAddress.count()).toBe(0);
  });
});

describe("sending", () => {
  it("sends sign-in codes and interview emails before alerts, whatever their age", async () => {
    for (let index = 0; index < 5; index++) await queueAlert(`alerte${index}@exemple.ca`);
    await db.$transaction((tx) =>
      sendEmail(tx, {
        to: "presse@exemple.ca",
        toName: "",
        locale: "fr",
        template: "signIn",
        params: {
          name: "Lise",
          link: "http://chevronne.test/signin/link?token=t",
          code: "654321",
          minutes: 15,
          isNewAccount: false,
        },
      }),
    );
    expect(await deliverDueEmails(transportTo(), new Date(), 1)).toBe(1);
    expect(smtp.messages.map((mail) => mail.subject)).toEqual(["Votre code de connexion Chevronné : 654321"]);
  });

  it("reuses a few pooled connections for many emails", async () => {
    await Promise.all(Array.from({ length: 30 }, (_, index) => queueNoAccountEmail(`lot${index}@exemple.ca`)));
    const connectionsBefore = smtp.connections;
    expect(await deliverAll(transportTo(), new Date())).toBe(30);
    expect(smtp.messages).toHaveLength(30);
    expect(smtp.connections - connectionsBefore).toBeLessThanOrEqual(5);
  });

  it("cannot read a local file or fetch a URL into a message", async () => {
    const secret = http.createServer((_request, response) => response.end("secret from the network"));
    await new Promise<void>((resolve) => secret.listen(0, "127.0.0.1", resolve));
    const secretUrl = `http://127.0.0.1:${(secret.address() as AddressInfo).port}/`;
    try {
      const transport = transportTo();
      const send = (message: object) =>
        transport.deliver({
          outboxId: "x",
          toAddress: "cible@exemple.ca",
          subject: "Essai",
          message: { from: "a@chevronne.test", to: "cible@exemple.ca", subject: "Essai", text: "Bonjour", ...message },
        });
      await expect(send({ attachments: [{ filename: "passwd", path: "/etc/passwd" }] })).rejects.toThrow(
        /file access/i,
      );
      await expect(send({ attachments: [{ filename: "page", href: secretUrl }] })).rejects.toThrow(/url access/i);
      await expect(send({ text: { path: "/etc/passwd" } })).rejects.toThrow(/file access/i);
      await expect(send({ html: { href: secretUrl } })).rejects.toThrow(/url access/i);
      expect(smtp.messages).toHaveLength(0);
    } finally {
      secret.close();
    }
  });
});
