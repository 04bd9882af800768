// Hostile input on the forms a review named (issue 13): the report forms (mission and organisation), the incident
// register (record and change), the move page's edited email, the account's delete page and its consent choices.
// For each: a field far too long, an unknown choice, a missing field, bytes that are not UTF-8 and a body past the
// cap. Real HTTP requests through the dev server (its checks, Remix's routing and error pages, the actions), so a 500
// anywhere would show. Every answer is a 4xx page, or the form again with its error summary; never a 500, nothing in
// the operator's log, and the database is exactly as before (compared row by row). Then two administrators saving the
// same incident at the same moment: one change is kept whole, the other is told it changed meanwhile.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { startDevServer, type DevServer } from "../support/dev-server";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";

let server: DevServer;
beforeAll(async () => {
  server = await startDevServer();
}, 90_000);
afterAll(() => server?.close());

let loggedErrors: ReturnType<typeof vi.spyOn>;
beforeEach(async () => {
  await db.rateLimit.deleteMany();
  loggedErrors = vi.spyOn(console, "error");
  return () => {
    const logged = loggedErrors.mock.calls.map((call: unknown[]) => String(call[0]).split("\n")[0]);
    loggedErrors.mockRestore();
    expect(logged).toEqual([]);
  };
});

let serial = 0;
const unique = (prefix: string) => `${prefix}-${++serial}-${Date.now()}@exemple.ca`;

type Body = string | Uint8Array;
type Case = { name: string; body: Body; contentType?: string };
type Answer = { status: number; html: string };

async function send(path: string, cookie: string | null, { body, contentType }: Case): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      Origin: server.url,
      "Sec-Fetch-Site": "same-origin",
      "Content-Type": contentType ?? "application/x-www-form-urlencoded",
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: typeof body === "string" ? body : Buffer.from(body),
    redirect: "manual",
  });
  return { status: response.status, html: await response.text() };
}

const encode = (fields: Record<string, string | string[]>) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body.toString();
};

/** A urlencoded body whose value holds bytes that are not UTF-8 (Latin-1 "é" and a stray 0xFF). */
const notUtf8 = (fields: Record<string, string>, field: string) =>
  new Uint8Array([...Buffer.from(`${encode(fields)}&${field}=`), ...Buffer.from("caf%E9%FF", "latin1")]);

/** The usual five: too long, unknown choice, missing field, not UTF-8, past the form's cap. */
function hostileCases(
  good: Record<string, string | string[]>,
  { longField, choiceField, required }: { longField: string; choiceField: string; required: string },
): Case[] {
  const without = Object.fromEntries(Object.entries(good).filter(([name]) => name !== required));
  return [
    { name: "a field far too long", body: encode({ ...good, [longField]: "é".repeat(20_000) }) },
    { name: "an unknown choice", body: encode({ ...good, [choiceField]: "n’importe-quoi" }) },
    { name: "a missing field", body: encode(without) },
    {
      name: "bytes that are not UTF-8",
      body: notUtf8(
        Object.fromEntries(Object.entries(good).filter(([name]) => name !== longField)) as Record<string, string>,
        longField,
      ),
    },
    { name: "a body past the cap", body: encode({ ...good, [longField]: "x".repeat(400 * 1024) }) },
    { name: "JSON instead of a form", body: JSON.stringify(good), contentType: "application/json" },
  ];
}

/** A clear answer: a 4xx page with a heading, or the form again with its error summary (FR or EN). */
function expectClearRefusal(answer: Answer, label: string) {
  expect(answer.status, label).not.toBe(500);
  if (answer.status === 200) {
    expect(answer.html, label).toMatch(/Il y a un problème|There is a problem/);
  } else {
    expect(answer.status, label).toBeGreaterThanOrEqual(400);
    expect(answer.status, label).toBeLessThan(500);
    expect(answer.html, label).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
  }
}

async function cookieFor(userId: string) {
  return (await createSession(userId)).split(";")[0];
}

/** Everything the forms below could change, row by row. */
async function snapshot() {
  const [reports, incidents, applications, events, outbox, users, consents, consentChanges, audit, sessions] =
    await Promise.all([
      db.report.findMany({ orderBy: { id: "asc" } }),
      db.confidentialityIncident.findMany({ orderBy: { id: "asc" } }),
      db.application.findMany({ orderBy: { id: "asc" } }),
      db.applicationEvent.count(),
      db.outboxEmail.count(),
      db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, email: true, name: true, suspendedAt: true } }),
      db.consent.findMany({ orderBy: [{ userId: "asc" }, { purpose: "asc" }] }),
      db.consentChange.count(),
      db.auditEntry.count(),
      db.session.count(),
    ]);
  return { reports, incidents, applications, events, outbox, users, consents, consentChanges, audit, sessions };
}

async function expectEachRefusedWithNothingChanged(path: string, cookie: string | null, cases: Case[]) {
  const before = await snapshot();
  for (const hostile of cases) {
    const answer = await send(path, cookie, hostile);
    expectClearRefusal(answer, `${path}: ${hostile.name} (status ${answer.status})`);
    expect(await snapshot(), `${path}: ${hostile.name} changed the database`).toEqual(before);
  }
}

const incidentFields = {
  title: "Courriel envoyé au mauvais destinataire",
  circumstances: "Un CV a été joint par erreur au courriel d’une autre personne candidate.",
  occurredOn: "2026-11-02",
  discoveredOn: "2026-11-03",
  informationKinds: ["identity", "cv"],
  informationDetails: "Nom, courriel et CV d’une personne.",
  peopleCount: "1",
  peopleDescription: "Une personne candidate.",
  seriousInjuryRisk: "no",
  riskAssessment: "Le destinataire a confirmé avoir supprimé le courriel le jour même.",
  commissionNotifiedOn: "",
  peopleNotifiedOn: "2026-11-04",
  measures: "Les pièces jointes ne partent plus qu’après une seconde vérification.",
};

async function administrator() {
  return db.user.create({
    data: { email: unique("admin"), name: "Claire Admin", kind: "candidate", isAdministrator: true },
  });
}

async function recordIncident(adminId: string) {
  return db.confidentialityIncident.create({
    data: {
      title: incidentFields.title,
      circumstances: incidentFields.circumstances,
      occurredOn: new Date("2026-11-02T00:00:00Z"),
      discoveredOn: new Date("2026-11-03T00:00:00Z"),
      informationKinds: ["identity"],
      informationDetails: "",
      peopleCount: 1,
      peopleDescription: "Une personne candidate.",
      seriousInjuryRisk: false,
      riskAssessment: "Risque faible, le courriel a été supprimé.",
      measures: "Une seconde vérification des pièces jointes.",
      recordedById: adminId,
      updatedById: adminId,
    },
  });
}

describe("hostile input changes nothing and never answers 500", () => {
  it("the report forms, for a mission and for an organisation", async () => {
    const { mission, employer } = await createEmployerWithMission({ title: "Accueil au musée" });
    const good = {
      reason: "discriminatory",
      details: "L’annonce demande « une personne jeune ».",
      contactEmail: "temoin@exemple.ca",
    };
    const cases = hostileCases(good, { longField: "details", choiceField: "reason", required: "reason" });
    cases.push({ name: "a malformed address", body: encode({ ...good, contactEmail: "pas-une-adresse" }) });
    await expectEachRefusedWithNothingChanged(`/missions/${mission.id}/report`, null, cases);
    await expectEachRefusedWithNothingChanged(`/employers/${employer.slug}/report`, null, cases);
  });

  it("the incident register: recording and changing", async () => {
    const admin = await administrator();
    const cookie = await cookieFor(admin.id);
    const cases = hostileCases(incidentFields, {
      longField: "circumstances",
      choiceField: "informationKinds",
      required: "seriousInjuryRisk",
    });
    cases.push({ name: "a count that is not a number", body: encode({ ...incidentFields, peopleCount: "-1e309" }) });
    cases.push({ name: "a date that does not exist", body: encode({ ...incidentFields, occurredOn: "2026-02-31" }) });
    await expectEachRefusedWithNothingChanged("/admin/incidents/new", cookie, cases);
    const incident = await recordIncident(admin.id);
    const seen = incident.updatedAt.toISOString();
    const editCases = hostileCases(
      { ...incidentFields, seen },
      { longField: "measures", choiceField: "seriousInjuryRisk", required: "title" },
    );
    editCases.push({ name: "a version that is not a date", body: encode({ ...incidentFields, seen: "hier" }) });
    editCases.push({ name: "no version at all", body: encode(incidentFields) });
    await expectEachRefusedWithNothingChanged(`/admin/incidents/${incident.id}/edit`, cookie, editCases);
  });

  it("the move page's edited email", async () => {
    const { employer, mission } = await createEmployerWithMission({ title: "Conseils en librairie" });
    const recruiter = await db.user.create({
      data: {
        email: unique("recruteur"),
        name: "Rémi",
        kind: "employer",
        memberships: { create: { employerId: employer.id, role: "recruiter" } },
      },
    });
    const { profile } = await createCandidate(unique("candidate"));
    const application = await db.application.create({
      data: { missionId: mission.id, candidateId: profile.id, stage: "new" },
    });
    const cookie = await cookieFor(recruiter.id);
    const good = {
      application: application.id,
      from: "new",
      to: "not_selected",
      notify: "on",
      subject: "Votre candidature",
      body: "Merci de votre intérêt pour la mission.",
    };
    const cases = hostileCases(good, { longField: "body", choiceField: "to", required: "to" });
    cases.push({ name: "a stage it never was in", body: encode({ ...good, from: "n’importe-quoi" }) });
    cases.push({ name: "no application named", body: encode({ ...good, application: "" }) });
    cases.push({ name: "a subject far too long", body: encode({ ...good, subject: "S".repeat(5000) }) });
    cases.push({ name: "an empty subject with notify on", body: encode({ ...good, subject: "" }) });
    // the page's form posts to its own address, which names the stage chosen on the step before
    await expectEachRefusedWithNothingChanged(
      `/employer/applications/${application.id}/move?to=not_selected&back=%2Femployer%2Fpipeline`,
      cookie,
      cases,
    );
    // a stage it never was in is answered in words, not with the schema's own message
    const tampered = await send(`/employer/applications/${application.id}/move?to=not_selected`, cookie, {
      name: "from",
      body: encode({ ...good, from: "n’importe-quoi" }),
    });
    expect(tampered.html).toContain("Cette candidature a changé d’étape entre-temps.");
    expect(tampered.html).not.toMatch(/Invalid|expected/);
  });

  it("the account's delete page", async () => {
    const { user } = await createCandidate(unique("supprimer"));
    const cookie = await cookieFor(user.id);
    const good = { intent: "delete", confirm: "yes" };
    const cases = hostileCases(good, { longField: "confirm", choiceField: "intent", required: "confirm" }).filter(
      // an unknown intent falls back to deleting, which needs the box ticked: "confirm" keeps its value there
      (hostile) => hostile.name !== "an unknown choice",
    );
    cases.push({ name: "an unknown intent without the box", body: encode({ intent: "n’importe-quoi" }) });
    cases.push({
      name: "a transfer to nobody",
      body: encode({ intent: "transfer", employerId: "", membershipId: "" }),
    });
    // handing over or closing is for owners only: anyone else gets "not found"
    cases.push({
      name: "closing an organisation that is not theirs",
      body: encode({ intent: "close", employerId: "nope", confirmClose: "yes" }),
    });
    await expectEachRefusedWithNothingChanged("/account/delete", cookie, cases);
    expect(await db.user.findUnique({ where: { id: user.id } })).not.toBeNull();
  });

  it("the account's consent choices", async () => {
    const { user } = await createCandidate(unique("consentement"));
    const cookie = await cookieFor(user.id);
    const good = { intent: "consents", consent: ["suggestions", "keep-cv"] };
    const cases = hostileCases(good, { longField: "consent", choiceField: "consent", required: "intent" });
    cases.push({
      name: "a choice repeated a thousand times",
      body: encode({ ...good, consent: Array.from({ length: 1000 }, () => "tout") }),
    });
    await expectEachRefusedWithNothingChanged("/account", cookie, cases);
  });
});

describe("two administrators change one incident at the same moment", () => {
  it("keeps one change whole and tells the other it changed meanwhile", async () => {
    const [alice, bruno] = [await administrator(), await administrator()];
    const incident = await recordIncident(alice.id);
    const seen = incident.updatedAt.toISOString();
    const [aliceCookie, brunoCookie] = [await cookieFor(alice.id), await cookieFor(bruno.id)];
    const aliceChange = {
      ...incidentFields,
      seen,
      measures: "Mesure d’Alice : chiffrement des pièces jointes.",
      riskAssessment: "Évaluation d’Alice, risque faible.",
    };
    const brunoChange = {
      ...incidentFields,
      seen,
      measures: "Mesure de Bruno : formation de l’équipe.",
      riskAssessment: "Évaluation de Bruno, risque modéré.",
    };
    const answers = await Promise.all([
      send(`/admin/incidents/${incident.id}/edit`, aliceCookie, { name: "alice", body: encode(aliceChange) }),
      send(`/admin/incidents/${incident.id}/edit`, brunoCookie, { name: "bruno", body: encode(brunoChange) }),
    ]);
    const saved = answers.filter((answer) => answer.status === 302);
    const told = answers.filter((answer) => answer.status === 200);
    expect(saved).toHaveLength(1);
    expect(told).toHaveLength(1);
    expect(told[0].html).toMatch(/Il y a un problème|There is a problem/);
    const winner = answers[0].status === 302 ? aliceChange : brunoChange;
    const after = await db.confidentialityIncident.findUniqueOrThrow({ where: { id: incident.id } });
    // the winner's change whole, never half of each
    expect({ measures: after.measures, riskAssessment: after.riskAssessment }).toEqual({
      measures: winner.measures,
      riskAssessment: winner.riskAssessment,
    });
    expect(after.updatedById).toBe(winner === aliceChange ? alice.id : bruno.id);
    expect(await db.auditEntry.count({ where: { action: "incident.updated", subjectId: incident.id } })).toBe(1);
    // the one told keeps what they typed, and saving it again on the new version works
    expect(told[0].html).toContain(winner === aliceChange ? "Mesure de Bruno" : "Mesure d’Alice");
  });
});
