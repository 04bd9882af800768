// Rows the integration tests need, inserted with the real Prisma client.
import { createSession } from "~/modules/auth/session.server";
import { db } from "~/db.server";

let counter = 0;

/** A verified organisation with one published mission (`verificationStatus: "pending"` for a new one: its mission then waits). */
export async function createEmployerWithMission(
  overrides: {
    title?: string;
    employerName?: string;
    publishedAt?: Date;
    closesAt?: Date | null;
    verificationStatus?: "pending" | "verified";
  } = {},
) {
  counter += 1;
  const pending = overrides.verificationStatus === "pending";
  const employer = await db.employer.create({
    data: {
      slug: `fixture-${counter}-${Date.now()}`,
      name: overrides.employerName ?? `Musée du Fjord ${counter}`,
      sector: "culture",
      purpose: "Faire aimer le fjord.",
      town: "Saguenay",
      verificationStatus: pending ? "pending" : "verified",
    },
  });
  const mission = await db.mission.create({
    data: {
      employerId: employer.id,
      title: overrides.title ?? "Accueil au musée",
      summary: "Les visiteurs sont accueillis avec chaleur.",
      description: "Votre mission : accueillir les visiteurs.",
      sector: "culture",
      scheduleMask: 0b111,
      hoursPerWeekMin: 4,
      hoursPerWeekMax: 8,
      town: "Saguenay",
      latitude: 48.428,
      longitude: -71.068,
      status: pending ? "awaiting-verification" : "published",
      publishedAt: pending ? null : (overrides.publishedAt ?? new Date()),
      closesAt: overrides.closesAt === undefined ? new Date(Date.now() + 30 * 86_400_000) : overrides.closesAt,
    },
  });
  return { employer, mission };
}

export async function createCandidate(email: string, locale: "fr" | "en" = "fr") {
  const user = await db.user.create({
    data: { email, name: "Yvon Lapointe", kind: "candidate", locale, candidate: { create: {} } },
    include: { candidate: true },
  });
  return { user, profile: user.candidate! };
}

/** A request to `url` from a browser signed in as `userId` (a real session row and its cookie). */
export async function signedInRequest(userId: string, url: string, init: RequestInit = {}) {
  const cookie = (await createSession(userId)).split(";")[0];
  const headers = new Headers(init.headers);
  headers.set("Cookie", cookie);
  return new Request(url, { ...init, headers });
}

/** The mission editor's form as a recruiter fills it in, every field valid: tests change the ones they are about. */
export const missionFormFields = {
  title: "Accueil à la bibliothèque",
  summary: "Les lecteurs sont accueillis.",
  description: "Accueillir les lecteurs.",
  sector: "culture",
  slot: "0-0",
  hoursPerWeekMin: "4",
  hoursPerWeekMax: "8",
  liftingKg: "0",
  physicalDemand: "mixed",
  closesOn: "2099-01-31",
};
