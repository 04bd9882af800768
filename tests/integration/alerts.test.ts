import { describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createAlert, findAlertByToken, sendDueAlerts, unsubscribe } from "~/modules/candidates/alerts.server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

const day = 86_400_000;

describe("search alerts", () => {
  it("emails only new matching missions once the period has passed, with an unsubscribe link that works without signing in", async () => {
    const start = new Date("2027-02-01T12:00:00Z");
    const { user, profile } = await createCandidate("alerte@exemple.ca", "en");
    const alert = await createAlert(profile.id, "q=musée&sort=newest&page=3", "daily", start);
    expect(alert.query).toBe("q=mus%C3%A9e&sort=newest");

    await createEmployerWithMission({
      title: "Accueil au musée, ancien",
      publishedAt: new Date(start.getTime() - day),
      closesAt: null,
    });
    await createEmployerWithMission({
      title: "Accueil au musée, nouveau",
      publishedAt: new Date(start.getTime() + 2 * 3_600_000),
      closesAt: null,
    });
    await createEmployerWithMission({
      title: "Caisse à la quincaillerie",
      employerName: "Quincaillerie Tremblay",
      publishedAt: new Date(start.getTime() + 3 * 3_600_000),
      closesAt: null,
    });

    expect(await sendDueAlerts(new Date(start.getTime() + 12 * 3_600_000))).toBe(0);
    expect(await sendDueAlerts(new Date(start.getTime() + day + 60_000))).toBe(1);
    const email = await db.outboxEmail.findFirstOrThrow({ where: { toAddress: user.email, template: "searchAlert" } });
    expect(email.subject).toBe("1 new mission for your search");
    expect(email.text).toContain("Accueil au musée, nouveau");
    expect(email.text).not.toContain("ancien");
    expect(email.text).not.toContain("quincaillerie");

    // nothing new since: no second email the next day
    expect(await sendDueAlerts(new Date(start.getTime() + 2 * day + 120_000))).toBe(0);

    const token = email.text.match(/unsubscribe\?token=([\w-]+)/)?.[1] ?? "";
    expect((await findAlertByToken(token))?.id).toBe(alert.id);
    expect(await unsubscribe(token)).toBe(true);
    await createEmployerWithMission({
      title: "Accueil au musée, encore",
      publishedAt: new Date(start.getTime() + 3 * day),
      closesAt: null,
    });
    expect(await sendDueAlerts(new Date(start.getTime() + 5 * day))).toBe(0);
    expect(await unsubscribe("not-a-token")).toBe(false);
  });
});
