// Comparing free text written in French or English: lower case, accents dropped, word by word.

/** Words too common to say two labels are about the same thing ("Connaissance des fromages", "Gestion des imprévus"). */
const ignoredWords = new Set([
  "aux",
  "avec",
  "dans",
  "des",
  "pour",
  "par",
  "sur",
  "une",
  "the",
  "and",
  "for",
  "with",
  "from",
  "connaissance",
  "gestion",
  "base",
  "general",
  "knowledge",
  "management",
  "skill",
]);

/** Words in an employer's values that speak of people and company. Prefixes, to cover "convivialité", "clientèle". */
export const companyWordPrefixes = [
  "accueil",
  "client",
  "colleague",
  "collegue",
  "communaut",
  "community",
  "convivial",
  "customer",
  "ecoute",
  "ensemble",
  "equipe",
  "famil",
  "friendl",
  "hospitalit",
  "human",
  "partage",
  "people",
  "public",
  "rencontre",
  "team",
  "together",
  "welcom",
];

/** Words in an employer's purpose that speak of a cause beyond the sale. */
export const causeWordPrefixes = [
  "accessib",
  "benevol",
  "communaut",
  "community",
  "dignit",
  "durable",
  "educ",
  "entraide",
  "environment",
  "environnement",
  "faim",
  "heritage",
  "hunger",
  "inclus",
  "patrimoin",
  "solidar",
  "sustainab",
  "transmi",
  "volunt",
];

function normalize(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Plural s or x dropped, so "visites" meets "visite". */
function stem(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

/**
 * Answers kept per text. Ranking scores hundreds of missions for one person: the same skill labels, employer values
 * and purposes, and the person's own words, come back for every mission, and normalising them was a tenth of the
 * ranking's time. Bounded: emptied when full. Still pure: the same text always gives the same answer.
 */
const rememberedLimit = 10_000;

function remembered<T>(cache: Map<string, T>, text: string, compute: (text: string) => T): T {
  let answer = cache.get(text);
  if (answer === undefined) {
    if (cache.size >= rememberedLimit) cache.clear();
    answer = compute(text);
    cache.set(text, answer);
  }
  return answer;
}

const significantWordsOf = new Map<string, ReadonlySet<string>>();

/** The words that carry meaning in a label. */
export function significantWords(text: string): ReadonlySet<string> {
  return remembered(significantWordsOf, text, findSignificantWords);
}

function findSignificantWords(text: string): ReadonlySet<string> {
  const words = normalize(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !ignoredWords.has(word))
    .map(stem)
    .filter((word) => !ignoredWords.has(word));
  return new Set(words);
}

export function sharesWord(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const word of left) if (right.has(word)) return true;
  return false;
}

/** one cache per list of prefixes */
const wordsWithPrefixesOf = new WeakMap<string[], Map<string, readonly string[]>>();

/** The words of `text` (as written, lower case, each once) that start with one of the prefixes. */
export function wordsWithPrefixes(text: string, prefixes: string[]): string[] {
  let cache = wordsWithPrefixesOf.get(prefixes);
  if (!cache) wordsWithPrefixesOf.set(prefixes, (cache = new Map()));
  // a copy: the caller may keep or change its list
  return [...remembered(cache, text, (value) => findWordsWithPrefixes(value, prefixes))];
}

function findWordsWithPrefixes(text: string, prefixes: string[]): string[] {
  const found = text.split(/[^\p{L}\p{N}]+/u).filter((word) => {
    const plain = normalize(word);
    return prefixes.some((prefix) => plain.startsWith(prefix));
  });
  return [...new Set(found.map((word) => word.toLowerCase()))];
}
