// Employers are verified (issue 12, item 9): a new organisation's missions are saved but shown nowhere until an
// administrator verifies it (which publishes them), or refuses it with a reason the owner reads by email, delivered
// over SMTP through the real outbox. Two decisions at once: one wins. Only administrators reach the queue.
import type { ParsedMail } from "mailparser";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import {
  refuseOrganisation,
  verificationQueue,
  verifyOrganisation,
} from "~/modules/administration/verification.server";
import { listAudit } from "~/modules/audit/audit.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { publishMission } from "~/modules/missions/editor.server";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import { searchMissions } from "~/modules/missions/search.server";
import { action as queueAction, loader as queueLoader } from "~/routes/admin.organisations._index";
import { loader as employerPageLoader } from "~/routes/($lang).employers.$slug";
import { loader as previewLoader } from "~/routes/employer.missions.$id.preview";
import { loader as suggestedLoader } from "~/routes/employer.missions.$id.suggested";
import { loader as missionPageLoader } from "~/routes/($lang).missions.$id._index";
import { createCandidate, signedInRequest } from "../support/fixtures";
import { signUpOrganisation } from "../support/sign-up";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(() => {
  smtp.messages.length = 0;
});

let counter = 0;

/** An organisation signed up through the real sign-up request and its emailed link, with a website. */
async function signUpEmployer(locale: "fr" | "en" = "fr") {
  const { owner, employer } = await signUpOrganisation("Quincaillerie Roy", locale);
  await db.employer.update({ where: { id: employer.id }, data: { website: "https://quincaillerie-roy.example" } });
  return { owner, employer };
}

/** A draft mission whose title holds a word no other mission has, so a search finds exactly it. */
async function draftMission(employerId: string, word: string) {
  return db.mission.create({
    data: {
      employerId,
      title: `Conseils en quincaillerie ${word}`,
      summary: "Les clients trouvent la bonne vis du premier coup.",
      description: "Votre mission : conseiller les bricoleurs du samedi.",
      sector: "retail",
      scheduleMask: 0b111,
      hoursPerWeekMin: 4,
      hoursPerWeekMax: 8,
      town: "Québec",
      latitude: 46.81,
      longitude: -71.21,
      status: "draft",
    },
  });
}

const searchFor = async (word: string) =>
  (await searchMissions(parseMissionSearch(new URLSearchParams({ q: word })))).missions.map((card) => card.id);

async function administrator(name = "Claire Administratrice") {
  counter += 1;
  return db.user.create({
    data: { email: `admin-${counter}@exemple.ca`, name, kind: "candidate", isAdministrator: true },
  });
}

async function deliverAll(now = new Date()) {
  const transport = smtpTransport(smtp.url);
  try {
    while ((await deliverDueEmails(transport, now)) > 0) {
      // until nothing is due
    }
  } finally {
    transport.close();
  }
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));

const asVisitor = (url: string) => new Request(`http://chevronne.test${url}`);

async function until(condition: () => Promise<boolean> | boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("the condition never held");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("a new organisation", () => {
  it("waits: its published mission is saved but shown nowhere, the queue shows what to judge, and verifying publishes it", async () => {
    const { owner, employer } = await signUpEmployer();
    expect(employer.verificationStatus).toBe("pending");
    const mission = await draftMission(employer.id, "zqattente");

    expect(await publishMission(employer.id, mission.id)).toEqual({ ok: true, status: "awaiting-verification" });
    expect(await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).toMatchObject({
      status: "awaiting-verification",
      publishedAt: null,
    });
    expect(await searchFor("zqattente")).toEqual([]);
    expect(
      (
        await thrown(
          missionPageLoader({ request: asVisitor(`/missions/${mission.id}`), params: { id: mission.id }, context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await thrown(
          employerPageLoader({
            request: asVisitor(`/employers/${employer.slug}`),
            params: { slug: employer.slug },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    // its members preview it all
    const asOwner = (url: string) => signedInRequest(owner.id, `http://chevronne.test${url}`);
    expect(
      (
        await employerPageLoader({
          request: await asOwner(`/employers/${employer.slug}`),
          params: { slug: employer.slug },
          context: {},
        })
      ).unverified,
    ).toBe(true);
    expect(
      (
        await previewLoader({
          request: await asOwner(`/employer/missions/${mission.id}/preview`),
          params: { id: mission.id },
          context: {},
        })
      ).mission.id,
    ).toBe(mission.id);
    // and cannot browse candidates before anyone checked who they are
    expect(
      await suggestedLoader({
        request: await asOwner(`/employer/missions/${mission.id}/suggested`),
        params: { id: mission.id },
        context: {},
      }),
    ).toMatchObject({ unverified: true, people: [] });

    const { organisations, waiting } = await verificationQueue();
    expect(waiting).toBe(1);
    expect(organisations[0]).toMatchObject({
      id: employer.id,
      website: "https://quincaillerie-roy.example",
      members: [{ user: { email: owner.email } }],
      missions: [{ title: "Conseils en quincaillerie zqattente" }],
    });

    const admin = await administrator();
    const now = new Date();
    expect(await verifyOrganisation(admin, employer.id, now)).toEqual({ ok: true });
    expect(await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).toMatchObject({
      status: "published",
      publishedAt: now,
    });
    expect(await searchFor("zqattente")).toEqual([mission.id]);
    expect(
      (
        await missionPageLoader({
          request: asVisitor(`/missions/${mission.id}`),
          params: { id: mission.id },
          context: {},
        })
      ).mission.id,
    ).toBe(mission.id);
    expect((await verificationQueue()).waiting).toBe(0);
    expect(await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).toMatchObject({
      verificationStatus: "verified",
      verificationDecidedById: admin.id,
    });

    const [entry] = await listAudit();
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorRole: "administrator",
      action: "organisation.verified",
      subjectId: employer.id,
      employerId: employer.id,
      details: { missionsPublished: 1 },
    });
    await deliverAll();
    const mail = await smtp.waitForMessage(
      (sent) => to(owner.email)(sent) && (sent.subject ?? "").startsWith(employer.name),
    );
    expect(mail.subject).toBe(`${employer.name} est vérifiée sur Chevronné`);
    expect(mail.text).toContain("1 mission qui attendait est maintenant publiée.");

    // once verified, publishing is immediate
    const next = await draftMission(employer.id, "zqensuite");
    expect(await publishMission(employer.id, next.id)).toEqual({ ok: true, status: "published" });
    expect(await searchFor("zqensuite")).toEqual([next.id]);
  });

  it("refused: its missions stay unpublished and the owner reads the reason by email, in their language", async () => {
    const { owner, employer } = await signUpEmployer("en");
    const mission = await draftMission(employer.id, "zqrefus");
    await publishMission(employer.id, mission.id);
    const admin = await administrator();
    const reason = "Nous n'avons trouvé aucune trace de cette entreprise au Registraire des entreprises.";

    expect(await refuseOrganisation(admin, employer.id, reason)).toEqual({ ok: true });
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("awaiting-verification");
    expect(await searchFor("zqrefus")).toEqual([]);
    expect(await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).toMatchObject({
      verificationStatus: "refused",
      verificationRefusalReason: reason,
    });
    // publishing again changes nothing for the candidates
    await publishMission(employer.id, mission.id);
    expect(await searchFor("zqrefus")).toEqual([]);

    await deliverAll();
    const mail = await smtp.waitForMessage(
      (sent) => to(owner.email)(sent) && (sent.subject ?? "").startsWith(employer.name),
    );
    expect(mail.subject).toBe(`${employer.name} was not accepted on Chevronné`);
    expect(mail.text).toContain("Hello Hélène Roy,");
    expect(mail.text).toContain(`The reason: ${reason}`);
    const [entry] = await listAudit();
    expect(entry).toMatchObject({
      actorId: admin.id,
      action: "organisation.refused",
      subjectId: employer.id,
      details: { reason },
    });
  });
});

describe("the queue", () => {
  it("leaves out an organisation its owner closed while it waited", async () => {
    const { employer } = await signUpEmployer();
    expect((await verificationQueue()).organisations.map((organisation) => organisation.id)).toContain(employer.id);
    await db.employer.update({ where: { id: employer.id }, data: { closedAt: new Date() } });
    expect((await verificationQueue()).organisations.map((organisation) => organisation.id)).not.toContain(employer.id);
  });
});

describe("two administrators deciding at once", () => {
  it("one wins, the other is told it was already decided: one decision, one email, one audit entry", async () => {
    for (let round = 0; round < 4; round++) {
      const { employer, owner } = await signUpEmployer();
      const [first, second] = [await administrator("Première"), await administrator("Seconde")];
      const outcomes = await Promise.all([
        verifyOrganisation(first, employer.id),
        refuseOrganisation(second, employer.id, "Le site web ne répond pas."),
      ]);
      const winners = outcomes.filter((outcome) => outcome.ok);
      expect(winners).toHaveLength(1);
      const final = await db.employer.findUniqueOrThrow({ where: { id: employer.id } });
      expect(outcomes.find((outcome) => !outcome.ok)).toEqual({ ok: false, alreadyDecided: final.verificationStatus });
      expect(await db.auditEntry.count({ where: { subjectId: employer.id } })).toBe(1);
      expect(
        await db.outboxEmail.count({
          where: { toAddress: owner.email, template: { in: ["organisationVerified", "organisationRefused"] } },
        }),
      ).toBe(1);
    }
  });

  it("a mission published while its organisation is being verified ends published", async () => {
    const { employer } = await signUpEmployer();
    const mission = await draftMission(employer.id, "zqcourse");
    const admin = await administrator();
    // The worst order, made to happen: publishing has read "pending" and is about to write the mission when the
    // verification runs. A lock this test holds on the mission row keeps publishing there.
    const blocker = new pg.Client({ connectionString: process.env.DATABASE_URL });
    // outside any transaction, so that each look at pg_stat_activity is fresh (a transaction keeps its first one)
    const observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([blocker.connect(), observer.connect()]);
    try {
      await blocker.query("BEGIN");
      await blocker.query(`SELECT 1 FROM "Mission" WHERE id = $1 FOR UPDATE`, [mission.id]);
      const waiting = async (count: number) => {
        const { rows } = await observer.query<{ count: number }>(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        return rows[0].count >= count;
      };
      const publishing = publishMission(employer.id, mission.id);
      await until(() => waiting(1));
      let verified = false;
      const verifying = verifyOrganisation(admin, employer.id).then((outcome) => ((verified = true), outcome));
      // the verification either finishes (nothing holds it back) or waits for the organisation's row
      await until(async () => verified || (await waiting(2)));
      await blocker.query("COMMIT");
      expect(await Promise.all([publishing, verifying])).toEqual([
        { ok: true, status: "awaiting-verification" },
        { ok: true },
      ]);
    } finally {
      await Promise.all([blocker.end(), observer.end()]);
    }
    expect(await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).toMatchObject({ status: "published" });
    expect(await searchFor("zqcourse")).toEqual([mission.id]);
  });

  it("the queue page says the second decision came too late and changes nothing", async () => {
    const { employer } = await signUpEmployer();
    const [first, second] = [await administrator(), await administrator()];
    const post = async (userId: string, fields: Record<string, string>) =>
      queueAction({
        request: await signedInRequest(userId, "http://chevronne.test/admin/organisations", {
          method: "POST",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams(fields),
        }),
        params: {},
        context: {},
      });
    const done = await thrown(post(first.id, { intent: "verify", organisation: employer.id }));
    expect(done.headers.get("Location")).toBe(`/admin/organisations?done=verified&organisation=${employer.id}`);
    expect(
      await post(second.id, {
        intent: "refuse",
        organisation: employer.id,
        reason: "Trop tard, mais je refuse quand même.",
      }),
    ).toMatchObject({
      alreadyDecided: { name: employer.name, status: "verified" },
    });
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).verificationStatus).toBe("verified");
    // a refusal needs its reason, said next to the field
    const { employer: other } = await signUpEmployer();
    expect(await post(first.id, { intent: "refuse", organisation: other.id, reason: "non" })).toMatchObject({
      organisation: other.id,
      errors: { reason: "administration.errors.reasonRequired" },
    });
    expect((await db.employer.findUniqueOrThrow({ where: { id: other.id } })).verificationStatus).toBe("pending");
  });
});

describe("the verification queue's door", () => {
  it("answers 404 to a visitor, a candidate and an employer owner, for reads and decisions, and changes nothing", async () => {
    const { employer, owner } = await signUpEmployer();
    const candidate: User = (await createCandidate(`curieux-${Date.now()}@exemple.ca`)).user;
    const visitorPost = new Request("http://chevronne.test/admin/organisations", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "verify", organisation: employer.id }),
    });
    expect(
      (await thrown(queueLoader({ request: asVisitor("/admin/organisations"), params: {}, context: {} }))).status,
    ).toBe(404);
    expect((await thrown(queueAction({ request: visitorPost, params: {}, context: {} }))).status).toBe(404);
    for (const person of [candidate, owner]) {
      const read = await signedInRequest(person.id, "http://chevronne.test/admin/organisations");
      expect((await thrown(queueLoader({ request: read, params: {}, context: {} }))).status).toBe(404);
      const write = await signedInRequest(person.id, "http://chevronne.test/admin/organisations", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ intent: "verify", organisation: employer.id }),
      });
      expect((await thrown(queueAction({ request: write, params: {}, context: {} }))).status).toBe(404);
    }
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).verificationStatus).toBe("pending");
  });
});
