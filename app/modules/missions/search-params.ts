// The mission search as a URL: what the search form submits, what a saved alert stores, what links share.
// Parsing is tolerant (a hand-edited or outdated URL still shows results) and writing is canonical, so one search
// has one URL. No server imports: the browser uses this too.
import { z } from "zod";
import { sectors as sectorCodes } from "~/modules/candidates/vocabulary";
import { maskOfMonths, maskOfSlotValues, monthRange, monthsOf, slotsOf, slotValue } from "~/modules/schedule/masks";

export const missionSorts = ["fit", "newest", "nearest"] as const;
export type MissionSort = (typeof missionSorts)[number];

export type MissionSearch = {
  /** keywords */
  q: string;
  /** town name as typed */
  town: string;
  radiusKm: number | null;
  /** 21-bit mask of the weekly slots the person is free; 0 = any */
  slots: number;
  /** at most this many hours a week: missions whose minimum fits */
  hoursMax: number | null;
  /** 12-bit mask of the months the person wants to work; 0 = any */
  months: number;
  /** sector codes, in the vocabulary's order */
  sectors: string[];
  /** language codes the person speaks, sorted; missions requiring another are left out; empty = any */
  languages: string[];
  sort: MissionSort;
  /** 1-based */
  page: number;
};

export const radiusLimitsKm = { min: 5, max: 200 } as const;
export const hoursLimits = { min: 1, max: 60 } as const;
/** Deeper pages cost ever longer scans and nobody reads them. */
export const lastPage = 500;
const maxQueryLength = 200;
const maxTownLength = 100;

export const defaultMissionSearch: MissionSearch = {
  q: "",
  town: "",
  radiusKm: null,
  slots: 0,
  hoursMax: null,
  months: 0,
  sectors: [],
  languages: [],
  sort: "fit",
  page: 1,
};

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
const languageSchema = z.string().trim().toLowerCase().regex(/^[a-z]{2,3}$/);

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

/** The canonical URL form: defaults omitted, months listed one by one, repeated values in a fixed order. */
export function missionSearchToParams(search: MissionSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.q) params.set("q", search.q);
  if (search.town) params.set("town", search.town);
  if (search.radiusKm !== null) params.set("radius", String(search.radiusKm));
  for (const slot of slotsOf(search.slots)) params.append("slot", slotValue(slot));
  if (search.hoursMax !== null) params.set("hours", String(search.hoursMax));
  for (const month of monthsOf(search.months)) params.append("month", String(month));
  for (const sector of search.sectors) params.append("sector", sector);
  for (const language of search.languages) params.append("lang", language);
  if (search.sort !== defaultMissionSearch.sort) params.set("sort", search.sort);
  if (search.page !== defaultMissionSearch.page) params.set("page", String(search.page));
  return params;
}

/** Whether the person narrowed the search (the order and the page do not count). */
export function isFilteredSearch(search: MissionSearch): boolean {
  return (
    search.q !== "" ||
    search.town !== "" ||
    search.radiusKm !== null ||
    search.slots !== 0 ||
    search.hoursMax !== null ||
    search.months !== 0 ||
    search.sectors.length > 0 ||
    search.languages.length > 0
  );
}
