// A candidate's profile as the product sees it: the stored JSON columns read into typed values, and how complete
// the guided profile is. Pure: no database here.
import { z } from "zod";
import type { CandidateProfile } from "~/generated/prisma/client";
import { readJsonList, textList } from "~/modules/json-columns";
import type { CandidateForMatching } from "~/modules/matching/types";
import {
  experienceBands,
  languageLevels,
  physicalPreferences,
  profileSteps,
  seeks,
  sectors,
  travelModes,
  type ProfileStep,
} from "./vocabulary";

const pastFieldSchema = z.object({ field: z.string(), band: z.enum(experienceBands) });
const languageSchema = z.object({ code: z.string(), level: z.enum(languageLevels) });
// built once: a schema costs far more to build than to run, and profiles are read on every candidate page
const travelModeSchema = z.enum(travelModes);
const physicalPreferenceSchema = z.enum(physicalPreferences).catch("either");
const sectorSchema = z.enum(sectors);
const seekSchema = z.enum(seeks);
const profileStepSchema = z.enum(profileSteps);

export function readProfile(row: CandidateProfile) {
  return {
    id: row.id,
    userId: row.userId,
    headline: row.headline,
    story: row.story,
    pastFields: readJsonList(row.pastFields, pastFieldSchema),
    skills: textList(row.skills),
    languages: readJsonList(row.languages, languageSchema),
    availabilityMask: row.availabilityMask,
    maxHoursPerWeek: row.maxHoursPerWeek,
    monthsAwayMask: row.monthsAwayMask,
    town: row.town,
    home: row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    travelMaxKm: row.travelMaxKm,
    travelModes: readJsonList(row.travelModes, travelModeSchema),
    physicalPreference: physicalPreferenceSchema.parse(row.physicalPreference),
    maxLiftKg: row.maxLiftKg,
    sectors: readJsonList(row.sectors, sectorSchema),
    seeks: readJsonList(row.seeks, seekSchema),
    contactPreference: row.contactPreference === "phone" ? ("phone" as const) : ("email" as const),
    phone: row.phone,
    completedSteps: readJsonList(row.completedSteps, profileStepSchema),
  };
}

export type ProfileData = ReturnType<typeof readProfile>;

/** The steps still to do, in order, and the share done (0-100), for the progress shown to the candidate. */
export function profileProgress(profile: Pick<ProfileData, "completedSteps">) {
  const done = new Set<ProfileStep>(profile.completedSteps);
  const remaining = profileSteps.filter((step) => !done.has(step));
  return {
    done: profileSteps.length - remaining.length,
    total: profileSteps.length,
    percent: Math.round(((profileSteps.length - remaining.length) / profileSteps.length) * 100),
    nextStep: remaining[0] ?? null,
    isDone: (step: ProfileStep) => done.has(step),
  };
}

/** The profile as the matching module reads it. */
export function profileForMatching(profile: ProfileData): CandidateForMatching {
  return {
    availabilityMask: profile.availabilityMask,
    maxHoursPerWeek: profile.maxHoursPerWeek,
    monthsAwayMask: profile.monthsAwayMask,
    home: profile.home,
    travelMaxKm: profile.travelMaxKm,
    languages: profile.languages,
    skills: profile.skills,
    pastFields: profile.pastFields,
    physicalPreference: profile.physicalPreference,
    maxLiftKg: profile.maxLiftKg,
    sectors: profile.sectors,
    seeks: profile.seeks,
  };
}
