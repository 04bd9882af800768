// Reports and moderation through the doors people use (the route loaders and actions, called as Remix calls them),
// with the real database and the real outbox: emails are delivered to a real SMTP server and read back. Covers the
// report limits, unpublishing and sending back a mission, suspensions that end sessions and stop every way of signing
// in, reinstatement that restores exactly what was published, races between administrators and between a report and
// an unpublication, and 404 for everyone but administrators.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import type { User } from "~/generated/prisma/client";
import { hashPassword } from "~/modules/auth/password.server";
import { createSession, getUser } from "~/modules/auth/session.server";
import { requestSignIn } from "~/modules/auth/sign-in.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { publishMission } from "~/modules/missions/editor.server";
import { verifyOrganisation } from "~/modules/administration/verification.server";
import { suggestCandidates } from "~/modules/employers/suggestions.server";
import { findPublicMission } from "~/modules/missions/mission.server";
import { defaultMissionSearch } from "~/modules/missions/search-params";
import { searchMissions } from "~/modules/missions/search.server";
import { unpublishMission } from "~/modules/moderation/missions.server";
import { openReportGroups } from "~/modules/moderation/reports.server";
import { suspendAccount, suspendOrganisation } from "~/modules/moderation/suspensions.server";
import { limits } from "~/modules/security/limits.server";
import type { LimitReached } from "~/modules/security/limit-words";
import * as accountAdmin from "~/routes/admin.accounts.$id";
import * as accountsAdmin from "~/routes/admin.accounts._index";
import * as missionAdmin from "~/routes/admin.missions.$id";
import * as organisationAdmin from "~/routes/admin.organisations.$id";
import * as reportQueue from "~/routes/admin.reports";
import * as missionEditor from "~/routes/employer.missions.$id.edit";
import * as employerPage from "~/routes/($lang).employers.$slug";
import * as organisationReport from "~/routes/employers.$slug_.report";
import * as missionPage from "~/routes/($lang).missions.$id._index";
import * as missionReport from "~/routes/missions.$id.report";
import * as signInPage from "~/routes/signin._index";
import * as signInCode from "~/routes/signin.code";
import * as signInLink from "~/routes/signin.link";
import * as suspendedPage from "~/routes/signin.suspended";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";

const site = "http://chevronne.test";
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  await db.rateLimit.deleteMany();
});

async function deliverAll() {
  const transport = smtpTransport(smtp.url);
  while ((await deliverDueEmails(transport, new Date())) > 0) {
    // until nothing is due
  }
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));

let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}-${Date.now()}@exemple.ca`;

async function createAdministrator() {
  return db.user.create({
    data: { email: unique("admin"), name: "Alice Admin", kind: "candidate", isAdministrator: true },
  });
}

/** An organisation with a published mission, its owner (in `locale`) and a recruiter. */
async function organisationWithPeople(locale: "fr" | "en" = "fr") {
  const { employer, mission } = await createEmployerWithMission({ title: "Accueil au musée" });
  const owner = await db.user.create({
    data: {
      email: unique("owner"),
      name: "Odile Owner",
      kind: "employer",
      locale,
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const recruiter = await db.user.create({
    data: {
      email: unique("recruiter"),
      name: "Rémi Recruteur",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "recruiter" } },
    },
  });
  return { employer, mission, owner, recruiter };
}

function formBody(fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body;
}

function post(path: string, fields: Record<string, string | string[]>) {
  return new Request(`${site}${path}`, { method: "POST", body: formBody(fields) });
}

const postAs = (user: Pick<User, "id">, path: string, fields: Record<string, string | string[]>) =>
  signedInRequest(user.id, `${site}${path}`, { method: "POST", body: formBody(fields) });

type Answer = { status: number; location?: string | null; cookie?: string | null; body?: Record<string, unknown> };

/** What the browser gets from a loader or an action: a thrown response (redirect, 404) or data with its status. */
async function answerOf(run: () => Promise<unknown>): Promise<Answer> {
  try {
    const result = await run();
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const { data, init } = result as { data: Record<string, unknown>; init?: ResponseInit };
      return { status: init?.status ?? 200, body: data };
    }
    return { status: 200, body: result as Record<string, unknown> };
  } catch (thrown) {
    if (!(thrown instanceof Response)) throw thrown;
    return {
      status: thrown.status,
      location: thrown.headers.get("Location"),
      cookie: thrown.headers.get("Set-Cookie"),
    };
  }
}

const report = (missionId: string, fields: Record<string, string>, client = "198.51.100.7", request?: Request) =>
  answerOf(() =>
    missionReport.action({
      request: request ?? post(`/missions/${missionId}/report`, fields),
      params: { id: missionId },
      context: { clientAddress: client },
    }),
  );

const reportFields = {
  reason: "discriminatory",
  details: "L’annonce demande « une personne jeune et dynamique ».",
  contactEmail: "temoin@exemple.ca",
};

const missionAction = async (user: Pick<User, "id">, missionId: string, fields: Record<string, string | string[]>) =>
  answerOf(async () =>
    missionAdmin.action({
      request: await postAs(user, `/admin/missions/${missionId}`, fields),
      params: { id: missionId },
      context: {},
    }),
  );
const organisationAction = async (user: Pick<User, "id">, employerId: string, fields: Record<string, string>) =>
  answerOf(async () =>
    organisationAdmin.action({
      request: await postAs(user, `/admin/organisations/${employerId}`, fields),
      params: { id: employerId },
      context: {},
    }),
  );
const accountAction = async (user: Pick<User, "id">, userId: string, fields: Record<string, string>) =>
  answerOf(async () =>
    accountAdmin.action({
      request: await postAs(user, `/admin/accounts/${userId}`, fields),
      params: { id: userId },
      context: {},
    }),
  );

async function searchIds() {
  const result = await searchMissions(defaultMissionSearch, { pageSize: 100 });
  return result.missions.map((mission) => mission.id);
}

describe("reporting a mission or an organisation", () => {
  it("takes a visitor's report with its address, and a signed-in person's without one, and comes back with thanks", async () => {
    const { mission, employer } = await organisationWithPeople();
    const sent = await report(mission.id, reportFields);
    expect(sent).toMatchObject({ status: 302, location: `/missions/${mission.id}/report?sent=1` });
    const candidate = await createCandidate(unique("candidate"));
    const signedIn = await report(
      mission.id,
      {},
      "198.51.100.8",
      await postAs(candidate.user, `/missions/${mission.id}/report`, {
        reason: "other",
        details: "Le salaire est sous le minimum.",
        contactEmail: "ignore@exemple.ca",
      }),
    );
    expect(signedIn.status).toBe(302);
    const rows = await db.report.findMany({ where: { missionId: mission.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((row) => [row.reason, row.contactEmail, row.reporterId, row.employerId, row.status])).toEqual([
      ["discriminatory", "temoin@exemple.ca", null, employer.id, "open"],
      ["other", null, candidate.user.id, employer.id, "open"],
    ]);

    const aboutOrganisation = await answerOf(() =>
      organisationReport.action({
        request: post(`/employers/${employer.slug}/report`, { reason: "doubtful", details: "" }),
        params: { slug: employer.slug },
        context: { clientAddress: "198.51.100.9" },
      }),
    );
    expect(aboutOrganisation).toMatchObject({ status: 302, location: `/employers/${employer.slug}/report?sent=1` });
    expect(await db.report.count({ where: { employerId: employer.id, missionId: null } })).toBe(1);
  });

  it("answers mistakes next to their field, keeps what was typed, and records nothing", async () => {
    const { mission } = await createEmployerWithMission();
    const noReason = await report(mission.id, { details: "Bizarre" });
    expect(noReason.body).toMatchObject({
      errors: { reason: "moderation.errors.reasonRequired" },
      values: { details: "Bizarre" },
    });
    const otherWithoutWords = await report(mission.id, { reason: "other", details: " " });
    expect(otherWithoutWords.body).toMatchObject({ errors: { details: "moderation.errors.detailsRequired" } });
    const badAddress = await report(mission.id, { reason: "doubtful", contactEmail: "pas une adresse" });
    expect(badAddress.body).toMatchObject({ errors: { contactEmail: "moderation.errors.emailInvalid" } });
    const tooLong = await report(mission.id, { reason: "doubtful", details: "x".repeat(2001) });
    expect(tooLong.body).toMatchObject({ errors: { details: "moderation.errors.detailsTooLong" } });
    expect(await db.report.count({ where: { missionId: mission.id } })).toBe(0);
  });

  it("answers 404 for a mission that does not exist, a draft, an unpublished mission, a suspended organisation and one not verified", async () => {
    const administrator = await createAdministrator();
    const draft = await createEmployerWithMission();
    await db.mission.update({ where: { id: draft.mission.id }, data: { status: "draft" } });
    const unpublished = await createEmployerWithMission();
    await missionAction(administrator, unpublished.mission.id, {
      intent: "unpublish",
      reason: "Annonce trompeuse sur le salaire.",
    });
    const suspended = await organisationWithPeople();
    await organisationAction(administrator, suspended.employer.id, {
      intent: "suspend",
      reason: "Faux employeur qui demande de l’argent.",
    });

    for (const missionId of ["nothing-here", draft.mission.id, unpublished.mission.id, suspended.mission.id]) {
      expect(
        (
          await answerOf(() =>
            missionReport.loader({
              request: new Request(`${site}/missions/${missionId}/report`),
              params: { id: missionId },
              context: {},
            }),
          )
        ).status,
      ).toBe(404);
      expect((await report(missionId, reportFields)).status).toBe(404);
    }
    const pending = await createEmployerWithMission({ verificationStatus: "pending" });
    for (const slug of [pending.employer.slug, suspended.employer.slug]) {
      expect(
        (
          await answerOf(() =>
            organisationReport.loader({
              request: new Request(`${site}/employers/${slug}/report`),
              params: { slug },
              context: {},
            }),
          )
        ).status,
      ).toBe(404);
    }
    expect(
      (
        await answerOf(() =>
          organisationReport.action({
            request: post(`/employers/${pending.employer.slug}/report`, reportFields),
            params: { slug: pending.employer.slug },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    const slug = suspended.employer.slug;
    expect(
      (
        await answerOf(() =>
          organisationReport.loader({
            request: new Request(`${site}/employers/${slug}/report`),
            params: { slug },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await answerOf(() =>
          employerPage.loader({ request: new Request(`${site}/employers/${slug}`), params: { slug }, context: {} }),
        )
      ).status,
    ).toBe(404);
    expect(
      await db.report.count({
        where: { employerId: { in: [draft.employer.id, unpublished.employer.id, suspended.employer.id] } },
      }),
    ).toBe(0);
  });
});

describe("report limits", () => {
  it(`lets one client send ${limits.reportsPerClient.points} reports an hour, then says so and when to try again, keeping the text`, async () => {
    const missions = await Promise.all(
      Array.from({ length: limits.reportsPerClient.points + 1 }, () => createEmployerWithMission()),
    );
    for (const { mission } of missions.slice(0, -1))
      expect((await report(mission.id, reportFields, "203.0.113.10")).status).toBe(302);
    const last = missions.at(-1)!.mission.id;
    const refused = await report(last, reportFields, "203.0.113.10");
    expect(refused.status).toBe(429);
    const limit = refused.body?.limit as LimitReached;
    expect(limit.reason).toBe("reportsClient");
    expect(limit.retryAfterSeconds).toBeGreaterThan(limits.reportsPerClient.seconds - 60);
    expect(refused.body?.values).toMatchObject({ details: reportFields.details });
    expect(await db.report.count({ where: { missionId: last } })).toBe(0);
    // another client is not affected
    expect((await report(last, reportFields, "203.0.113.11")).status).toBe(302);
  });

  it(`takes ${limits.reportsPerTarget.points} reports an hour about one target from everyone, fired at once, then refuses the rest`, async () => {
    const { mission } = await createEmployerWithMission();
    const answers = await Promise.all(
      Array.from({ length: limits.reportsPerTarget.points + 5 }, (_, index) =>
        report(mission.id, reportFields, `192.0.2.${index + 1}`),
      ),
    );
    expect(answers.filter((answer) => answer.status === 302)).toHaveLength(limits.reportsPerTarget.points);
    const refused = answers.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(5);
    expect((refused[0].body?.limit as LimitReached).reason).toBe("reportsTarget");
    expect(await db.report.count({ where: { missionId: mission.id } })).toBe(limits.reportsPerTarget.points);
    const other = await createEmployerWithMission();
    expect((await report(other.mission.id, reportFields, "192.0.2.1")).status).toBe(302);
  });
});

describe("the queue", () => {
  it("groups open reports by target, the newest first, with their count and reasons", async () => {
    await db.report.deleteMany();
    const older = await createEmployerWithMission({ title: "Caissière de jour", employerName: "Épicerie Ancienne" });
    const newer = await createEmployerWithMission({ title: "Guide au musée", employerName: "Musée Récent" });
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db.report.createMany({
      data: [
        { missionId: older.mission.id, employerId: older.employer.id, reason: "discriminatory", createdAt: at(30) },
        { missionId: older.mission.id, employerId: older.employer.id, reason: "discriminatory", createdAt: at(20) },
        {
          missionId: older.mission.id,
          employerId: older.employer.id,
          reason: "other",
          details: "Salaire faux",
          createdAt: at(25),
        },
        { employerId: newer.employer.id, reason: "doubtful", createdAt: at(5) },
        {
          missionId: newer.mission.id,
          employerId: newer.employer.id,
          reason: "doubtful",
          createdAt: at(10),
          status: "dismissed",
        },
      ],
    });
    const groups = await openReportGroups();
    expect(groups.map((group) => [group.target.kind, group.title, group.count, group.reasons])).toEqual([
      ["organisation", "Musée Récent", 1, { doubtful: 1 }],
      ["mission", "Caissière de jour", 3, { discriminatory: 2, other: 1 }],
    ]);
    const administrator = await createAdministrator();
    const page = (await reportQueue.loader({
      request: await signedInRequest(administrator.id, `${site}/admin/reports`),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof reportQueue.loader>>;
    expect(page.groups.map((group) => group.path)).toEqual([
      `/admin/organisations/${newer.employer.id}`,
      `/admin/missions/${older.mission.id}`,
    ]);
  });
});

describe("unpublishing a mission, fixing it and sending it back", () => {
  it("takes it off the search and its page, settles its reports, tells the owner in their language over SMTP, and lets them send it back for review", async () => {
    const administrator = await createAdministrator();
    const { employer, mission, owner, recruiter } = await organisationWithPeople("en");
    expect(await searchIds()).toContain(mission.id);
    await report(mission.id, reportFields);
    const reason = "The ad asks for “a young and dynamic person”: remove any mention of age.";

    expect(await missionAction(administrator, mission.id, { intent: "unpublish", reason: "court" })).toMatchObject({
      status: 200,
      body: { intent: "unpublish", errors: { reason: "moderation.errors.reasonMissing" } },
    });
    expect(await missionAction(administrator, mission.id, { intent: "unpublish", reason })).toMatchObject({
      status: 302,
      location: `/admin/missions/${mission.id}?done=unpublished`,
    });

    const row = await db.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect([row.status, row.moderationReason]).toEqual(["unpublished", reason]);
    expect(await searchIds()).not.toContain(mission.id);
    expect(await findPublicMission(mission.id)).toBeNull();
    expect(
      (
        await answerOf(() =>
          missionPage.loader({
            request: new Request(`${site}/missions/${mission.id}`),
            params: { id: mission.id },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
    expect(
      await db.report.findMany({ where: { missionId: mission.id }, select: { status: true, resolvedById: true } }),
    ).toEqual([{ status: "actioned", resolvedById: administrator.id }]);
    const audit = await db.auditEntry.findMany({ where: { subjectId: mission.id } });
    expect(
      audit.map((entry) => [
        entry.action,
        entry.actorId,
        entry.employerId,
        (entry.details as { reason?: string }).reason,
      ]),
    ).toEqual([["mission.unpublished", administrator.id, employer.id, reason]]);

    await deliverAll();
    const email = await smtp.waitForMessage(to(owner.email));
    expect(email.subject).toBe("Your mission “Accueil au musée” was taken off Chevronné");
    expect(email.text).toContain(`The reason: ${reason}`);
    expect(email.text).toContain(`http://chevronne.test/employer/missions/${mission.id}/edit`);
    expect(smtp.messages.filter(to(recruiter.email))).toHaveLength(0);

    // the employer sees the reason on the mission; publishing it directly is refused, sending it back is not
    const editor = (await missionEditor.loader({
      request: await signedInRequest(owner.id, `${site}/employer/missions/${mission.id}/edit`),
      params: { id: mission.id },
      context: {},
    })) as Awaited<ReturnType<typeof missionEditor.loader>>;
    expect(editor.moderation).toEqual({ status: "unpublished", reason, justResubmitted: false });
    expect((await publishMission(employer.id, mission.id)).ok).toBe(false);
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("unpublished");

    const fixed = {
      intent: "resubmit",
      title: "Accueil au musée",
      summary: "Les visiteurs sont accueillis avec chaleur.",
      description: "Votre mission : accueillir les visiteurs, toutes expériences bienvenues.",
      sector: "culture",
      slot: "5-0",
      hoursPerWeekMin: "4",
      hoursPerWeekMax: "8",
      town: "Saguenay",
      liftingKg: "",
      closesOn: "2099-12-31",
    };
    const withAgeTerm = await answerOf(async () =>
      missionEditor.action({
        request: await postAs(owner, `/employer/missions/${mission.id}/edit`, {
          ...fixed,
          description: "Pour une personne jeune et dynamique.",
        }),
        params: { id: mission.id },
        context: {},
      }),
    );
    expect(withAgeTerm.location).toBe(`/employer/missions/${mission.id}/edit?blocked=1`);
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("unpublished");
    const sentBack = await answerOf(async () =>
      missionEditor.action({
        request: await postAs(recruiter, `/employer/missions/${mission.id}/edit`, fixed),
        params: { id: mission.id },
        context: {},
      }),
    );
    expect(sentBack.location).toBe(`/employer/missions/${mission.id}/edit?resubmitted=1`);
    // back to an administrator, not to the search
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("resubmitted");
    expect(await searchIds()).not.toContain(mission.id);
    const queue = (await reportQueue.loader({
      request: await signedInRequest(administrator.id, `${site}/admin/reports`),
      params: {},
      context: {},
    })) as Awaited<ReturnType<typeof reportQueue.loader>>;
    expect(queue.resubmitted.map((waiting) => waiting.id)).toContain(mission.id);

    smtp.messages.length = 0;
    expect(await missionAction(administrator, mission.id, { intent: "republish" })).toMatchObject({
      status: 302,
      location: `/admin/missions/${mission.id}?done=republished`,
    });
    const republished = await db.mission.findUniqueOrThrow({ where: { id: mission.id } });
    expect([republished.status, republished.moderationReason]).toEqual(["published", null]);
    expect(await searchIds()).toContain(mission.id);
    await deliverAll();
    expect((await smtp.waitForMessage(to(owner.email))).subject).toBe(
      "Your mission “Accueil au musée” is published again",
    );
    expect(
      (await db.auditEntry.findMany({ where: { subjectId: mission.id }, orderBy: { at: "asc" } })).map((entry) => [
        entry.action,
        entry.actorRole,
      ]),
    ).toEqual([
      ["mission.unpublished", "administrator"],
      ["mission.resubmitted", "member"],
      ["mission.republished", "administrator"],
    ]);
  });

  it("dismisses a report without touching the mission", async () => {
    const administrator = await createAdministrator();
    const { mission } = await createEmployerWithMission();
    await report(mission.id, reportFields);
    const [open] = await db.report.findMany({ where: { missionId: mission.id } });
    expect(await missionAction(administrator, mission.id, { intent: "dismiss", report: open.id })).toMatchObject({
      status: 302,
      location: `/admin/missions/${mission.id}?done=dismissed`,
    });
    expect((await db.report.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("dismissed");
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("published");
    expect(await db.auditEntry.count({ where: { action: "report.dismissed", subjectId: open.id } })).toBe(1);
  });
});

/** Signs in by each door and returns what the browser got. */
async function signInByLink(email: string) {
  await requestSignIn({ email, locale: "fr" });
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email, template: "signIn" },
    orderBy: { createdAt: "desc" },
  });
  const token = row.text.match(/token=([\w-]+)/)?.[1] ?? "";
  return answerOf(() => signInLink.action({ request: post("/signin/link", { token }), params: {}, context: {} }));
}

async function signInByCode(email: string) {
  const challenge = await requestSignIn({ email, locale: "fr" });
  const row = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: email, template: "signIn" },
    orderBy: { createdAt: "desc" },
  });
  const code = row.text.match(/\b(\d{6})\b/)?.[1] ?? "";
  return answerOf(() =>
    signInCode.action({ request: post("/signin/code", { challenge, code }), params: {}, context: {} }),
  );
}

const signInByPassword = (email: string) =>
  answerOf(() =>
    signInPage.action({
      request: post("/signin?index", { intent: "password", email, password: "mot-de-passe-solide" }),
      params: {},
      context: { clientAddress: "203.0.113.50" },
    }),
  );

/** The reason /signin/suspended shows to the browser that carries `cookie`. */
async function suspendedPageFor(cookie: string | null | undefined) {
  const request = new Request(`${site}/signin/suspended`, { headers: { Cookie: (cookie ?? "").split(";")[0] } });
  return (await suspendedPage.loader({ request, params: {}, context: {} })).suspension;
}

describe("suspending and reinstating an organisation", () => {
  it("ends its members' sessions, takes its published missions off, refuses every way of signing in with the reason, and reinstating restores exactly those missions", async () => {
    const administrator = await createAdministrator();
    const { employer, mission, owner, recruiter } = await organisationWithPeople("fr");
    await db.user.update({
      where: { id: recruiter.id },
      data: { passwordHash: await hashPassword("mot-de-passe-solide") },
    });
    const second = await db.mission.create({ data: { ...(await missionCopy(mission.id)), title: "Billetterie" } });
    const closed = await db.mission.create({
      data: { ...(await missionCopy(mission.id)), title: "Ancienne mission", status: "closed" },
    });
    await db.mission.create({ data: { ...(await missionCopy(mission.id)), title: "Brouillon", status: "draft" } });
    await db.mission.create({
      data: {
        ...(await missionCopy(mission.id)),
        title: "Retirée",
        status: "unpublished",
        moderationReason: "Déjà retirée",
      },
    });
    await report(mission.id, reportFields);
    const ownerBrowser = await signedInRequest(owner.id, `${site}/employer/missions`);
    const recruiterBrowser = await signedInRequest(recruiter.id, `${site}/employer/pipeline`);
    expect(await getUser(ownerBrowser)).not.toBeNull();

    const reason = "Cet employeur demande aux candidats de payer une formation.";
    expect(await organisationAction(administrator, employer.id, { intent: "suspend", reason })).toMatchObject({
      status: 302,
      location: `/admin/organisations/${employer.id}?done=suspended`,
    });

    expect(await getUser(ownerBrowser)).toBeNull();
    expect(await getUser(recruiterBrowser)).toBeNull();
    expect(await db.session.count({ where: { userId: { in: [owner.id, recruiter.id] } } })).toBe(0);
    const statuses = async () =>
      Object.fromEntries(
        (await db.mission.findMany({ where: { employerId: employer.id } })).map((row) => [row.title, row.status]),
      );
    expect(await statuses()).toEqual({
      "Accueil au musée": "suspended",
      Billetterie: "suspended",
      "Ancienne mission": "closed",
      Brouillon: "draft",
      Retirée: "unpublished",
    });
    const found = await searchIds();
    expect(found).not.toContain(mission.id);
    expect(found).not.toContain(second.id);
    expect(await findPublicMission(closed.id)).toBeNull();
    expect(await db.report.count({ where: { employerId: employer.id, status: "open" } })).toBe(0);

    // every door refuses, after the person proved who they are, and says why
    for (const attempt of [
      await signInByLink(owner.email),
      await signInByCode(recruiter.email),
      await signInByPassword(recruiter.email),
    ]) {
      expect(attempt.location).toBe("/signin/suspended");
      expect(await suspendedPageFor(attempt.cookie)).toEqual({
        kind: "organisation",
        organisation: employer.name,
        reason,
      });
    }
    expect(await db.session.count({ where: { userId: { in: [owner.id, recruiter.id] } } })).toBe(0);
    // the page tells nothing to a browser without the cookie
    expect(await suspendedPageFor(null)).toBeNull();

    await deliverAll();
    const told = await smtp.waitForMessage(
      (mail) => to(recruiter.email)(mail) && mail.subject === `${employer.name} est suspendu sur Chevronné`,
    );
    expect(told.text).toContain(`La raison : ${reason}`);

    // while suspended, an administrator takes one of the suspended missions off for good
    await missionAction(administrator, second.id, { intent: "unpublish", reason: "Cette mission était fausse aussi." });
    expect(
      await organisationAction(administrator, employer.id, { intent: "reinstate", note: "Preuves reçues." }),
    ).toMatchObject({ status: 302 });
    expect(await statuses()).toEqual({
      "Accueil au musée": "published",
      Billetterie: "unpublished",
      "Ancienne mission": "closed",
      Brouillon: "draft",
      Retirée: "unpublished",
    });
    expect(await searchIds()).toContain(mission.id);
    expect((await signInByPassword(recruiter.email)).location).toBe("/dashboard");
    expect(
      (await db.auditEntry.findMany({ where: { subjectId: employer.id }, orderBy: { at: "asc" } })).map((entry) => [
        entry.action,
        entry.details,
      ]),
    ).toEqual([
      ["organisation.suspended", { reason, missionsSuspended: 2, sessionsEnded: 2, reportsResolved: 1 }],
      ["organisation.reinstated", { note: "Preuves reçues.", missionsRestored: 1 }],
    ]);
  });
});

describe("an organisation suspended before it was verified", () => {
  it("keeps its waiting missions out of the search when it is verified, and publishes them when it is reinstated", async () => {
    const administrator = await createAdministrator();
    const { employer, mission } = await organisationWithPeople();
    await db.employer.update({ where: { id: employer.id }, data: { verificationStatus: "pending" } });
    await db.mission.update({ where: { id: mission.id }, data: { status: "awaiting-verification" } });
    await organisationAction(administrator, employer.id, {
      intent: "suspend",
      reason: "Faux employeur signalé avant la vérification.",
    });
    expect((await verifyOrganisation(administrator, employer.id)).ok).toBe(true);
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("suspended");
    expect(await searchIds()).not.toContain(mission.id);
    await organisationAction(administrator, employer.id, { intent: "reinstate", note: "" });
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("published");
    expect(await searchIds()).toContain(mission.id);
  });
});

/** A mission's columns without its identity, to make another like it. */
async function missionCopy(missionId: string) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- a new row gets its own
  const { id, createdAt, updatedAt, ...columns } = await db.mission.findUniqueOrThrow({ where: { id: missionId } });
  return columns;
}

describe("suspending and reinstating an account", () => {
  it("ends the person's sessions at once, refuses sign-in with the reason, keeps them from applying, and reinstating lets them in", async () => {
    const administrator = await createAdministrator();
    const { user, profile } = await createCandidate(unique("candidate"));
    const { mission, employer } = await createEmployerWithMission();
    await db.consent.create({ data: { userId: user.id, purpose: "suggestions" } });
    const suggested = async () =>
      (await suggestCandidates(employer.id, mission.id))?.ranked.map((entry) => entry.profile.id) ?? [];
    expect(await suggested()).toContain(profile.id);
    const laptop = await signedInRequest(user.id, `${site}/applications`);
    const phone = await signedInRequest(user.id, `${site}/missions/${mission.id}/apply`, {
      method: "POST",
      body: formBody({ message: "Bonjour" }),
    });
    const reason = "Messages insultants envoyés à plusieurs recruteurs.";
    expect(await accountAction(administrator, user.id, { intent: "suspend", reason })).toMatchObject({
      status: 302,
      location: `/admin/accounts/${user.id}?done=suspended`,
    });
    expect(await getUser(laptop)).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    // no employer finds them among suggested candidates while they are out
    expect(await suggested()).not.toContain(profile.id);
    // the application sent from the other device goes nowhere: it is asked to sign in
    const { action: applyAction } = await import("~/routes/missions.$id.apply");
    expect(
      (await answerOf(() => applyAction({ request: phone, params: { id: mission.id }, context: {} }))).location,
    ).toMatch(/^\/signin\?redirectTo=/);
    expect(await db.application.count({ where: { missionId: mission.id } })).toBe(0);

    const attempt = await signInByLink(user.email);
    expect(attempt.location).toBe("/signin/suspended");
    expect(await suspendedPageFor(attempt.cookie)).toEqual({ kind: "account", reason });
    await deliverAll();
    const told = await smtp.waitForMessage(
      (mail) => to(user.email)(mail) && mail.subject === "Votre compte Chevronné est suspendu",
    );
    expect(told.text).toContain(`La raison : ${reason}`);

    // an administrator's account is not suspended from the web
    const other = await createAdministrator();
    expect((await accountAction(administrator, other.id, { intent: "suspend", reason })).status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).suspendedAt).toBeNull();

    expect(await accountAction(administrator, user.id, { intent: "reinstate", note: "" })).toMatchObject({
      status: 302,
      location: `/admin/accounts/${user.id}?done=reinstated`,
    });
    expect((await signInByLink(user.email)).location).toBe("/dashboard");
    expect(
      (await db.auditEntry.findMany({ where: { subjectId: user.id }, orderBy: { at: "asc" } })).map(
        (entry) => entry.action,
      ),
    ).toEqual(["account.suspended", "account.reinstated"]);
  });

  it("finds an account by its address", async () => {
    const administrator = await createAdministrator();
    const { user } = await createCandidate(unique("findme"));
    const find = async (email: string) =>
      answerOf(async () =>
        accountsAdmin.loader({
          request: await signedInRequest(administrator.id, `${site}/admin/accounts?${new URLSearchParams({ email })}`),
          params: {},
          context: {},
        }),
      );
    expect((await find(user.email.toUpperCase())).location).toBe(`/admin/accounts/${user.id}`);
    expect((await find("personne@exemple.ca")).body).toMatchObject({
      errors: { email: "moderation.errors.noSuchAccount" },
    });
  });
});

describe("races", () => {
  it("of two administrators unpublishing one mission at once, one does it and the other is told it was already handled", async () => {
    const [first, second] = [await createAdministrator(), await createAdministrator()];
    const { mission, owner } = await organisationWithPeople();
    const answers = await Promise.all([
      missionAction(first, mission.id, { intent: "unpublish", reason: "Première raison, assez longue." }),
      missionAction(second, mission.id, { intent: "unpublish", reason: "Seconde raison, assez longue." }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
    expect(answers.find((answer) => answer.status === 409)?.body).toEqual({ alreadyHandled: true });
    expect(await db.auditEntry.count({ where: { subjectId: mission.id, action: "mission.unpublished" } })).toBe(1);
    expect(await db.outboxEmail.count({ where: { toAddress: owner.email, template: "missionUnpublished" } })).toBe(1);
  });

  it("of two administrators dismissing one report at once, one does it and the other is told", async () => {
    const [first, second] = [await createAdministrator(), await createAdministrator()];
    const { mission } = await createEmployerWithMission();
    await report(mission.id, reportFields);
    const [open] = await db.report.findMany({ where: { missionId: mission.id } });
    const answers = await Promise.all(
      [first, second].map((administrator) =>
        missionAction(administrator, mission.id, { intent: "dismiss", report: open.id }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
    expect(await db.auditEntry.count({ where: { subjectId: open.id } })).toBe(1);
  });

  it("of two administrators suspending one organisation at once, one does it; the other is told", async () => {
    const [first, second] = [await createAdministrator(), await createAdministrator()];
    const { employer } = await organisationWithPeople();
    const answers = await Promise.all(
      [first, second].map((administrator) =>
        organisationAction(administrator, employer.id, {
          intent: "suspend",
          reason: "Faux employeur, preuves à l’appui.",
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([302, 409]);
    expect(await db.auditEntry.count({ where: { subjectId: employer.id, action: "organisation.suspended" } })).toBe(1);
  });

  it("leaves no report open about a mission unpublished while reports arrive: each is settled by it or refused", async () => {
    const administrator = await createAdministrator();
    for (let round = 0; round < 5; round++) {
      const { mission } = await createEmployerWithMission();
      let racers: Promise<Answer>[] = [];
      // the mission's row is held while they all start, so that they reach it together
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Mission" WHERE id = ${mission.id} FOR UPDATE`;
        racers = [
          answerOf(() =>
            unpublishMission({ administrator, missionId: mission.id, reason: "Annonce discriminatoire." }),
          ),
          ...Array.from({ length: 8 }, (_, index) => report(mission.id, reportFields, `198.18.${round}.${index + 1}`)),
        ];
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      const [unpublished, ...answers] = await Promise.all(racers);
      expect(unpublished.body).toBe("done");
      expect(answers.every((answer) => answer.status === 302 || answer.status === 404)).toBe(true);
      const rows = await db.report.findMany({ where: { missionId: mission.id } });
      expect(rows.filter((row) => row.status === "open")).toEqual([]);
      expect(rows).toHaveLength(answers.filter((answer) => answer.status === 302).length);
    }
  });

  it("never lets an employer's publish at the same moment overrule an administrator's unpublish", async () => {
    const administrator = await createAdministrator();
    for (let round = 0; round < 3; round++) {
      const { employer, mission } = await createEmployerWithMission();
      let racers: Promise<unknown>[] = [];
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Mission" WHERE id = ${mission.id} FOR UPDATE`;
        // the administrator queues first: without a second look under the row lock, the publish would write over it
        racers = [unpublishMission({ administrator, missionId: mission.id, reason: "Annonce discriminatoire." })];
        await new Promise((resolve) => setTimeout(resolve, 100));
        racers.push(publishMission(employer.id, mission.id));
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      await Promise.all(racers);
      expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("unpublished");
    }
  });

  it("leaves no session to a person signing in while their account or organisation is suspended", async () => {
    const administrator = await createAdministrator();
    for (let round = 0; round < 10; round++) {
      const { employer, owner } = await organisationWithPeople();
      const { user } = await createCandidate(unique("racer"));
      const reason = "Comportement abusif répété.";
      let racers: Promise<unknown>[] = [];
      // the rows are held while both start, so that both reach them at the same moment
      await db.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
        await tx.$queryRaw`SELECT id FROM "Employer" WHERE id = ${employer.id} FOR UPDATE`;
        racers = [
          createSession(user.id),
          suspendAccount({ administrator, userId: user.id, reason }),
          createSession(owner.id),
          suspendOrganisation({ administrator, employerId: employer.id, reason }),
        ];
        await new Promise((resolve) => setTimeout(resolve, 200));
      });
      await Promise.allSettled(racers);
      expect(await db.session.count({ where: { userId: { in: [user.id, owner.id] } } })).toBe(0);
    }
  });
});

describe("only administrators", () => {
  it("get anything but 404 from the moderation pages and actions; nothing changes for anyone else", async () => {
    const { employer, mission, owner } = await organisationWithPeople();
    const { user: candidate } = await createCandidate(unique("curious"));
    await report(mission.id, reportFields);
    const [open] = await db.report.findMany({ where: { missionId: mission.id } });
    const pages = [
      { route: reportQueue, path: "/admin/reports", params: {} },
      { route: missionAdmin, path: `/admin/missions/${mission.id}`, params: { id: mission.id } },
      { route: organisationAdmin, path: `/admin/organisations/${employer.id}`, params: { id: employer.id } },
      { route: accountsAdmin, path: "/admin/accounts", params: {} },
      { route: accountAdmin, path: `/admin/accounts/${owner.id}`, params: { id: owner.id } },
    ];
    const actions: { route: unknown; path: string; params: Record<string, string>; fields: Record<string, string> }[] =
      [
        {
          route: missionAdmin,
          path: `/admin/missions/${mission.id}`,
          params: { id: mission.id },
          fields: { intent: "unpublish", reason: "Tentative de quelqu’un d’autre." },
        },
        {
          route: missionAdmin,
          path: `/admin/missions/${mission.id}`,
          params: { id: mission.id },
          fields: { intent: "dismiss", report: open.id },
        },
        {
          route: missionAdmin,
          path: `/admin/missions/${mission.id}`,
          params: { id: mission.id },
          fields: { intent: "republish" },
        },
        {
          route: organisationAdmin,
          path: `/admin/organisations/${employer.id}`,
          params: { id: employer.id },
          fields: { intent: "suspend", reason: "Tentative de quelqu’un d’autre." },
        },
        {
          route: organisationAdmin,
          path: `/admin/organisations/${employer.id}`,
          params: { id: employer.id },
          fields: { intent: "reinstate", note: "" },
        },
        {
          route: accountAdmin,
          path: `/admin/accounts/${candidate.id}`,
          params: { id: candidate.id },
          fields: { intent: "suspend", reason: "Tentative de quelqu’un d’autre." },
        },
        {
          route: accountAdmin,
          path: `/admin/accounts/${candidate.id}`,
          params: { id: candidate.id },
          fields: { intent: "reinstate", note: "" },
        },
      ];
    for (const asker of [null, candidate, owner]) {
      const request = (path: string, init: RequestInit = {}) =>
        asker
          ? signedInRequest(asker.id, `${site}${path}`, init)
          : Promise.resolve(new Request(`${site}${path}`, init));
      for (const page of pages) {
        expect(
          (
            await answerOf(async () =>
              page.route.loader({ request: await request(page.path), params: page.params, context: {} }),
            )
          ).status,
          `${page.path} for ${asker?.email ?? "a visitor"}`,
        ).toBe(404);
      }
      for (const attempt of actions) {
        const answer = await answerOf(async () =>
          (attempt.route as typeof missionAdmin).action({
            request: await request(attempt.path, { method: "POST", body: formBody(attempt.fields) }),
            params: attempt.params,
            context: {},
          }),
        );
        expect(answer.status, `${attempt.fields.intent} on ${attempt.path} for ${asker?.email ?? "a visitor"}`).toBe(
          404,
        );
      }
    }
    expect((await db.mission.findUniqueOrThrow({ where: { id: mission.id } })).status).toBe("published");
    expect((await db.report.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("open");
    expect((await db.employer.findUniqueOrThrow({ where: { id: employer.id } })).suspendedAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: candidate.id } })).suspendedAt).toBeNull();
    expect(
      await db.auditEntry.count({ where: { subjectId: { in: [mission.id, employer.id, candidate.id, open.id] } } }),
    ).toBe(0);
  });
});
