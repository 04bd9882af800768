// Demo data for Chevronné: employers, missions, candidates and applications at every stage.
// Deterministic: the same `now` always gives the same rows (ids included); dates are relative to `now`.

import { profileSteps } from "../../app/modules/candidates/vocabulary";
import type { Prisma, PrismaClient } from "../../app/generated/prisma/client";
import { buildCandidates, type CandidateRecord } from "./candidates";
import { employers } from "./employers";
import {
  applicationId,
  candidateProfileId,
  candidateUserId,
  employerId,
  employerUserId,
  eventId,
  membershipId,
} from "./ids";
import { buildMissions, type MissionSeed } from "./missions";
import { rngFor, type Rng } from "./random";

/** Password of the three demo accounts (the caller hashes it and passes the hash). */
export const DEMO_PASSWORD = "chevronne-demo";

const DEMO_EMPLOYER = employers[0];

export const DEMO_ACCOUNTS = {
  candidate: {
    email: "candidat.demo@chevronne.example",
    name: "Lise Gagnon",
    kind: "candidate",
    locale: "fr",
  },
  employer: {
    email: "employeur.demo@chevronne.example",
    name: DEMO_EMPLOYER.ownerName,
    kind: "employer",
    locale: "fr",
    employerSlug: DEMO_EMPLOYER.slug,
    employerName: DEMO_EMPLOYER.name,
    role: "owner",
  },
  recruiter: {
    email: "recruteur.demo@chevronne.example",
    name: "Karim Belhadj",
    kind: "employer",
    locale: "fr",
    employerSlug: DEMO_EMPLOYER.slug,
    employerName: DEMO_EMPLOYER.name,
    role: "recruiter",
  },
} as const;

export interface SeedOptions {
  /** stored on the three demo users; they sign in by emailed link only when absent */
  passwordHash?: string;
  /** reference date for every seeded date (default: the current time) */
  now?: Date;
}

export interface SeedCounts {
  employers: number;
  missions: number;
  candidates: number;
  applications: number;
}

export const STAGES = ["new", "screening", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export type Stage = (typeof STAGES)[number];

/** Recruiters besides the demo one: employer slug → name (email recrutement@<slug>.example). */
const RECRUITERS: Record<string, string> = {
  "musee-des-metiers-d-autrefois": "Valérie Côté-Lemay",
  "auberge-la-lanterne": "Nadia Ferland",
  "caisse-solidaire-du-cap": "Jonathan Rivard",
  "parc-animalier-de-la-haute-yamaska": "Audrey Massé",
  "pharmacie-lemieux-et-paradis": "Éric Blanchette",
};

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

interface UserRow {
  id: string;
  email: string;
  name: string;
  kind: "candidate" | "employer";
  locale: string;
  passwordHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

interface PlannedApplication {
  mission: MissionSeed;
  candidateIndex: number;
  stage: Stage;
}

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

/** Stages an application went through to reach `stage`, starting at "new". */
function pathTo(stage: Stage, rng: Rng): Stage[] {
  switch (stage) {
    case "new":
      return ["new"];
    case "screening":
      return ["new", "screening"];
    case "interview":
      return ["new", "screening", "interview"];
    case "offer":
      return ["new", "screening", "interview", "offer"];
    case "hired":
      return ["new", "screening", "interview", "offer", "hired"];
    case "not_selected":
      return rng.chance(0.5) ? ["new", "screening", "not_selected"] : ["new", "screening", "interview", "not_selected"];
    case "withdrawn":
      return rng.chance(0.5) ? ["new", "withdrawn"] : ["new", "screening", "interview", "withdrawn"];
  }
}

function randomStage(mission: MissionSeed, now: Date, rng: Rng): Stage {
  if (mission.status === "closed") return rng.pick<Stage>(["hired", "not_selected", "not_selected", "withdrawn"]);
  // a mission published in the last few days has only fresh applications
  if (now.getTime() - mission.publishedAt!.getTime() < 3 * DAY_MS) return "new";
  const roll = rng.next();
  if (roll < 0.22) return "new";
  if (roll < 0.38) return "screening";
  if (roll < 0.52) return "interview";
  if (roll < 0.6) return "offer";
  if (roll < 0.72) return "hired";
  if (roll < 0.88) return "not_selected";
  return "withdrawn";
}

/** Who applies where: the demo pair first, then two or three applications per other candidate. */
function planApplications(missions: MissionSeed[], candidates: CandidateRecord[], now: Date): PlannedApplication[] {
  const open = missions.filter((m) => m.status !== "draft");
  const planned: PlannedApplication[] = [];
  const taken = new Set<string>();
  const add = (mission: MissionSeed, candidateIndex: number, stage: Stage) => {
    const key = `${mission.id}:${candidateIndex}`;
    if (taken.has(key)) return false;
    taken.add(key);
    planned.push({ mission, candidateIndex, stage });
    return true;
  };
  const firstPublished = (slug: string) => {
    const mission = open.find((m) => m.employerId === employerId(slug) && m.status === "published");
    if (!mission) throw new Error(`No published demo mission for ${slug}`);
    return mission;
  };

  // The demo candidate: four applications at different stages, one of them at the demo employer.
  add(firstPublished(DEMO_EMPLOYER.slug), 0, "interview");
  add(firstPublished("cine-club-etoile-du-mile-end"), 0, "new");
  add(firstPublished("centre-jardin-les-quatre-saisons"), 0, "offer");
  add(firstPublished("marche-public-du-vieux-longueuil"), 0, "not_selected");

  // The demo employer: every stage on its published missions, and a settled closed mission.
  const nearDemo = candidates
    .map(({ profile }, index) => ({
      index,
      km: distanceKm(profile.latitude, profile.longitude, DEMO_EMPLOYER.latitude, DEMO_EMPLOYER.longitude),
    }))
    .filter((c) => c.index !== 0)
    .sort((a, b) => a.km - b.km || a.index - b.index)
    .slice(0, 12)
    .map((c) => c.index);
  const demoMissions = open.filter((m) => m.employerId === employerId(DEMO_EMPLOYER.slug));
  const demoPublished = demoMissions.filter((m) => m.status === "published");
  const demoStages: Stage[] = [
    "new",
    "screening",
    "interview",
    "offer",
    "hired",
    "not_selected",
    "withdrawn",
    "new",
    "screening",
    "new",
  ];
  let next = 0;
  const addDemo = (mission: MissionSeed, stage: Stage) => {
    while (!add(mission, nearDemo[next % nearDemo.length], stage)) next++;
    next++;
  };
  demoStages.forEach((stage, i) => addDemo(demoPublished[i % demoPublished.length], stage));
  for (const closed of demoMissions.filter((m) => m.status === "closed")) {
    for (const stage of ["hired", "not_selected", "not_selected", "withdrawn"] as const) addDemo(closed, stage);
  }

  // Everyone else: nearby missions, preferring the sectors they chose.
  candidates.forEach((candidate, index) => {
    if (index === 0) return;
    const rng = rngFor(`applications:${candidate.email}`);
    const { profile } = candidate;
    const sectors: string[] = JSON.parse(profile.sectors);
    const shortlist = open
      .map((mission) => {
        const km = distanceKm(profile.latitude, profile.longitude, mission.latitude, mission.longitude);
        return { mission, score: km - (sectors.includes(mission.sector) ? 40 : 0) };
      })
      .sort((a, b) => a.score - b.score || a.mission.id.localeCompare(b.mission.id))
      .slice(0, 8)
      .map((s) => s.mission);
    const wanted = rng.chance(0.35) ? 3 : 2;
    for (const mission of rng.shuffle(shortlist)) {
      if (planned.filter((p) => p.candidateIndex === index).length >= wanted) break;
      add(mission, index, randomStage(mission, now, rng));
    }
  });
  return planned;
}

/** Strictly increasing event times between the mission's publication and `now`. */
function eventTimes(mission: MissionSeed, steps: number, now: Date, rng: Rng): Date[] {
  const start = mission.publishedAt!.getTime();
  const end = Math.min(now.getTime(), mission.closesAt!.getTime() + 14 * DAY_MS) - 30 * MINUTE_MS;
  const times: number[] = [];
  let at = start + (end - start) * (0.05 + rng.next() * 0.4);
  for (let step = 0; step < steps; step++) {
    times.push(Math.round(at / MINUTE_MS) * MINUTE_MS);
    at = Math.max(at + 5 * MINUTE_MS, at + (end - at) * (0.2 + rng.next() * 0.4));
  }
  return times.map((t) => new Date(t));
}

function messageFor(candidate: CandidateRecord, rng: Rng): string {
  const [first] = JSON.parse(candidate.profile.pastFields) as { field: string }[];
  const options =
    candidate.locale === "en"
      ? [
          `Hello, this mission sounds like a good fit. My background: ${first.field}. I'd be glad to talk.`,
          `Hi! The schedule suits me and I would love to help your customers. My background: ${first.field}.`,
          "Hello, I recognise myself in this description and would enjoy meeting your team.",
          "",
        ]
      : [
          `Bonjour, cette mission me parle beaucoup. Mon expérience : ${first.field}. Au plaisir d'en jaser avec vous.`,
          `Bonjour! L'horaire me convient et j'ai très envie de servir votre clientèle. Mon expérience : ${first.field}.`,
          "Bonjour, je me reconnais dans ce que vous décrivez et j'aimerais rencontrer votre équipe.",
          "",
        ];
  return rng.pick(options);
}

/**
 * Inserts the demo data into an empty database, in one transaction.
 * Call as seedDemoData(prisma, now?, options?) or seedDemoData(prisma, options?).
 * Demo accounts: see DEMO_ACCOUNTS and DEMO_PASSWORD.
 */
export async function seedDemoData(
  prisma: PrismaClient,
  nowOrOptions: Date | SeedOptions = new Date(),
  moreOptions: SeedOptions = {},
): Promise<SeedCounts> {
  const options = nowOrOptions instanceof Date ? { ...moreOptions, now: nowOrOptions } : nowOrOptions;
  const now = options.now ?? new Date();
  const passwordHash = options.passwordHash ?? null;
  const missions = buildMissions(now);
  const candidates = buildCandidates(DEMO_ACCOUNTS.candidate.email);

  // Users: candidates, then each employer's owner (the demo employer account owns the first), then recruiters.
  const users: UserRow[] = [];
  const addUser = (user: Omit<UserRow, "createdAt" | "updatedAt">, createdAt: Date) =>
    users.push({ ...user, createdAt, updatedAt: createdAt });

  candidates.forEach((c, index) => {
    addUser(
      {
        id: candidateUserId(index),
        email: c.email,
        name: c.name,
        kind: "candidate",
        locale: c.locale,
        passwordHash: index === 0 ? passwordHash : null,
      },
      daysBefore(now, 120 - index),
    );
  });

  const memberships: { id: string; employerId: string; userId: string; role: string; createdAt: Date }[] = [];
  /** who moves applications forward, per employer id */
  const actors = new Map<string, string[]>();
  employers.forEach((employer, index) => {
    const isDemo = index === 0;
    const ownerKey = isDemo ? "demo-owner" : `${employer.slug}-owner`;
    const since = daysBefore(now, 200 - index);
    addUser(
      {
        id: employerUserId(ownerKey),
        email: isDemo ? DEMO_ACCOUNTS.employer.email : `direction@${employer.slug}.example`,
        name: employer.ownerName,
        kind: "employer",
        locale: "fr",
        passwordHash: isDemo ? passwordHash : null,
      },
      since,
    );
    memberships.push({
      id: membershipId(employer.slug, ownerKey),
      employerId: employerId(employer.slug),
      userId: employerUserId(ownerKey),
      role: "owner",
      createdAt: since,
    });
    actors.set(employerId(employer.slug), [employerUserId(ownerKey)]);

    const recruiter = isDemo
      ? { key: "demo-recruiter", email: DEMO_ACCOUNTS.recruiter.email, name: DEMO_ACCOUNTS.recruiter.name }
      : RECRUITERS[employer.slug] && {
          key: `${employer.slug}-recruiter`,
          email: `recrutement@${employer.slug}.example`,
          name: RECRUITERS[employer.slug],
        };
    if (recruiter) {
      const joined = daysBefore(now, 150 - index);
      addUser(
        {
          id: employerUserId(recruiter.key),
          email: recruiter.email,
          name: recruiter.name,
          kind: "employer",
          locale: "fr",
          passwordHash: isDemo ? passwordHash : null,
        },
        joined,
      );
      memberships.push({
        id: membershipId(employer.slug, recruiter.key),
        employerId: employerId(employer.slug),
        userId: employerUserId(recruiter.key),
        role: "recruiter",
        createdAt: joined,
      });
      actors.get(employerId(employer.slug))!.push(employerUserId(recruiter.key));
    }
  });

  // Applications and their timelines.
  const applications: Prisma.ApplicationCreateManyInput[] = [];
  const events: Prisma.ApplicationEventCreateManyInput[] = [];
  for (const [index, plan] of planApplications(missions, candidates, now).entries()) {
    const rng = rngFor(`application:${plan.mission.id}:${plan.candidateIndex}`);
    const path = pathTo(plan.stage, rng);
    const times = eventTimes(plan.mission, path.length, now, rng);
    const candidateUser = candidateUserId(plan.candidateIndex);
    const employerActors = actors.get(plan.mission.employerId)!;
    const id = applicationId(index);
    applications.push({
      id,
      missionId: plan.mission.id,
      candidateId: candidateProfileId(plan.candidateIndex),
      stage: plan.stage,
      message: messageFor(candidates[plan.candidateIndex], rng),
      createdAt: times[0],
      updatedAt: times[times.length - 1],
      lastActivityAt: times[times.length - 1],
      // demo applications already had their "still reviewing" email: starting the demo sends no burst of them
      stillReviewingSentAt: times[times.length - 1],
      // a candidate who reached the interview stage accepted one, which showed the employer their phone and email
      contactSharedAt: path.includes("interview") ? times[path.indexOf("interview")] : null,
    });
    path.forEach((stage, step) => {
      const isApplied = step === 0;
      events.push({
        id: eventId(index, step),
        applicationId: id,
        actorId: isApplied || stage === "withdrawn" ? candidateUser : rng.pick(employerActors),
        kind: isApplied ? "applied" : "stage_changed",
        details: JSON.stringify(isApplied ? {} : { from: path[step - 1], to: stage }),
        createdAt: times[step],
      });
    });
  }

  await prisma.$transaction(
    async (tx) => {
      const existing = await tx.user.count({ where: { email: DEMO_ACCOUNTS.employer.email } });
      if (existing > 0) throw new Error("Demo data is already present: seed an empty database.");

      await tx.user.createMany({ data: users });
      await tx.employer.createMany({
        data: employers.map((e, index) => ({
          id: employerId(e.slug),
          slug: e.slug,
          name: e.name,
          sector: e.sector,
          purpose: e.purpose,
          values: e.values,
          customerExpectations: e.customerExpectations,
          whyExperience: e.whyExperience,
          commitments: JSON.stringify(e.commitments),
          website: e.website ?? null,
          address: e.address,
          town: e.town,
          postalCode: e.postalCode,
          latitude: e.latitude,
          longitude: e.longitude,
          createdAt: daysBefore(now, 200 - index),
          updatedAt: daysBefore(now, 200 - index),
          // accepted long ago (prisma/seed/administration.ts adds one that waits for an administrator)
          verificationStatus: "verified",
        })),
      });
      await tx.membership.createMany({ data: memberships });
      await tx.candidateProfile.createMany({
        data: candidates.map(({ profile }, index) => ({
          id: candidateProfileId(index),
          userId: candidateUserId(index),
          ...profile,
          // seeded careers are complete profiles: every step of the guided profile is done
          completedSteps: JSON.stringify(profileSteps),
          createdAt: daysBefore(now, 120 - index),
          updatedAt: daysBefore(now, 120 - index),
        })),
      });
      // the consents each candidate gave at sign-up, with their history
      const consents = candidates.flatMap(({ consents }, index) =>
        consents.map((purpose) => ({ userId: candidateUserId(index), purpose, at: daysBefore(now, 120 - index) })),
      );
      await tx.consent.createMany({
        data: consents.map(({ userId, purpose, at }) => ({ userId, purpose, grantedAt: at })),
      });
      await tx.consentChange.createMany({
        data: consents.map(({ userId, purpose, at }) => ({
          id: `${userId}-consent-${purpose}`,
          userId,
          purpose,
          granted: true,
          source: "signup",
          createdAt: at,
        })),
      });
      await tx.mission.createMany({
        data: missions.map((mission) => ({ ...mission, updatedAt: mission.createdAt })),
      });
      await tx.application.createMany({ data: applications });
      await tx.applicationEvent.createMany({ data: events });
    },
    { maxWait: 10_000, timeout: 60_000 },
  );

  return {
    employers: employers.length,
    missions: missions.length,
    candidates: candidates.length,
    applications: applications.length,
  };
}
