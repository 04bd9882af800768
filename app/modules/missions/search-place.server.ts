// What the search page says about its place: the town it understood (and others of that name it could have
// meant), a town it does not know with the closest names, or the candidate's home. Every alternative is a link
// to the same search with that town, so choosing works without JavaScript.
import type { Locale } from "~/modules/i18n/locales";
import { inLanguage } from "~/modules/i18n/public-pages";
import type { Point } from "~/modules/places/distance";
import { resolveTown, townLabel, townView, type Town, type TownView } from "~/modules/places/towns.server";
import { missionSearchToParams, type MissionSearch } from "./search-params";

export type TownLink = { town: TownView; href: string };

export type SearchPlace =
  | { kind: "town"; town: TownView; ambiguous: boolean; alternatives: TownLink[] }
  | { kind: "unknown"; typed: string; closest: TownLink[] }
  | { kind: "home"; label: string }
  | { kind: "none" };

/**
 * The place a search is measured from, and what to say about it; `origin` is where distances start. Its links lead to
 * the search page in the reader's language.
 */
export function searchPlace(
  search: MissionSearch,
  home: { town: string; point: Point | null } | null,
  locale: Locale,
): { place: SearchPlace; origin: Point | null } {
  const link = (town: Town): TownLink => ({
    town: townView(town),
    href: inLanguage(`/missions?${missionSearchToParams({ ...search, town: townLabel(town), page: 1 })}`, locale),
  });
  const resolution = resolveTown(search.town);
  switch (resolution.kind) {
    case "found":
      return {
        place: {
          kind: "town",
          town: townView(resolution.town),
          ambiguous: false,
          alternatives: resolution.others.map(link),
        },
        origin: pointOf(resolution.town),
      };
    case "ambiguous":
      return {
        place: {
          kind: "town",
          town: townView(resolution.town),
          ambiguous: true,
          alternatives: resolution.choices.filter((town) => town !== resolution.town).map(link),
        },
        origin: pointOf(resolution.town),
      };
    case "unknown":
      return { place: { kind: "unknown", typed: search.town, closest: resolution.closest.map(link) }, origin: null };
    case "none":
      return home?.point
        ? { place: { kind: "home", label: home.town }, origin: home.point }
        : { place: { kind: "none" }, origin: null };
  }
}

function pointOf(town: Town): Point {
  return { latitude: town.latitude, longitude: town.longitude };
}
