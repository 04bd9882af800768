// Direct access to the end-to-end server's database, for fixtures the tests insert themselves.
import Database from "better-sqlite3";
import { createHmac, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import { tmpDir } from "./paths";

export function openE2eDatabase(readonly = false) {
  return new Database(path.join(tmpDir, "e2e.db"), { readonly, timeout: 5000 });
}

/** Prisma's better-sqlite3 adapter stores DateTime as ISO 8601 text with an explicit offset. */
export function sqliteTimestamp(date = new Date()): string {
  return date.toISOString().replace("Z", "+00:00");
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
  const now = sqliteTimestamp();
  const database = openE2eDatabase();
  database
    .prepare(
      `INSERT INTO OutboxEmail (id, messageId, toAddress, locale, template, subject, text, html, status, nextAttemptAt, createdAt)
       VALUES (?, ?, 'boite@exemple.ca', 'fr', 'noAccount', ?, '', '', 'sent', ?, ?)`,
    )
    .run(outboxId, `<${messageId}@chevronne.localhost>`, subject, now, now);
  database
    .prepare("INSERT INTO DevMailMessage (id, outboxId, toAddress, subject, raw, createdAt) VALUES (?, ?, 'boite@exemple.ca', ?, ?, ?)")
    .run(messageId, outboxId, subject, (info.message as Buffer).toString("utf8"), now);
  database.close();
  return messageId;
}

/**
 * The unsubscribe token of the newest alert, derived as the app derives it: an HMAC of the alert's id with the
 * server's secret, which the end-to-end server keeps in tests/.tmp/session-secret.
 */
export function newestAlertToken(): string {
  const database = openE2eDatabase(true);
  const alert = database.prepare("SELECT id FROM SearchAlert ORDER BY createdAt DESC LIMIT 1").get() as { id: string };
  database.close();
  const secret = fs.readFileSync(path.join(tmpDir, "session-secret"), "utf8").trim();
  return createHmac("sha256", secret).update(`alert-unsubscribe:${alert.id}`).digest("base64url");
}

/** A new candidate (in `locale`) who applied to the demo employer's bookshop mission: ready for an interview. */
export function insertApplicantForDemoMission(email: string, name: string, locale: "fr" | "en"): string {
  const database = openE2eDatabase();
  const now = sqliteTimestamp();
  const userId = randomUUID();
  const profileId = randomUUID();
  const applicationId = randomUUID();
  database
    .prepare("INSERT INTO User (id, email, name, kind, locale, timeZone, createdAt, updatedAt) VALUES (?, ?, ?, 'candidate', ?, 'America/Toronto', ?, ?)")
    .run(userId, email, name, locale, now, now);
  database.prepare("INSERT INTO CandidateProfile (id, userId, createdAt, updatedAt) VALUES (?, ?, ?, ?)").run(profileId, userId, now, now);
  database
    .prepare("INSERT INTO Application (id, missionId, candidateId, stage, lastActivityAt, createdAt, updatedAt) VALUES (?, 'seed-mission-001', ?, 'new', ?, ?, ?)")
    .run(applicationId, profileId, now, now, now);
  database.close();
  return applicationId;
}
