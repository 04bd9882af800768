// Reading and saving the guided profile, one step at a time. The contact step's "employers may find my profile" is
// the "suggestions" consent (modules/consents/consents.server.ts), saved with the step in one transaction.
import type { z } from "zod";
import { db, readModel } from "~/db.server";
import { Prisma, type CandidateProfile } from "~/generated/prisma/client";
import { findTown, townLabel } from "~/modules/places/towns.server";
import { setConsent } from "~/modules/consents/consents.server";
import type {
  availabilityForm,
  contactForm,
  experienceForm,
  languagesForm,
  placeForm,
  preferencesForm,
} from "./profile-forms";
import { readProfile, type ProfileData } from "./profile";
import type { ProfileStep } from "./vocabulary";

export async function loadProfile(userId: string): Promise<ProfileData> {
  // read on most candidate pages: straight through pg, and written only the first time
  const [found] = await readModel<CandidateProfile>(
    { table: "CandidateProfile", alias: "p", fields: Prisma.CandidateProfileScalarFieldEnum },
    { where: `p."userId" = $1` },
    userId,
  );
  return readProfile(
    found ?? (await db.candidateProfile.upsert({ where: { userId }, create: { userId }, update: {} })),
  );
}

export type ProfileStepInput =
  | { step: "experience"; data: z.output<typeof experienceForm> }
  | { step: "languages"; data: z.output<typeof languagesForm> }
  | { step: "availability"; data: z.output<typeof availabilityForm> }
  | { step: "place"; data: z.output<typeof placeForm> }
  | { step: "preferences"; data: z.output<typeof preferencesForm> }
  | { step: "contact"; data: z.output<typeof contactForm> };

function columnsFor(input: ProfileStepInput) {
  switch (input.step) {
    case "experience":
      return {
        headline: input.data.headline,
        story: input.data.story,
        skills: JSON.stringify(input.data.skills),
        pastFields: JSON.stringify(input.data.pastFields),
      };
    case "languages":
      return { languages: JSON.stringify(input.data) };
    case "availability":
      return {
        availabilityMask: input.data.slot,
        maxHoursPerWeek: input.data.maxHoursPerWeek,
        monthsAwayMask: input.data.monthAway,
      };
    case "place": {
      const town = findTown(input.data.town);
      if (!town) throw new Error("unresolved town");
      return {
        town: townLabel(town),
        latitude: town.latitude,
        longitude: town.longitude,
        travelMaxKm: input.data.travelMaxKm,
        travelModes: JSON.stringify(input.data.travelMode),
      };
    }
    case "preferences":
      return {
        physicalPreference: input.data.physicalPreference,
        maxLiftKg: input.data.maxLiftKg,
        sectors: JSON.stringify(input.data.sector),
        seeks: JSON.stringify(input.data.seek),
      };
    case "contact":
      return {
        contactPreference: input.data.contactPreference,
        phone: input.data.phone || null,
      };
  }
}

/** Saves one step and marks it done. The place step's town is a label resolveTown knows (see places/typed-town.server.ts). */
export async function saveProfileStep(userId: string, input: ProfileStepInput): Promise<ProfileData> {
  const current = await loadProfile(userId);
  const completed = new Set<ProfileStep>(current.completedSteps);
  completed.add(input.step);
  const row = await db.$transaction(async (tx) => {
    if (input.step === "contact")
      await setConsent(tx, userId, "suggestions", input.data.visibleToEmployers === "yes", "profile");
    return tx.candidateProfile.update({
      where: { userId },
      data: { ...columnsFor(input), completedSteps: JSON.stringify([...completed]) },
    });
  });
  return readProfile(row);
}
