// Downloading one's data (issue 12, point 3): the real route answers a ZIP, read back with yauzl; its JSON and CSV
// files are parsed (csv-parse) and its CVs compared byte for byte. Two candidates share a mission and an employer
// member wrote about both: each download holds its owner's data and nothing of the other person's.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createAlert } from "~/modules/candidates/alerts.server";
import { saveMission } from "~/modules/candidates/saved-missions.server";
import { sendEmail } from "~/modules/email/outbox.server";
import { pickSlotByToken, proposeInterview } from "~/modules/interviews/lifecycle.server";
import { addNote, saveReview } from "~/modules/pipeline/employer-pipeline.server";
import { applyToMission } from "~/modules/pipeline/applications.server";
import { grantConsent, withdrawConsent } from "~/modules/consents/consents.server";
import { recordViews } from "~/modules/privacy/who-looked.server";
import { action as download } from "~/routes/account_.data_.download";
import { loader as dataPage } from "~/routes/account_.data";
import { createCandidate, createEmployerWithMission, signedInRequest } from "../support/fixtures";
import { proposal, tokenFromMail } from "../support/interviews";
import { readZip } from "../support/read-zip";
import { thrown } from "../support/thrown";
import type { ParsedMail } from "mailparser";

const origin = "http://localhost:3000";
const pdf = (words: string, size = 2048) => {
  const bytes = Buffer.alloc(size, 0x20);
  Buffer.from(`%PDF-1.7\n% ${words}\n`).copy(bytes);
  for (let index = 64; index < size; index++) bytes[index] = (index * 31 + words.length) & 0xff;
  return new Uint8Array(bytes) as Uint8Array<ArrayBuffer>;
};

let lise: Awaited<ReturnType<typeof createCandidate>>;
let yvon: Awaited<ReturnType<typeof createCandidate>>;
let recruiterId: string;
const liseCv = pdf("CV de Lise", 300_000);
const yvonCv = pdf("CV de Yvon");

beforeAll(async () => {
  const { employer, mission } = await createEmployerWithMission({
    title: "Accueil au musée",
    employerName: "Musée du Fjord",
  });
  const {
    employerId,
    summary,
    description,
    sector,
    scheduleMask,
    hoursPerWeekMin,
    hoursPerWeekMax,
    town,
    status,
    publishedAt,
    closesAt,
  } = mission;
  const second = await db.mission.create({
    data: {
      employerId,
      summary,
      description,
      sector,
      scheduleMask,
      hoursPerWeekMin,
      hoursPerWeekMax,
      town,
      status,
      publishedAt,
      closesAt,
      title: "Guide des expositions",
    },
  });
  const recruiter = await db.user.create({
    data: {
      email: "nadia.roy@musee.example",
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  recruiterId = recruiter.id;
  lise = await createCandidate("lise.gagnon@exemple.ca", "fr");
  lise = {
    ...lise,
    user: await db.user.update({
      where: { id: lise.user.id },
      data: { name: "Lise Gagnon" },
      include: { candidate: true },
    }),
  };
  await db.candidateProfile.update({
    where: { id: lise.profile.id },
    data: {
      headline: "Accueil et billetterie",
      phone: "418 555-0101",
      story: "=cmd|' /C calc'!A0 trente ans au comptoir",
    },
  });
  yvon = await createCandidate("yvon.lapointe@exemple.ca", "en");
  await db.candidateProfile.update({
    where: { id: yvon.profile.id },
    data: { headline: "Guide touristique", phone: "418 555-0202" },
  });

  const employerMission = { ...mission, employer };
  const liseApplication = await applyToMission({
    user: lise.user,
    candidateId: lise.profile.id,
    mission: employerMission,
    message: '=HYPERLINK("http://pirate.example") j’aime accueillir',
    cv: { bytes: liseCv, contentType: "application/pdf", originalName: "../../CV Lise\u0007: version finale.pdf" },
  });
  await applyToMission({
    user: lise.user,
    candidateId: lise.profile.id,
    mission: { ...second, employer },
    message: "Deuxième",
    cv: { bytes: pdf("CV 2"), contentType: "application/pdf", originalName: "CV Lise: version finale.pdf" },
  });
  const yvonApplication = await applyToMission({
    user: yvon.user,
    candidateId: yvon.profile.id,
    mission: employerMission,
    message: "Message privé de Yvon",
    cv: { bytes: yvonCv, contentType: "application/pdf", originalName: "yvon-cv.pdf" },
  });
  for (const application of [liseApplication, yvonApplication]) {
    await addNote(
      employer.id,
      recruiter,
      application.id,
      `Note interne sur ${application.id === liseApplication.id ? "Lise" : "Yvon"}`,
    );
    await saveReview(employer.id, recruiter, application.id, {
      customerCare: 5,
      reliability: 4,
      languages: null,
      teamwork: 3,
      recommendation: "yes",
    });
  }
  // an interview booked by Lise, and what the employer keeps private stays private
  const now = new Date();
  const proposed = await proposeInterview({
    employerId: employer.id,
    actor: recruiter,
    applicationId: liseApplication.id,
    proposal: proposal([
      { startsAt: new Date(now.getTime() + 5 * 86_400_000) },
      { startsAt: new Date(now.getTime() + 6 * 86_400_000) },
    ]),
  });
  if (!proposed.ok) throw new Error("no proposal");
  const proposalRow = await db.outboxEmail.findFirstOrThrow({
    where: { toAddress: lise.user.email, template: "interviewProposal" },
  });
  expect(
    (
      await pickSlotByToken(
        tokenFromMail({ text: proposalRow.text } as ParsedMail),
        1,
        { status: "proposed" },
        { via: "link" },
      )
    ).ok,
  ).toBe(true);

  // the organisation opened Lise's application: she sees which organisation, never who
  await recordViews([
    { employerId: employer.id, memberId: recruiter.id, candidateId: lise.profile.id, what: "application" },
  ]);
  await saveMission(lise.profile.id, second.id);
  await saveMission(yvon.profile.id, mission.id);
  await createAlert(lise.profile.id, "q=accueil", "weekly");
  await createAlert(yvon.profile.id, "q=guide", "daily");
  await db.$transaction(async (tx) => {
    await grantConsent(tx, lise.user.id, "keep-cv", "account");
    await withdrawConsent(tx, lise.user.id, "keep-cv", "account");
    await grantConsent(tx, yvon.user.id, "suggestions", "account");
    await sendEmail(tx, {
      to: yvon.user.email,
      toName: "Yvon Lapointe",
      locale: "en",
      template: "addressTaken",
      params: { name: "Yvon Lapointe" },
    });
  });
});

afterAll(async () => {
  await db.$disconnect();
});

async function downloadAs(userId: string) {
  const response = await download({
    request: await signedInRequest(userId, `${origin}/account/data/download`, {
      method: "POST",
      body: new URLSearchParams(),
    }),
    params: {},
    context: {},
  });
  return { response, files: await readZip(Buffer.from(await response.arrayBuffer())) };
}

const csv = (bytes: Buffer | undefined) => parse(bytes!.toString("utf8"), { bom: true }) as string[][];

describe("downloading my data", () => {
  it("streams a ZIP as an attachment, never cached, with the JSON, the CSV files, a note and the CVs", async () => {
    const { response, files } = await downloadAs(lise.user.id);
    expect(response.status).toBe(200);
    expect(response.body).toBeInstanceOf(ReadableStream);
    expect(response.headers.get("Content-Type")).toBe("application/zip");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="chevronne-donnees-\d{4}-\d{2}-\d{2}\.zip"$/,
    );
    expect(response.headers.get("Cache-Control")).toContain("no-store");
    expect([...files.keys()]).toEqual([
      "LISEZMOI.txt",
      "chevronne-donnees.json",
      "consentements.csv",
      "appareils.csv",
      "courriels.csv",
      "candidatures.csv",
      "historique-des-candidatures.csv",
      "entrevues.csv",
      "missions-gardees.csv",
      "alertes.csv",
      "consultations.csv",
      "cv/_.._CV Lise__ version finale.pdf",
      "cv/CV Lise_ version finale.pdf",
    ]);
    // the CV exactly as sent, its name made safe (no folders, no control characters)
    expect(Buffer.compare(files.get("cv/_.._CV Lise__ version finale.pdf")!, Buffer.from(liseCv))).toBe(0);
    const audit = await db.auditEntry.findMany({ where: { action: "data.exported", subjectId: lise.user.id } });
    expect(audit).toMatchObject([{ actorId: lise.user.id, actorRole: "candidate", subjectType: "user" }]);
  });

  it("holds everything about the candidate, as the candidate sees it, and nothing of the other candidate or the employer's private notes", async () => {
    const { files } = await downloadAs(lise.user.id);
    const json = JSON.parse(files.get("chevronne-donnees.json")!.toString("utf8"));
    expect(json.account).toMatchObject({
      email: "lise.gagnon@exemple.ca",
      name: "Lise Gagnon",
      kind: "candidate",
      locale: "fr",
    });
    expect(json.profile).toMatchObject({ headline: "Accueil et billetterie", phone: "418 555-0101" });
    // the alert asked for its emails: that consent holds; keeping the CV was given, then withdrawn
    expect(json.consents.current).toMatchObject([{ purpose: "email-news" }]);
    expect(
      json.consents.history.map((change: { purpose: string; granted: boolean }) => [change.purpose, change.granted]),
    ).toEqual(
      expect.arrayContaining([
        ["keep-cv", true],
        ["keep-cv", false],
        ["email-news", true],
      ]),
    );
    expect(json.applications).toHaveLength(2);
    const first = json.applications.find(
      (application: { mission: { title: string } }) => application.mission.title === "Accueil au musée",
    );
    expect(first.message).toBe('=HYPERLINK("http://pirate.example") j’aime accueillir');
    expect(first.timeline.map((event: { kind: string }) => event.kind)).toEqual(
      expect.arrayContaining(["applied", "interviewProposed", "interviewBooked"]),
    );
    expect(first.timeline.map((event: { kind: string }) => event.kind)).not.toContain("note");
    expect(first.timeline.map((event: { description: string }) => event.description)).toContain("Candidature envoyée");
    expect(json.interviews).toMatchObject([
      { mission: "Accueil au musée", employer: "Musée du Fjord", status: "booked", format: "in_person" },
    ]);
    expect(json.savedMissions).toMatchObject([{ mission: "Guide des expositions" }]);
    expect(json.alerts).toMatchObject([{ search: expect.stringContaining("accueil"), frequency: "weekly" }]);
    expect(json.viewedBy).toMatchObject([{ organisation: "Musée du Fjord", what: ["application"] }]);
    expect(csv(files.get("consultations.csv")).slice(1)).toMatchObject([
      ["Musée du Fjord", expect.any(String), "votre candidature"],
    ]);
    expect(json.sessions.length).toBeGreaterThan(0);
    expect(json.emails.map((email: { subject: string }) => email.subject)).toEqual(
      expect.arrayContaining([expect.stringContaining("Accueil au musée")]),
    );

    const everything =
      [...files.values()].map((bytes) => bytes.toString("latin1")).join("\n") +
      [...files.values()].map((bytes) => bytes.toString("utf8")).join("\n");
    for (const other of [
      "Yvon",
      "yvon",
      "Message privé",
      "418 555-0202",
      "Guide touristique",
      "q=guide",
      "Note interne",
      "recommendation",
      "customerCare",
      recruiterId,
    ]) {
      expect(everything, other).not.toContain(other);
    }
    expect(everything).not.toContain(Buffer.from(yvonCv).toString("latin1"));
  });

  it("writes CSV files a spreadsheet opens safely: the same rows, formulas neutralised", async () => {
    const { files } = await downloadAs(lise.user.id);
    const applications = csv(files.get("candidatures.csv"));
    expect(applications[0]).toEqual([
      "Candidature",
      "Mission",
      "Employeur",
      "État de la candidature",
      "Envoyée le",
      "Mise à jour le",
      "Message",
      "CV",
      "Coordonnées montrées le",
    ]);
    expect(applications).toHaveLength(3);
    const row = applications.find((cells) => cells[1] === "Accueil au musée")!;
    expect(row[6]).toBe('\'=HYPERLINK("http://pirate.example") j’aime accueillir');
    expect(row[7]).toBe("cv/_.._CV Lise__ version finale.pdf");
    const history = csv(files.get("historique-des-candidatures.csv"));
    expect(history.slice(1).map((cells) => cells[3])).toContain("Candidature envoyée");
    expect(csv(files.get("missions-gardees.csv")).slice(1)).toMatchObject([
      ["Guide des expositions", "Musée du Fjord", expect.any(String)],
    ]);
    expect(
      csv(files.get("consentements.csv"))
        .slice(1)
        .map((cells) => cells[1]),
    ).toContain("Garder mon CV après la fin d’une candidature");
    for (const [name, bytes] of files) {
      if (!name.endsWith(".csv")) continue;
      for (const cells of csv(bytes))
        for (const cell of cells) expect(cell, `${name}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it("gives an employer member their account, organisations and the notes and ratings they wrote, without naming the candidates", async () => {
    const { response, files } = await downloadAs(recruiterId);
    expect(response.headers.get("Content-Disposition")).toContain("chevronne-donnees-");
    const json = JSON.parse(files.get("chevronne-donnees.json")!.toString("utf8"));
    expect(json.account).toMatchObject({ email: "nadia.roy@musee.example", kind: "employer" });
    expect(json.organisations).toMatchObject([{ organisation: "Musée du Fjord", role: "owner" }]);
    expect(json.notesWritten.map((note: { text: string }) => note.text).sort()).toEqual([
      "Note interne sur Lise",
      "Note interne sur Yvon",
    ]);
    expect(json.ratingsGiven).toHaveLength(2);
    expect(json.ratingsGiven[0]).toMatchObject({ customerCare: 5, reliability: 4, teamwork: 3, recommendation: "yes" });
    expect(json.profile).toBeUndefined();
    expect([...files.keys()].some((name) => name.startsWith("cv/"))).toBe(false);
    const everything = [...files.values()].map((bytes) => bytes.toString("utf8")).join("\n");
    for (const candidateData of [
      "Lise Gagnon",
      "lise.gagnon",
      "Yvon Lapointe",
      "yvon.lapointe",
      "418 555-01",
      "418 555-02",
      "j’aime accueillir",
      "Message privé",
    ]) {
      expect(everything, candidateData).not.toContain(candidateData);
    }
    expect(
      csv(files.get("notes.csv"))
        .slice(1)
        .map((cells) => cells[4])
        .sort(),
    ).toEqual(["Note interne sur Lise", "Note interne sur Yvon"]);
  });

  it("speaks the person's language, file names included", async () => {
    const { response, files } = await downloadAs(yvon.user.id);
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="chevronne-data-\d{4}-\d{2}-\d{2}\.zip"/);
    expect(files.has("chevronne-data.json")).toBe(true);
    expect(files.has("README.txt")).toBe(true);
    expect(csv(files.get("applications.csv"))[0][0]).toBe("Application");
    expect(Buffer.compare(files.get("cv/yvon-cv.pdf")!, Buffer.from(yvonCv))).toBe(0);
    const json = JSON.parse(files.get("chevronne-data.json")!.toString("utf8"));
    expect(json.consents.current.map((consent: { purpose: string }) => consent.purpose)).toEqual([
      "email-news",
      "suggestions",
    ]);
    // an email still waiting keeps its words in the download; Lise's name is nowhere
    expect(json.emails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: "pending", text: expect.stringContaining("Yvon Lapointe") }),
      ]),
    );
    expect(files.get("chevronne-data.json")!.toString("utf8")).not.toContain("Lise");
  });

  it("asks for fresh proof first, on the page and on the download, and comes back to the page", async () => {
    const stale = new Date(Date.now() - 11 * 60_000);
    const exported = () => db.auditEntry.count({ where: { action: "data.exported", subjectId: lise.user.id } });
    const exportsBefore = await exported();
    const request = await signedInRequest(lise.user.id, `${origin}/account/data/download`, {
      method: "POST",
      body: new URLSearchParams(),
    });
    await db.session.updateMany({ where: { userId: lise.user.id }, data: { provedAt: stale } });
    const refused = await thrown(download({ request, params: {}, context: {} }));
    expect(refused.status).toBe(302);
    expect(refused.headers.get("Location")).toBe(
      `/account/confirm?${new URLSearchParams({ returnTo: "/account/data" })}`,
    );
    const page = await thrown(
      dataPage({
        request: new Request(`${origin}/account/data`, { headers: request.headers }),
        params: {},
        context: {},
      }),
    );
    expect(page.headers.get("Location")).toBe(`/account/confirm?${new URLSearchParams({ returnTo: "/account/data" })}`);
    // nothing was exported (the earlier tests' downloads are already counted)
    expect(await exported()).toBe(exportsBefore);
  });
});
