// Fixed values that several capabilities share: the sectors and spoken languages of profiles, missions and
// organisations (a mission's are matched against a profile's), and why an application was anonymised. Labels live in
// the dictionaries. Profile-only choices stay in candidates/vocabulary.ts.
export const sectors = [
  "retail",
  "culture",
  "tourism",
  "finance",
  "health",
  "food",
  "sports-leisure",
  "community",
  "hospitality",
] as const;
export const spokenLanguages = ["fr", "en", "es", "it", "pt", "de", "ar", "zh", "vi", "ht"] as const;

export type Sector = (typeof sectors)[number];

/** Why an application lost its candidate (privacy/anonymise.server.ts writes it, the pipeline shows it). */
export type AnonymisationReason = "deleted-account" | "retention";
