// Telling employer members that someone applied (issue 13 item 11, docs/decisions/0026-application-notices.md): the
// choice on the account page (hostile input refused, nothing changed), the email for each application written with
// the application, the morning digest (contents, nothing when empty, once even with two rounds racing, never naming a
// candidate who deleted their account) and the dashboard's "new since your last visit". Real database, real SMTP.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { smtpTransport } from "~/modules/email/transport.server";
import { deliverDueEmails } from "~/modules/email/worker.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { digestDayAt, sendApplicationDigests } from "~/modules/pipeline/application-notices.server";
import { deleteAccount } from "~/modules/privacy/account-deletion.server";
import { action as accountAction, loader as accountLoader } from "~/routes/account";
import { loader as dashboardLoader } from "~/routes/dashboard";
import { loader as applicationLoader } from "~/routes/employer.applications.$id";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp";
import { thrown } from "../support/thrown";

const hour = 3_600_000;
/** 7:30 in Toronto on 8 December 2026 (UTC−5): the digest's hour has come. */
const morning = new Date("2026-12-08T12:30:00Z");

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(() => smtp.close());
beforeEach(async () => {
  smtp.messages.length = 0;
  await db.outboxEmail.deleteMany();
  await db.employer.deleteMany();
  await db.user.deleteMany();
});

let counter = 0;

async function organisation() {
  counter += 1;
  const { employer, mission } = await createEmployerWithMission({
    employerName: `Musée du Fjord ${counter}`,
    title: "Accueil au musée",
  });
  const member = (email: string, name: string, role: "owner" | "recruiter", locale: "fr" | "en" = "fr") =>
    db.user.create({
      data: { email, name, kind: "employer", locale, memberships: { create: { employerId: employer.id, role } } },
      include: { memberships: true },
    });
  return { employer, mission, member };
}

async function apply(mission: { id: string; title: string }, employer: { name: string }, name: string, at?: Date) {
  counter += 1;
  const { user, profile } = await createCandidate(`candidat${counter}@exemple.ca`);
  await db.user.update({ where: { id: user.id }, data: { name } });
  const application = await applyToMission({
    user: { ...user, name },
    candidateId: profile.id,
    mission: { ...mission, employer },
    message: "Bonjour.",
    cv: null,
  });
  // the "applied" event is the moment a digest and the dashboard count from
  if (at)
    await db.applicationEvent.updateMany({
      where: { applicationId: application.id, kind: "applied" },
      data: { createdAt: at },
    });
  return { user, application };
}

async function deliver(now = new Date()) {
  const transport = smtpTransport(smtp.url);
  try {
    await deliverDueEmails(transport, now);
  } finally {
    transport.close();
  }
}

function postNotice(userId: string, fields: Record<string, string>) {
  return signedInRequest(userId, "http://chevronne.test/account", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "application-notice", ...fields }),
  }).then((request) => accountAction({ request, params: {}, context: {} }));
}

const to = (address: string) => (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) => entry?.value.some((box) => box.address === address));
/** The notices to employer members (addresses at *.example), not the candidates' own confirmations (exemple.ca). */
const notices = () =>
  smtp.messages.filter((mail) =>
    (Array.isArray(mail.to) ? mail.to : [mail.to]).some((entry) =>
      entry?.value.some((box) => box.address?.endsWith(".example")),
    ),
  );
const linksIn = (mail: ParsedMail) => [...String(mail.html).matchAll(/href="([^"]+)"/g)].map((match) => match[1]);

describe("the account page's choice", () => {
  it("shows each organisation with the role's default: a digest for the owner, nothing for a recruiter", async () => {
    const { member } = await organisation();
    const owner = await member("proprio@musee.example", "Hélène Gagnon", "owner");
    const recruiter = await member("rh@musee.example", "Marc Roy", "recruiter");
    const seen = async (userId: string) =>
      (
        await accountLoader({
          request: await signedInRequest(userId, "http://chevronne.test/account"),
          params: {},
          context: {},
        })
      ).notices;
    expect((await seen(owner.id)).map((notice) => notice.notice)).toEqual(["daily"]);
    expect((await seen(recruiter.id)).map((notice) => notice.notice)).toEqual(["none"]);
  });

  it("saves a choice, and refuses a wrong value (400) or another person's membership (404) without changing anything", async () => {
    const { member } = await organisation();
    const owner = await member("proprio@musee.example", "Hélène Gagnon", "owner");
    const other = await (await organisation()).member("autre@ailleurs.example", "Paul Côté", "owner");
    const membershipId = owner.memberships[0].id;

    const saved = await thrown(postNotice(owner.id, { membershipId, notice: "each" }));
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/account?saved=application-notice#notices-title");
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).applicationNotice).toBe("each");

    const hostiles: Record<string, string>[] = [
      { membershipId, notice: "weekly" },
      { membershipId, notice: "" },
      { membershipId },
      { membershipId: "", notice: "none" },
      { membershipId: "x".repeat(500), notice: "none" },
    ];
    for (const hostile of hostiles) {
      expect((await thrown(postNotice(owner.id, hostile))).status).toBe(400);
    }
    // another organisation's member's row, by its id: not found, and not changed
    expect((await thrown(postNotice(owner.id, { membershipId: other.memberships[0].id, notice: "none" }))).status).toBe(
      404,
    );
    expect(
      (await db.membership.findUniqueOrThrow({ where: { id: other.memberships[0].id } })).applicationNotice,
    ).toBeNull();
    expect((await db.membership.findUniqueOrThrow({ where: { id: membershipId } })).applicationNotice).toBe("each");
  });
});

describe("an email for each application", () => {
  it("goes with the application to each member who chose it, in their language, with a link that opens it", async () => {
    const { employer, mission, member } = await organisation();
    const owner = await member("proprio@musee.example", "Hélène Gagnon", "owner");
    const recruiter = await member("rh@musee.example", "Mary Smith", "recruiter", "en");
    const quiet = await member("calme@musee.example", "Luc Roy", "recruiter");
    const suspended = await member("suspendu@musee.example", "Jean Dumas", "recruiter");
    await thrown(postNotice(owner.id, { membershipId: owner.memberships[0].id, notice: "each" }));
    await thrown(postNotice(recruiter.id, { membershipId: recruiter.memberships[0].id, notice: "each" }));
    await thrown(postNotice(suspended.id, { membershipId: suspended.memberships[0].id, notice: "each" }));
    await db.user.update({ where: { id: suspended.id }, data: { suspendedAt: new Date(), suspensionReason: "test" } });

    const { application } = await apply(mission, employer, "Lise Tremblay");
    // written in the application's transaction: already in the outbox when applyToMission returns
    const written = await db.outboxEmail.findMany({
      where: { template: "newApplication" },
      orderBy: { toAddress: "asc" },
    });
    expect(written.map((email) => email.toAddress)).toEqual(["proprio@musee.example", "rh@musee.example"]);

    await deliver();
    const french = await smtp.waitForMessage((mail) => to("proprio@musee.example")(mail));
    expect(french.subject).toBe("Nouvelle candidature : Accueil au musée");
    expect(french.text).toContain("Lise Tremblay vient de postuler à la mission « Accueil au musée »");
    expect(french.text).toContain("Vie privée : ce que nous gardons et vos droits");
    const english = await smtp.waitForMessage((mail) => to("rh@musee.example")(mail));
    expect(english.subject).toBe("New application: Accueil au musée");
    expect(english.text).toContain("Lise Tremblay has just applied");
    expect(
      smtp.messages.filter((mail) => to("calme@musee.example")(mail) || to("suspendu@musee.example")(mail)),
    ).toHaveLength(0);

    const link = linksIn(english).find((href) => href.includes("/employer/applications/"));
    expect(link).toBe(`http://chevronne.test/employer/applications/${application.id}`);
    const opened = await applicationLoader({
      request: await signedInRequest(recruiter.id, link!),
      params: { id: application.id },
      context: {},
    });
    expect(JSON.stringify(opened)).toContain("Lise Tremblay");
    expect(linksIn(english)).toContain("http://chevronne.test/account#notices-title");
    void quiet;
  });

  it("exists only with its application: a second application refused on the unique index leaves no email", async () => {
    const { employer, mission, member } = await organisation();
    const owner = await member("proprio@musee.example", "Hélène Gagnon", "owner");
    await thrown(postNotice(owner.id, { membershipId: owner.memberships[0].id, notice: "each" }));
    const { user } = await apply(mission, employer, "Lise Tremblay");
    const profile = await db.candidateProfile.findUniqueOrThrow({ where: { userId: user.id } });
    const again = () =>
      applyToMission({
        user: { ...user, name: "Lise Tremblay" },
        candidateId: profile.id,
        mission: { ...mission, employer },
        message: "Encore.",
        cv: null,
      });
    await expect(Promise.all([again(), again()])).rejects.toThrow();
    expect(await db.outboxEmail.count({ where: { template: "newApplication" } })).toBe(1);
  });

  it("is not written for members who chose a digest or nothing", async () => {
    const { employer, mission, member } = await organisation();
    await member("proprio@musee.example", "Hélène Gagnon", "owner");
    await member("rh@musee.example", "Marc Roy", "recruiter");
    await apply(mission, employer, "Lise Tremblay");
    expect(await db.outboxEmail.count({ where: { template: "newApplication" } })).toBe(0);
  });
});

describe("the morning digest", () => {
  it("waits for 7:00 in Toronto, then lists what arrived since the last one, once a day, and nothing when nothing arrived", async () => {
    const { employer, mission, member } = await organisation();
    await member("proprio@musee.example", "Hélène Gagnon", "owner");
    const recruiter = await member("rh@musee.example", "Mary Smith", "recruiter", "en");
    await thrown(postNotice(recruiter.id, { membershipId: recruiter.memberships[0].id, notice: "daily" }));
    const none = await member("rien@musee.example", "Luc Roy", "recruiter");
    await thrown(postNotice(none.id, { membershipId: none.memberships[0].id, notice: "none" }));
    const first = await apply(mission, employer, "Lise Tremblay", new Date(morning.getTime() - 10 * hour));
    const second = await apply(mission, employer, "Gilles Fortin", new Date(morning.getTime() - 5 * hour));
    const gone = await apply(mission, employer, "Rose Caron", new Date(morning.getTime() - 4 * hour));
    // this candidate deleted their account: the digest must not name them
    await deleteAccount(gone.user.id, "requested");

    expect(digestDayAt(new Date("2026-12-08T11:59:00Z"))).toEqual({ day: "2026-12-08", due: false });
    expect(await sendApplicationDigests(new Date("2026-12-08T11:59:00Z"))).toBe(0);
    expect(await sendApplicationDigests(morning)).toBe(2);
    expect(await sendApplicationDigests(new Date(morning.getTime() + hour))).toBe(0);

    await deliver(new Date(morning.getTime() + hour));
    const french = await smtp.waitForMessage((mail) => to("proprio@musee.example")(mail));
    expect(french.subject).toBe(`2 nouvelles candidatures pour ${employer.name}`);
    expect(french.text).toContain("Lise Tremblay");
    expect(french.text).toContain("Gilles Fortin");
    expect(french.text).not.toContain("Rose Caron");
    expect(french.text).toContain("Vie privée : ce que nous gardons et vos droits");
    expect(linksIn(french)).toEqual(
      expect.arrayContaining([
        `http://chevronne.test/employer/applications/${first.application.id}`,
        `http://chevronne.test/employer/applications/${second.application.id}`,
      ]),
    );
    const english = await smtp.waitForMessage((mail) => to("rh@musee.example")(mail));
    expect(english.subject).toBe(`2 new applications for ${employer.name}`);
    expect(english.text).not.toContain("Rose Caron");
    expect(smtp.messages.filter(to("rien@musee.example"))).toHaveLength(0);
    expect(notices()).toHaveLength(2);

    // the next morning, nothing arrived: nothing sent; the morning after, only what is new
    const nextMorning = new Date(morning.getTime() + 24 * hour);
    expect(await sendApplicationDigests(nextMorning)).toBe(0);
    await apply(mission, employer, "Anne Morin", new Date(nextMorning.getTime() + 3 * hour));
    const thirdMorning = new Date(morning.getTime() + 48 * hour);
    expect(await sendApplicationDigests(thirdMorning)).toBe(2);
    const latest = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: "proprio@musee.example", template: "applicationDigest" },
      orderBy: { createdAt: "desc" },
    });
    expect(latest.subject).toBe(`1 nouvelle candidature pour ${employer.name}`);
    expect(latest.text).toContain("Anne Morin");
    expect(latest.text).not.toContain("Lise Tremblay");
  });

  it("goes out once when two rounds run at the same moment", async () => {
    const organisations = await Promise.all([1, 2, 3].map(() => organisation()));
    for (const [index, { employer, mission, member }] of organisations.entries()) {
      await member(`proprio${index}@musee.example`, "Hélène Gagnon", "owner");
      await apply(mission, employer, "Lise Tremblay", new Date(morning.getTime() - hour));
    }
    for (let round = 0; round < 3; round += 1) {
      const day = new Date(morning.getTime() + round * 24 * hour);
      if (round > 0)
        for (const { employer, mission } of organisations)
          await apply(mission, employer, "Gilles Fortin", new Date(day.getTime() - hour));
      const [a, b] = await Promise.all([sendApplicationDigests(day), sendApplicationDigests(day)]);
      expect(a + b).toBe(3);
    }
    expect(await db.outboxEmail.count({ where: { template: "applicationDigest" } })).toBe(9);
    await deliver(new Date(morning.getTime() + 3 * 24 * hour));
    expect(notices()).toHaveLength(9);
  });

  it("is not sent to a suspended account or a suspended organisation's members", async () => {
    const one = await organisation();
    const suspendedUser = await one.member("suspendu@musee.example", "Jean Dumas", "owner");
    await db.user.update({
      where: { id: suspendedUser.id },
      data: { suspendedAt: new Date(), suspensionReason: "test" },
    });
    await apply(one.mission, one.employer, "Lise Tremblay", new Date(morning.getTime() - hour));
    const two = await organisation();
    await two.member("proprio@suspendue.example", "Hélène Gagnon", "owner");
    await apply(two.mission, two.employer, "Lise Tremblay", new Date(morning.getTime() - hour));
    await db.employer.update({
      where: { id: two.employer.id },
      data: { suspendedAt: new Date(), suspensionReason: "test" },
    });
    expect(await sendApplicationDigests(morning)).toBe(0);
  });
});

describe("the dashboard", () => {
  it("shows what arrived since the last visit, with links, then counts from this visit", async () => {
    const { employer, mission, member } = await organisation();
    const owner = await member("proprio@musee.example", "Hélène Gagnon", "owner");
    const visit = async () => {
      const data = await dashboardLoader({
        request: await signedInRequest(owner.id, "http://chevronne.test/dashboard"),
        params: {},
        context: {},
      });
      if (data.kind !== "employer") throw new Error("expected the employer's dashboard");
      return data.newSince;
    };
    const { application } = await apply(mission, employer, "Lise Tremblay");
    const gone = await apply(mission, employer, "Rose Caron");
    await deleteAccount(gone.user.id, "requested");
    const first = await visit();
    expect(first.count).toBe(1);
    expect(first.applications).toEqual([
      { id: application.id, candidateName: "Lise Tremblay", missionTitle: "Accueil au musée" },
    ]);
    expect((await visit()).count).toBe(0);
    await apply(mission, employer, "Gilles Fortin");
    const third = await visit();
    expect(third.count).toBe(1);
    expect(third.applications[0].candidateName).toBe("Gilles Fortin");
  });
});
