// Candidates decide what employers see (issue 11, item 11): phone and email reach the employer only once the
// candidate accepts an interview, or when they chose to share them on applying; years of experience are kept and
// shown only as bands capped at "15 ans et plus", so no record and no page lets anyone infer an age. The employer's
// pages are read as real HTML from the app served by Vite.
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~/db.server";
import { createSession } from "~/modules/auth/session.server";
import { loadProfile } from "~/modules/candidates/profile.server";
import { interviewToken } from "~/modules/interviews/token.server";
import { pickSlotByToken, proposeInterview } from "~/modules/interviews/lifecycle.server";
import { proposalForm } from "~/modules/interviews/interview-forms";
import { proposalDefaults } from "~/modules/interviews/proposal-defaults.server";
import { findOwnLiveApplication } from "~/modules/employers/access.server";
import { action as applyAction } from "~/routes/missions.$id.apply";
import { action as profileAction } from "~/routes/profile.$step";
import { createCandidate, createEmployerWithMission } from "../support/fixtures";
import { repoRoot } from "../support/paths";
import { proposal } from "../support/interviews";

let vite: ViteDevServer;
let base = "";

beforeAll(async () => {
  vite = await createServer({
    root: repoRoot,
    configFile: `${repoRoot}/vite.config.ts`,
    logLevel: "error",
    server: { host: "127.0.0.1", port: 0, hmr: false, watch: null },
  });
  await vite.listen();
  base = `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;
}, 60_000);
afterAll(() => vite?.close());

const phone = "418 555-0142";
let counter = 0;

/** A candidate who prefers the phone, an employer with a recruiter, and a cookie for each. */
async function setup() {
  counter += 1;
  const email = `lise.privee${counter}@exemple.ca`;
  const { user, profile } = await createCandidate(email);
  await db.candidateProfile.update({
    where: { id: profile.id },
    data: {
      contactPreference: "phone",
      phone,
      headline: "Libraire",
      pastFields: JSON.stringify([
        { field: "Librairie de quartier", band: "15-plus" },
        { field: "Club de lecture", band: "5-10" },
      ]),
    },
  });
  const { employer, mission } = await createEmployerWithMission();
  const recruiter = await db.user.create({
    data: {
      email: `rh${counter}@musee.example`,
      name: "Nadia Roy",
      kind: "employer",
      memberships: { create: { employerId: employer.id, role: "owner" } },
    },
  });
  const cookie = async (userId: string) => (await createSession(userId)).split(";")[0];
  return {
    email,
    user,
    profile,
    employer,
    mission,
    recruiter,
    candidateCookie: await cookie(user.id),
    recruiterCookie: await cookie(recruiter.id),
    cookie,
  };
}

async function apply(context: Awaited<ReturnType<typeof setup>>, fields: Record<string, string> = {}) {
  const body = new FormData();
  body.set("message", "Bonjour, je serais heureuse de vous aider.");
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const request = new Request(`http://chevronne.test/missions/${context.mission.id}/apply`, {
    method: "POST",
    headers: { Cookie: context.candidateCookie },
    body,
  });
  const result = await applyAction({ request, params: { id: context.mission.id }, context: {} }).catch(
    (thrown: unknown) => thrown,
  );
  expect((result as Response).status).toBe(302);
  return db.application.findFirstOrThrow({ where: { missionId: context.mission.id, candidateId: context.profile.id } });
}

async function page(path: string, cookie: string) {
  const response = await fetch(`${base}${path}`, { headers: { Cookie: cookie, "Accept-Language": "fr" } });
  return { status: response.status, html: await response.text() };
}

describe("the candidate's phone and email", () => {
  it("stay hidden from the employer until the candidate books an interview, then show both", async () => {
    const context = await setup();
    const application = await apply(context);
    expect(application.contactSharedAt).toBeNull();

    const before = await page(`/employer/applications/${application.id}`, context.recruiterCookie);
    expect(before.status).toBe(200);
    expect(before.html).not.toContain("555-0142");
    expect(before.html).not.toContain(context.email);
    expect(before.html).toContain("Ses coordonnées vous seront montrées quand elle aura accepté une entrevue");
    // the proposal form does not fill in the number either
    const own = await findOwnLiveApplication(context.employer.id, application.id);
    expect((await proposalDefaults(context.recruiter, own)).callNumber).toBe("");

    const now = new Date();
    const slots = [1, 2].map((days) => ({ startsAt: new Date(now.getTime() + days * 86_400_000) }));
    const proposed = await proposeInterview({
      employerId: context.employer.id,
      actor: context.recruiter,
      applicationId: application.id,
      proposal: proposal(slots),
      now,
    });
    expect(proposed.ok).toBe(true);
    const interview = await db.interview.findFirstOrThrow({ where: { applicationId: application.id } });
    expect((await page(`/employer/applications/${application.id}`, context.recruiterCookie)).html).not.toContain(
      "555-0142",
    );

    expect(
      await pickSlotByToken(interviewToken(interview.id), 1, { status: "proposed" }, { via: "link", now }),
    ).toMatchObject({ ok: true });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).contactSharedAt).not.toBeNull();
    const after = await page(`/employer/applications/${application.id}`, context.recruiterCookie);
    expect(after.html).toContain("par téléphone, au 418 555-0142");
    expect(after.html).toContain(`par courriel, à ${context.email}`);
    expect(
      (await proposalDefaults(context.recruiter, await findOwnLiveApplication(context.employer.id, application.id)))
        .callNumber,
    ).toBe(phone);
  }, 60_000);

  it("show at once when the candidate ticks the box on applying, which is off by default and in plain words", async () => {
    const context = await setup();
    const form = await page(`/missions/${context.mission.id}/apply`, context.candidateCookie);
    const box = form.html.match(/<input[^>]*name="shareContact"[^>]*>/)?.[0];
    expect(box).toBeDefined();
    expect(box).toContain('type="checkbox"');
    expect(box).not.toContain("checked");
    expect(form.html).toContain("Montrer dès maintenant mon téléphone et mon courriel à l’employeur");

    const application = await apply(context, { shareContact: "on" });
    expect(application.contactSharedAt).not.toBeNull();
    const shown = await page(`/employer/applications/${application.id}`, context.recruiterCookie);
    expect(shown.html).toContain("par téléphone, au 418 555-0142");
    expect(shown.html).toContain(context.email);
  }, 60_000);

  it("never reach another organisation, shared or not: its members get 404", async () => {
    const context = await setup();
    const application = await apply(context, { shareContact: "on" });
    const other = await createEmployerWithMission();
    const outsider = await db.user.create({
      data: {
        email: `autre${counter}@ailleurs.example`,
        name: "Autre",
        kind: "employer",
        memberships: { create: { employerId: other.employer.id, role: "owner" } },
      },
    });
    const refused = await page(`/employer/applications/${application.id}`, await context.cookie(outsider.id));
    expect(refused.status).toBe(404);
    expect(refused.html).not.toContain("555-0142");
    expect(refused.html).not.toContain(context.email);
  }, 60_000);
});

describe("a phone interview before the number is shared", () => {
  it("calls the number on the candidate's profile: said so to both, and filled in once the candidate books", async () => {
    const context = await setup();
    const application = await apply(context);
    const now = new Date();
    const slots = [1, 2].map((days) => ({ startsAt: new Date(now.getTime() + days * 86_400_000) }));
    const form = new URLSearchParams({
      format: "phone",
      callNumber: "",
      recruiterPhone: "418 555-0100",
      timeZone: "America/Toronto",
    });
    expect(
      proposalForm(now).safeParse(
        Object.fromEntries([
          ...form,
          ...slots.flatMap((slot, index) => [
            [`date${index + 1}`, slot.startsAt.toISOString().slice(0, 10)],
            [`time${index + 1}`, "10:00"],
          ]),
        ]),
      ).success,
    ).toBe(true);
    expect(
      proposalForm(now).safeParse({
        ...Object.fromEntries(form),
        callNumber: "pas un numéro",
        date1: "2099-01-05",
        time1: "10:00",
        date2: "2099-01-06",
        time2: "10:00",
      }).error?.issues[0],
    ).toMatchObject({ path: ["callNumber"], message: "interviews.errors.phoneInvalid" });

    const proposed = await proposeInterview({
      employerId: context.employer.id,
      actor: context.recruiter,
      applicationId: application.id,
      proposal: { ...proposal(slots), format: "phone", address: "", accessNotes: "" },
      now,
    });
    expect(proposed.ok).toBe(true);
    const toCandidate = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: context.email, template: "interviewProposal" },
    });
    expect(toCandidate.text).toContain("Nadia Roy vous appellera au numéro de votre profil");
    const before = await page(`/employer/applications/${application.id}`, context.recruiterCookie);
    expect(before.html).toContain("au numéro de son profil");
    expect(before.html).not.toContain("555-0142");

    const interview = await db.interview.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(
      await pickSlotByToken(interviewToken(interview.id), 1, { status: "proposed" }, { via: "link", now }),
    ).toMatchObject({ ok: true });
    expect((await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).callNumber).toBe(phone);
    const toRecruiter = await db.outboxEmail.findFirstOrThrow({
      where: { toAddress: context.recruiter.email, template: "interviewInvitation" },
    });
    expect(toRecruiter.text).toContain("vous appellerez Yvon Lapointe au 418 555-0142");
  }, 60_000);
});

describe("years of experience", () => {
  it("are asked as bands in the profile, stored as bands, and never as a number of years", async () => {
    const context = await setup();
    const form = await page("/profile/experience", context.candidateCookie);
    expect(form.html).toContain("15 ans et plus");
    expect(form.html).not.toMatch(/name="pastYears"/);

    const body = new URLSearchParams();
    for (const [name, value] of [
      ["headline", "Libraire"],
      ["story", ""],
      ["skills", ""],
      ["pastField", "Librairie"],
      ["pastBand", "15-plus"],
      ["pastField", "Couture"],
      ["pastBand", "2-5"],
      ["pastField", ""],
      ["pastBand", ""],
    ])
      body.append(name, value);
    const save = (data: URLSearchParams) =>
      profileAction({
        request: new Request("http://chevronne.test/profile/experience", {
          method: "POST",
          headers: { Cookie: context.candidateCookie, "Content-Type": "application/x-www-form-urlencoded" },
          body: data,
        }),
        params: { step: "experience" },
        context: {},
      }).catch((thrown: unknown) => thrown);
    expect(((await save(body)) as Response).status).toBe(302);
    const row = await db.candidateProfile.findUniqueOrThrow({ where: { id: context.profile.id } });
    expect(JSON.parse(row.pastFields)).toEqual([
      { field: "Librairie", band: "15-plus" },
      { field: "Couture", band: "2-5" },
    ]);

    const wrong = new URLSearchParams();
    for (const [name, value] of [
      ["pastField", "Couture"],
      ["pastBand", "40"],
    ])
      wrong.append(name, value);
    expect(await save(wrong)).toMatchObject({
      errors: { "pastBand-0": "privacy.bandRequired" },
      values: { pastField: "Couture" },
    });
  }, 60_000);

  it("show as bands on the employer's page, with no exact number of years anywhere in its HTML", async () => {
    const context = await setup();
    const application = await apply(context);
    const { html } = await page(`/employer/applications/${application.id}`, context.recruiterCookie);
    expect(html).toContain("Librairie de quartier (15 ans et plus)");
    expect(html).toContain("Club de lecture (5 à 10 ans)");
    const text = html.replace(/<[^>]+>/g, " ");
    const yearMentions = [...text.matchAll(/\d+\s*(?:ans?|years?)\b(?! et plus)/g)].map((match) => match[0]);
    expect(yearMentions.every((mention) => /^(2|5|10|15) ans$/.test(mention.replace(/\s+/g, " ")))).toBe(true);
  }, 60_000);

  it("are migrated from numbers to bands, capped at 15 years or more", async () => {
    const { profile } = await createCandidate("ancienne@exemple.ca");
    const years = [0, 1, 2, 4, 5, 9, 10, 14, 15, 31, 45];
    await db.candidateProfile.update({
      where: { id: profile.id },
      data: { pastFields: JSON.stringify(years.map((count) => ({ field: `Domaine ${count}`, years: count }))) },
    });
    const migration = fs.readFileSync(`${repoRoot}/prisma/migrations/20261208120000_candidate_privacy.sql`, "utf8");
    const up = migration.split("-- migrate:down")[0];
    const pastFieldsUpdate = up.split(/;\s*\n/).find((statement) => statement.includes('UPDATE "CandidateProfile"'));
    expect(pastFieldsUpdate).toBeDefined();
    await db.$executeRawUnsafe(pastFieldsUpdate!);

    const row = await db.candidateProfile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(row.pastFields).not.toContain("years");
    expect(JSON.parse(row.pastFields).map((entry: { band: string }) => entry.band)).toEqual([
      "under-2",
      "under-2",
      "2-5",
      "2-5",
      "5-10",
      "5-10",
      "10-15",
      "10-15",
      "15-plus",
      "15-plus",
      "15-plus",
    ]);
    expect(
      (await loadProfile((await db.candidateProfile.findUniqueOrThrow({ where: { id: profile.id } })).userId))
        .pastFields[9],
    ).toEqual({ field: "Domaine 31", band: "15-plus" });
  });
});
