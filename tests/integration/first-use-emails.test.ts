// What first use showed about emails (issue 13, items 6 and 7; docs/decisions/0022-first-use-fixes.md), through real
// HTTP on the dev server and a real SMTP server:
// - a code asked for past the limit says that none was sent, and when to ask again, instead of "a code was just sent";
// - alert emails carry List-Unsubscribe and List-Unsubscribe-Post; the mail provider's one-click POST (no cookie, no
//   Origin) stops the alert; the unsubscribe page names the alert and speaks the email's language.
// APP_URL is an https address here, as in production: only an https address may promise the one-click POST.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.APP_URL = "https://chevronne.test";
});

import type { ParsedMail } from "mailparser";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { createAlert, sendDueAlerts } from "~/modules/candidates/alerts.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { action as addressAction } from "~/routes/account_.email";
import { languageCookie, startDevServer, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

let server: DevServer;
let smtp: TestSmtpServer;
beforeAll(async () => {
  [server, smtp] = await Promise.all([startDevServer(), startSmtpServer()]);
}, 60_000);
afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

type Answer = { status: number; html: string; location: string | null; retryAfter: string | null };

/** A form posted as a browser on our pages posts it (the dev server trusts the address it is reached at). */
async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body,
    redirect: "manual",
  });
  return {
    status: response.status,
    html: await response.text(),
    location: response.headers.get("Location"),
    retryAfter: response.headers.get("Retry-After"),
  };
}

describe("a code asked for past the limit", () => {
  it("says that none was sent and when the next one can be asked, never that a code was just sent", async () => {
    const { user } = await createCandidate(`codes.${Date.now()}@exemple.ca`);
    const setCookie = await createSession(user.id);
    const browser = { Cookie: setCookie.split(";")[0], Origin: server.url };
    let page = "/account/confirm?returnTo=%2Faccount";
    for (let asked = 1; asked <= 5; asked++) {
      const sent = await post(page, "intent=send-code&returnTo=%2Faccount", browser);
      expect(sent.status, `code ${asked}`).toBe(302);
      page = new URL(sent.location!, server.url).pathname + new URL(sent.location!, server.url).search;
    }
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "proofCode" } })).toBe(5);

    // the sixth, from the page that showed the fifth code
    const refused = await post(page, "intent=send-code&returnTo=%2Faccount", browser);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThan(3500);
    expect(await db.outboxEmail.count({ where: { toAddress: user.email, template: "proofCode" } })).toBe(5);
    expect(refused.html).not.toContain("Un code vient d’être envoyé");
    expect(refused.html).toMatch(
      /Vous avez déjà demandé plusieurs codes dans la dernière heure : aucun n’a donc été envoyé cette fois\. Utilisez le dernier reçu \(il est valable 10 minutes\), ou demandez-en un nouveau à \d+ h \d\d \(dans (59|60) minutes\)\./,
    );
    // the last code still works: its form stays
    expect(refused.html).toContain('name="code"');

    // the new address's code, asked from the same session, is refused with the same true words
    const addressRequest = new Request("https://chevronne.test/account/email", {
      method: "POST",
      headers: { Cookie: browser.Cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "request", email: "nouvelle@exemple.ca" }),
    });
    const answer = (await addressAction({ request: addressRequest, params: {}, context: {} })) as unknown as {
      init: ResponseInit;
      data: { limit?: { reason: string } };
    };
    expect([answer.init.status, answer.data.limit?.reason]).toEqual([429, "proofCodes"]);
    expect(await db.outboxEmail.count({ where: { toAddress: "nouvelle@exemple.ca" } })).toBe(0);
  });
});

/** The newest alert email the SMTP server received for `address`. */
async function alertEmailTo(address: string): Promise<ParsedMail> {
  const transport = smtpTransport(smtp.url);
  try {
    while ((await deliverDueEmails(transport)) > 0);
  } finally {
    transport.close();
  }
  return smtp.waitForMessage((mail) => JSON.stringify(mail.to).includes(address));
}

/** A header's value as it was sent (a folded line unfolded), from mailparser's raw header lines. */
function headerAsSent(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.slice(name.length + 1)
    .replace(/\r?\n[ \t]+/g, " ")
    .trim();
}

/** The https address of List-Unsubscribe, as mailparser reads it. */
function unsubscribeUrlOf(mail: ParsedMail): string {
  const list = mail.headers.get("list") as { unsubscribe?: { url?: string } } | undefined;
  return list?.unsubscribe?.url ?? "";
}

describe("an alert's email", () => {
  it("carries a one-click unsubscribe that stops the alert without a cookie, and a page in the email's language naming it", async () => {
    const { user, profile } = await createCandidate(`alerte.${Date.now()}@exemple.ca`, "en");
    const alert = await createAlert(
      profile.id,
      "q=musée&town=Saguenay&radius=20",
      "weekly",
      new Date(Date.now() - 8 * 86_400_000),
    );
    await createEmployerWithMission({
      title: "Accueil au musée du fjord",
      publishedAt: new Date(Date.now() - 86_400_000),
    });
    expect(await sendDueAlerts()).toBe(1);

    const mail = await alertEmailTo(user.email);
    const unsubscribeUrl = unsubscribeUrlOf(mail);
    expect(unsubscribeUrl).toMatch(/^https:\/\/chevronne\.test\/alerts\/unsubscribe\?token=[\w-]{43}&locale=en$/);
    expect(headerAsSent(mail, "List-Unsubscribe")).toBe(`<${unsubscribeUrl}>`);
    expect(headerAsSent(mail, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(mail.text).toContain(unsubscribeUrl);
    const { pathname, search } = new URL(unsubscribeUrl);

    // opened in a browser whose language is French: the page speaks English, the email's language, and names the alert
    const opened = await fetch(`${server.url}${pathname}${search}`, {
      headers: { Cookie: languageCookie("fr"), "Accept-Language": "fr-CA" },
    });
    const page = await opened.text();
    expect(page).toContain('<html lang="en">');
    expect(page).toContain("« musée » · Saguenay, within 20 km");
    expect(page).toContain("At most one email a week, when new missions match it.");
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id: alert.id } })).active).toBe(true);

    // the mail provider's server posts, with no cookie, no Origin, no Sec-Fetch-Site (RFC 8058 section 3.2, multipart)
    const boundary = "----one-click";
    const oneClick = await fetch(`${server.url}${pathname}${search}`, {
      method: "POST",
      headers: { "Content-Type": `multipart/form-data; boundary=${boundary}` },
      body: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("The alert you stopped");
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id: alert.id } })).active).toBe(false);

    // the same post elsewhere, or with a changed address, meets the cross-site gate as before
    expect((await post("/alerts", "List-Unsubscribe=One-Click")).status).toBe(403);
    expect((await post(`${pathname}${search}&redirectTo=%2Faccount`, "List-Unsubscribe=One-Click")).status).toBe(403);
  });

  it("is stopped as well by the URL-encoded one-click POST most providers send", async () => {
    const { user, profile } = await createCandidate(`alerte.fr.${Date.now()}@exemple.ca`, "fr");
    const alert = await createAlert(profile.id, "q=librairie", "daily", new Date(Date.now() - 2 * 86_400_000));
    await createEmployerWithMission({ title: "Conseil en librairie", publishedAt: new Date(Date.now() - 3_600_000) });
    expect(await sendDueAlerts()).toBe(1);
    const mail = await alertEmailTo(user.email);
    const { pathname, search } = new URL(unsubscribeUrlOf(mail));
    expect(search).toMatch(/&locale=fr$/);
    const answer = await post(`${pathname}${search}`, "List-Unsubscribe=One-Click");
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('<html lang="fr">');
    expect(answer.html).toContain("L’alerte arrêtée");
    expect((await db.searchAlert.findUniqueOrThrow({ where: { id: alert.id } })).active).toBe(false);
  });
});
