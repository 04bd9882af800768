// What the editor starts from: a new mission's sensible defaults, or a saved mission read back into form shape.
import type { Employer, Mission } from "~/generated/prisma/client";
import { env } from "~/env.server";
import { isoDateInZone } from "~/modules/i18n/format";
import { missionLanguageList, textList } from "~/modules/json-columns";
import { defaultPublicationDays, type MissionDraft } from "./mission-form";

export function newMissionDraft(employer: Employer, now = new Date()): MissionDraft {
  return {
    title: "",
    summary: "",
    description: "",
    // the organisation's sector when it has one; a new organisation's first mission starts with none chosen (issue 13, item 15)
    sector: employer.sector,
    scheduleMask: 0,
    hoursPerWeekMin: 4,
    hoursPerWeekMax: 12,
    monthsMask: 4095,
    payMinCents: null,
    payMaxCents: null,
    address: employer.address,
    town: employer.town,
    postalCode: employer.postalCode,
    transit: "",
    parking: "",
    stepFreeAccess: false,
    training: "",
    physicalDemand: "mixed",
    liftingKg: 0,
    skills: [],
    languages: [{ code: "fr", required: true }],
    closesOn: isoDateInZone(new Date(now.getTime() + defaultPublicationDays * 86_400_000), env.defaultTimeZone),
  };
}

export function savedMissionDraft(mission: Mission, now = new Date()): MissionDraft {
  return {
    ...mission,
    skills: textList(mission.skills),
    languages: missionLanguageList(mission.languages),
    closesOn: isoDateInZone(
      mission.closesAt ?? new Date(now.getTime() + defaultPublicationDays * 86_400_000),
      env.defaultTimeZone,
    ),
  };
}
