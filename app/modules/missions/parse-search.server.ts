// Reading a mission search from a URL, tolerantly: a hand-edited or outdated URL still shows results (each bad value
// falls back to its default or is dropped). Server only: the browser receives searches already read.
import { z } from "zod";
import { sectors as sectorCodes } from "~/modules/vocabulary/choices";
import { maskOfMonths, maskOfSlotValues, monthRange } from "~/modules/schedule/masks";
import {
  defaultMissionSearch,
  hoursLimits,
  lastPage,
  maxQueryLength,
  maxTownLength,
  missionSorts,
  radiusLimitsKm,
  type MissionSearch,
} from "./search-params";

const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Free text: spaces collapsed, cut to a length, trimmed (in that order, so parsing twice changes nothing). */
const text = (maxLength: number) =>
  z
    .string()
    .catch("")
    .transform((value) => value.replace(/\s+/g, " ").slice(0, maxLength).trim());

const optionalWholeNumber = (min: number, max: number) => wholeNumber(min, max).nullable().catch(null);

// Built once: zod schemas cost far more to build than to run, and this parses every search request.
const querySchema = text(maxQueryLength);
const townSchema = text(maxTownLength);
const radiusSchema = optionalWholeNumber(radiusLimitsKm.min, radiusLimitsKm.max);
const hoursSchema = optionalWholeNumber(hoursLimits.min, hoursLimits.max);
const sortSchema = z.enum(missionSorts).catch(defaultMissionSearch.sort);
const pageSchema = wholeNumber(1, lastPage).catch(defaultMissionSearch.page);
const monthSchema = wholeNumber(1, 12);
const sectorSchema = z.enum(sectorCodes);
const languageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);

/** The values of a repeated parameter that pass the schema; the others are dropped one by one. */
function validValues<T>(schema: z.ZodType<T>, values: string[]): T[] {
  return values.flatMap((value) => {
    const result = schema.safeParse(value);
    return result.success ? [result.data] : [];
  });
}

/** Months listed one by one, plus a range monthFrom..monthTo that may wrap the year end (11..2). */
function monthsMask(params: URLSearchParams): number {
  const listed = maskOfMonths(validValues(monthSchema, params.getAll("month")));
  const from = monthSchema.safeParse(params.get("monthFrom"));
  const to = monthSchema.safeParse(params.get("monthTo"));
  return from.success && to.success ? listed | monthRange(from.data, to.data) : listed;
}

function sectorList(values: string[]): string[] {
  const chosen = new Set<string>(validValues(sectorSchema, values));
  return sectorCodes.filter((code) => chosen.has(code));
}

function languageList(values: string[]): string[] {
  return [...new Set(validValues(languageSchema, values))].sort();
}

export function parseMissionSearch(params: URLSearchParams): MissionSearch {
  return {
    q: querySchema.parse(params.get("q")),
    town: townSchema.parse(params.get("town")),
    radiusKm: radiusSchema.parse(params.get("radius")),
    slots: maskOfSlotValues(params.getAll("slot")),
    hoursMax: hoursSchema.parse(params.get("hours")),
    months: monthsMask(params),
    sectors: sectorList(params.getAll("sector")),
    languages: languageList(params.getAll("lang")),
    sort: sortSchema.parse(params.get("sort")),
    page: pageSchema.parse(params.get("page")),
  };
}
