// The fixed choices a candidate profile offers. Labels live in the dictionaries. Sectors and spoken languages, shared
// with missions and organisations, live in vocabulary/choices.ts and are re-exported here.
export { sectors, spokenLanguages, type Sector } from "~/modules/vocabulary/choices";
export const seeks = ["company", "know-how", "income", "cause"] as const;
export const travelModes = ["car", "transit", "foot", "bike"] as const;
export const physicalPreferences = ["seated", "standing", "either"] as const;
export const languageLevels = ["basic", "working", "fluent", "native"] as const;
export const profileSteps = ["experience", "languages", "availability", "place", "preferences", "contact"] as const;

export type Seek = (typeof seeks)[number];
export type TravelMode = (typeof travelModes)[number];
export type PhysicalPreference = (typeof physicalPreferences)[number];
export type LanguageLevel = (typeof languageLevels)[number];
export type ProfileStep = (typeof profileSteps)[number];
/** How long someone worked in a field: a band, capped at 15 years or more, never a number (it would tell an age). */
export { experienceBands, type ExperienceBand } from "~/modules/matching/types";
