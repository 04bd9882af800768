// The fixed choices a candidate profile (and the mission filters) offer. Labels live in the dictionaries.
export const sectors = ["retail", "culture", "tourism", "finance", "health", "food", "sports-leisure", "community", "hospitality"] as const;
export const seeks = ["company", "know-how", "income", "cause"] as const;
export const travelModes = ["car", "transit", "foot", "bike"] as const;
export const physicalPreferences = ["seated", "standing", "either"] as const;
export const languageLevels = ["basic", "working", "fluent", "native"] as const;
export const spokenLanguages = ["fr", "en", "es", "it", "pt", "de", "ar", "zh", "vi", "ht"] as const;
export const profileSteps = ["experience", "languages", "availability", "place", "preferences", "contact"] as const;

export type Sector = (typeof sectors)[number];
export type Seek = (typeof seeks)[number];
export type TravelMode = (typeof travelModes)[number];
export type PhysicalPreference = (typeof physicalPreferences)[number];
export type LanguageLevel = (typeof languageLevels)[number];
export type ProfileStep = (typeof profileSteps)[number];
/** How long someone worked in a field: a band, capped at 15 years or more, never a number (it would tell an age). */
export { experienceBands, type ExperienceBand } from "~/modules/matching/types";
