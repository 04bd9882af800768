// What people type, as the words of a PostgreSQL text search query. Only runs of letters and digits are kept, each
// quoted as a lexeme, so no query syntax gets through. Every word is needed; a job title finds its other forms
// (job-titles.ts); the last word also finds the words it begins ("bibli" finds "bibliothèque"): the search turns
// it into those words (search.server.ts), so the query holds only whole words.
import { wordsFoundBy } from "./job-titles";

/** Each keyword narrows the search; past a few, more only cost time. */
const maxKeywords = 8;
/** A shorter last word would begin too many words to be useful. */
const minPrefixLength = 3;

export type KeywordQuery = {
  /** the words as typed (letters and digits only) */
  words: string[];
  /** for each word, the forms any of which a mission must have */
  terms: string[][];
  /** the last word, when it also stands for the words it begins */
  prefix: string | null;
};

export function keywordQuery(q: string): KeywordQuery | null {
  const words = (q.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, maxKeywords);
  if (words.length === 0) return null;
  const terms = words.map((word) => [...wordsFoundBy(word)]);
  const last = words.length - 1;
  const prefix = terms[last].length === 1 && words[last].length >= minPrefixLength ? words[last] : null;
  return { words, terms, prefix };
}

/** The terms as a to_tsquery text, each stemmed and accent-folded by the text search configuration it is read with. */
export function tsqueryText(terms: string[][]): string {
  return terms.map((forms) => `(${forms.map((form) => `'${form}'`).join(" | ")})`).join(" & ");
}
