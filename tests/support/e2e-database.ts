// Direct access to the end-to-end server's database, for fixtures the tests insert themselves and for checking
// what a request changed. The server writes its database's address to tests/.tmp/e2e-database-url.
import { createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { withClient } from "../../scripts/postgres.mjs";
import { tmpDir } from "./paths";

export const e2eDatabaseUrlFile = path.join(tmpDir, "e2e-database-url");

/** Runs one statement on the end-to-end database and returns its rows. */
export async function e2eQuery<Row extends Record<string, unknown>>(
  sql: string,
  values: unknown[] = [],
): Promise<Row[]> {
  const url = fs.readFileSync(e2eDatabaseUrlFile, "utf8").trim();
  return withClient(url, async (client) => (await client.query(sql, values)).rows as Row[]);
}

/** Puts one message in the development mailbox, built by nodemailer exactly as the app builds them. */
export async function insertDevMail(subject: string): Promise<string> {
  const builder = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await builder.sendMail({
    from: "bonjour@chevronne.localhost",
    to: "boite@exemple.ca",
    subject,
    text: "Bonjour,\n\nUn message de démonstration.\n",
    html: "<p>Bonjour,</p><p>Un message de démonstration.</p>",
    attachments: [{ filename: "note.txt", content: "Note" }],
  });
  const outboxId = randomUUID();
  const messageId = randomUUID();
  await e2eQuery(
    `WITH outbox AS (
       INSERT INTO "OutboxEmail" (id, "messageId", "toAddress", locale, template, subject, text, html, status)
       VALUES ($1, $2, 'boite@exemple.ca', 'fr', 'noAccount', $3, '', '', 'sent') RETURNING id)
     INSERT INTO "DevMailMessage" (id, "outboxId", "toAddress", subject, raw) SELECT $4, id, 'boite@exemple.ca', $3, $5 FROM outbox`,
    [outboxId, `<${messageId}@chevronne.localhost>`, subject, messageId, (info.message as Buffer).toString("utf8")],
  );
  return messageId;
}

/**
 * The unsubscribe token of the newest alert, derived as the app derives it: an HMAC of the alert's id with the
 * server's secret, which the end-to-end server keeps in tests/.tmp/session-secret.
 */
export async function newestAlertToken(): Promise<string> {
  const [alert] = await e2eQuery<{ id: string }>(`SELECT id FROM "SearchAlert" ORDER BY "createdAt" DESC LIMIT 1`);
  const secret = fs.readFileSync(path.join(tmpDir, "session-secret"), "utf8").trim();
  return createHmac("sha256", secret).update(`alert-unsubscribe:${alert.id}`).digest("base64url");
}

/** A new candidate (in `locale`) who applied to the demo employer's bookshop mission: ready for an interview. */
export async function insertApplicantForDemoMission(email: string, name: string, locale: "fr" | "en"): Promise<string> {
  const [userId, profileId, applicationId] = [randomUUID(), randomUUID(), randomUUID()];
  await e2eQuery(
    `WITH person AS (
       INSERT INTO "User" (id, email, name, kind, locale, "timeZone", "updatedAt") VALUES ($1, $2, $3, 'candidate', $4, 'America/Toronto', now()) RETURNING id),
     profile AS (
       INSERT INTO "CandidateProfile" (id, "userId", "updatedAt") SELECT $5, id, now() FROM person RETURNING id)
     INSERT INTO "Application" (id, "missionId", "candidateId", stage, "updatedAt") SELECT $6, 'seed-mission-001', id, 'new', now() FROM profile`,
    [userId, email, name, locale, profileId, applicationId],
  );
  return applicationId;
}
