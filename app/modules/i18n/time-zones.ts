/** The time zones people can choose; the names are translated under `timeZones`. */
export const timeZoneChoices = [
  "America/Toronto",
  "America/Halifax",
  "America/Winnipeg",
  "America/Edmonton",
  "America/Vancouver",
  "Europe/Paris",
] as const;
