// Saved searches that email new matching missions daily or weekly, each with a one-click unsubscribe link that
// works without signing in. The link's token is derived from the alert's id with the server secret, so every email
// of an alert carries the same working link, and the database keeps only the token's hash.
// Alert emails go out only while the candidate holds the "email-news" consent (docs/decisions/0017): creating an alert
// is an explicit request for them and grants it; withdrawing it pauses every alert at once (they are kept).
import { createHmac } from "node:crypto";
import { db } from "~/db.server";
import { env } from "~/env.server";
import { publicPageUrl } from "~/modules/i18n/public-page-url.server";
import { sendEmail } from "~/modules/email/outbox.server";
import type { Locale } from "~/modules/i18n/locales";
import { findOpenMissions } from "~/modules/missions/mission.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { missionSearchToParams } from "~/modules/missions/search-params";
import { findMissionIdsForRanking } from "~/modules/missions/search.server";
import { grantConsent, holdConsent, whoConsentTo } from "~/modules/consents/consents.server";
import { randomToken, sha256 } from "~/modules/security/tokens.server";
import { alertUnsubscribeUrl } from "./alert-links";

export function unsubscribeToken(alertId: string): string {
  return createHmac("sha256", env.sessionSecret).update(`alert-unsubscribe:${alertId}`).digest("base64url");
}

export type AlertFrequency = "daily" | "weekly";
const periodMs: Record<AlertFrequency, number> = { daily: 86_400_000, weekly: 7 * 86_400_000 };
const maxMissionsPerEmail = 10;

/** Saves a search, kept in its canonical URL form, and records the consent to its emails if not already given. */
export async function createAlert(candidateId: string, query: string, frequency: AlertFrequency, now = new Date()) {
  const canonical = missionSearchToParams({ ...parseMissionSearch(new URLSearchParams(query)), page: 1 }).toString();
  return db.$transaction(async (tx) => {
    // the hash is known only once the id is: a random placeholder keeps the column unique meanwhile
    const alert = await tx.searchAlert.create({
      data: { candidateId, query: canonical, frequency, unsubscribeTokenHash: sha256(randomToken()), lastSentAt: now },
      include: { candidate: { select: { userId: true } } },
    });
    await grantConsent(tx, alert.candidate.userId, "email-news", "alert", now);
    return tx.searchAlert.update({
      where: { id: alert.id },
      data: { unsubscribeTokenHash: sha256(unsubscribeToken(alert.id)) },
    });
  });
}

export function listAlerts(candidateId: string) {
  return db.searchAlert.findMany({ where: { candidateId, active: true }, orderBy: { createdAt: "desc" } });
}

export async function deleteAlert(candidateId: string, alertId: string): Promise<boolean> {
  const { count } = await db.searchAlert.deleteMany({ where: { id: alertId, candidateId } });
  return count === 1;
}

export async function findAlertByToken(token: string) {
  return db.searchAlert.findUnique({ where: { unsubscribeTokenHash: sha256(token) } });
}

export async function unsubscribe(token: string): Promise<boolean> {
  const { count } = await db.searchAlert.updateMany({
    where: { unsubscribeTokenHash: sha256(token) },
    data: { active: false },
  });
  return count === 1;
}

/**
 * Emails every alert whose period has passed and that has new missions since its last email, for candidates who
 * hold the "email-news" consent. Each email and the alert's new "last sent" time are written in one transaction,
 * claimed so that two workers never send it twice; the consent is held in that transaction, so a withdrawal made
 * meanwhile is seen and nothing is sent (the alert keeps its "last sent" time and resumes if the consent is given again).
 */
export async function sendDueAlerts(now = new Date()): Promise<number> {
  const due = await db.searchAlert.findMany({
    where: {
      active: true,
      // a suspended account gets nothing while it is out (app/modules/moderation/suspensions.server.ts)
      candidate: { user: { ...whoConsentTo("email-news"), suspendedAt: null } },
      OR: (Object.keys(periodMs) as AlertFrequency[]).map((frequency) => ({
        frequency,
        lastSentAt: { lte: new Date(now.getTime() - periodMs[frequency]) },
      })),
    },
    include: { candidate: { include: { user: true } } },
  });
  let sent = 0;
  for (const alert of due) {
    const search = parseMissionSearch(new URLSearchParams(alert.query));
    const ids = await findMissionIdsForRanking({ ...search, sort: "newest" }, { now, limit: 200 });
    const fresh = (await findOpenMissions(ids, now)).filter(
      (mission) => mission.publishedAt && mission.publishedAt > alert.lastSentAt,
    );
    await db.$transaction(async (tx) => {
      if (!(await holdConsent(tx, alert.candidate.userId, "email-news"))) return;
      const claimed = await tx.searchAlert.updateMany({
        where: { id: alert.id, lastSentAt: alert.lastSentAt },
        data: { lastSentAt: now },
      });
      if (claimed.count !== 1 || fresh.length === 0) return;
      const user = alert.candidate.user;
      const unsubscribeUrl = alertUnsubscribeUrl(env.appUrl, unsubscribeToken(alert.id), user.locale as Locale);
      await sendEmail(tx, {
        to: user.email,
        toName: user.name,
        locale: user.locale as Locale,
        template: "searchAlert",
        listUnsubscribeUrl: unsubscribeUrl,
        params: {
          name: user.name,
          frequency: alert.frequency === "daily" ? "daily" : "weekly",
          missions: fresh.slice(0, maxMissionsPerEmail).map((mission) => ({
            title: mission.title,
            employerName: mission.employer.name,
            town: mission.town,
            url: publicPageUrl(`/missions/${mission.id}`, user.locale as Locale),
          })),
          searchUrl: publicPageUrl(
            `/missions?${missionSearchToParams({ ...search, sort: "newest" })}`,
            user.locale as Locale,
          ),
          unsubscribeUrl,
        },
      });
      sent += 1;
    });
  }
  return sent;
}
