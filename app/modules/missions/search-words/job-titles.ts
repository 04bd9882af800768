// Masculine and feminine job titles (and the place a title comes from: "caissière", "caissier", "caisse") find each
// other. The French stemmer alone cannot do it: it keeps "caissier" and cuts "caissière" to "caissi". The list
// lives in job-titles.json so it can be extended without touching code; its shape is checked when this loads.
import { z } from "zod";
import rawGroups from "./job-titles.json";

const groupsSchema = z.array(z.array(z.string().regex(/^\p{L}+$/u, "one word, letters only")).min(1)).min(1);

/** A word folded as the lookup reads it: lower case, accents off, a plural s or x off. */
export function foldWord(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/(?<=\p{L}{3})[sx]$/u, "");
}

const groupOfWord = new Map<string, readonly string[]>();
for (const group of groupsSchema.parse(rawGroups)) {
  for (const word of group) {
    const folded = foldWord(word);
    if (groupOfWord.has(folded)) throw new Error(`job-titles.json: "${word}" is in two groups`);
    groupOfWord.set(folded, group);
  }
}

/** The words a typed word also finds: its group in the list, or just itself. */
export function wordsFoundBy(word: string): readonly string[] {
  return groupOfWord.get(foldWord(word)) ?? [word];
}
