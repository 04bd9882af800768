// The mission search as a URL: what the search form submits, what a saved alert stores, what links share. Writing is
// canonical, so one search has one URL; reading it is parse-search.server.ts's job (on the server: it uses zod, which
// the browser need not load). The browser uses this module.
import { monthsOf, slotsOf, slotValue } from "~/modules/schedule/masks";

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
export const maxQueryLength = 200;
export const maxTownLength = 100;

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
