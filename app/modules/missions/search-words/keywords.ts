// What people type, as a PostgreSQL text search query. Only runs of letters and digits are kept, each quoted as a
// lexeme, so no query syntax gets through. Every word is needed; a job title finds its other forms (job-titles.ts);
// the last word also finds words it begins ("bibli" finds "bibliothèque").
import { wordsFoundBy } from "./job-titles";

/** Each keyword narrows the search; past a few, more only cost time. */
const maxKeywords = 8;
/** A shorter last word would find thousands of words as a prefix. */
const minPrefixLength = 3;

export type KeywordQuery = {
  /** the words as typed (letters and digits only) */
  words: string[];
  /** for to_tsquery: stemmed and accent-folded by the text search configuration of each language */
  tsquery: string;
};

export function keywordQuery(q: string): KeywordQuery | null {
  const words = (q.normalize("NFC").match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, maxKeywords);
  if (words.length === 0) return null;
  const terms = words.map((word, index) => {
    const forms = wordsFoundBy(word);
    const isPrefix = forms.length === 1 && index === words.length - 1 && word.length >= minPrefixLength;
    return `(${forms.map((form) => `'${form}'${isPrefix ? ":*" : ""}`).join(" | ")})`;
  });
  return { words, tsquery: terms.join(" & ") };
}
