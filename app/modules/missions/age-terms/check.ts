// "Open to all ages": finds age terms and age proxies in a mission's text, in French and English, with the exact
// phrase (for highlighting) and a respectful rewording. Pure: no I/O, patterns compiled once at load.
import { foldText, originalSpan, type FoldedText } from "./fold";
import { compilePattern } from "./pattern";
import {
  ageTermLocales,
  ageTerms,
  type AgeTermEntry,
  type AgeTermKind,
  type AgeTermLocale,
  type Localized,
} from "./terms";

export type { AgeTermKind, AgeTermLocale, Localized };

export type AgeTermHit = {
  termId: string;
  kind: AgeTermKind;
  /** Offsets in the original text: text.slice(start, end) === phrase. */
  start: number;
  end: number;
  phrase: string;
  suggestion: Localized;
  why: Localized;
};

export type FindAgeTermsOptions = {
  /** Which languages' terms to look for; both by default, since an employer may mix them. */
  locales?: readonly AgeTermLocale[];
};

export type HighlightSegment = { text: string; hit?: AgeTermHit };

type CompiledTerm = { entry: AgeTermEntry; regexp: RegExp };

const compiledTerms: readonly CompiledTerm[] = ageTerms.map((entry) => {
  try {
    return { entry, regexp: compilePattern(entry.pattern) };
  } catch (error) {
    throw new Error(`Age term "${entry.id}" has an invalid pattern: ${(error as Error).message}`);
  }
});

function hitsOf(term: CompiledTerm, folded: FoldedText, text: string): AgeTermHit[] {
  // matchAll works on a copy of the RegExp, so the shared one keeps no lastIndex between calls.
  return Array.from(folded.text.matchAll(term.regexp), (match) => {
    const { start, end } = originalSpan(folded, match.index, match.index + match[0].length);
    const { id, kind, suggestion, why } = term.entry;
    return { termId: id, kind, start, end, phrase: text.slice(start, end), suggestion, why };
  });
}

const length = (hit: AgeTermHit) => hit.end - hit.start;
const overlap = (a: AgeTermHit, b: AgeTermHit) => a.start < b.end && b.start < a.end;

// Longest first (ties: earlier in the text, then earlier in terms.json): "équipe jeune et dynamique" wins over
// "jeune et dynamique" inside it, and each part of the text is reported once.
function keepLongest(hits: AgeTermHit[]): AgeTermHit[] {
  const kept: AgeTermHit[] = [];
  const byLength = [...hits].sort((a, b) => length(b) - length(a) || a.start - b.start);
  for (const hit of byLength) if (!kept.some((other) => overlap(hit, other))) kept.push(hit);
  return kept.sort((a, b) => a.start - b.start);
}

export function findAgeTerms(text: string, options: FindAgeTermsOptions = {}): AgeTermHit[] {
  const locales = options.locales ?? ageTermLocales;
  const folded = foldText(text);
  const hits = compiledTerms
    .filter((term) => locales.includes(term.entry.lang))
    .flatMap((term) => hitsOf(term, folded, text));
  return keepLongest(hits);
}

/** The fields of a mission that contain age terms, in the order given; fields without any are left out. */
export function checkMissionText(
  fields: Record<string, string>,
  options?: FindAgeTermsOptions,
): { field: string; hits: AgeTermHit[] }[] {
  return Object.entries(fields)
    .map(([field, text]) => ({ field, hits: findAgeTerms(text, options) }))
    .filter((result) => result.hits.length > 0);
}

/** The text cut into plain and flagged pieces; joined back, they give the text again. */
export function highlightSegments(text: string, hits: readonly AgeTermHit[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    // A hit that overlaps the previous one or does not fit this text is left unmarked rather than breaking the text.
    if (hit.start < cursor || hit.end > text.length || hit.start >= hit.end) continue;
    if (hit.start > cursor) segments.push({ text: text.slice(cursor, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), hit });
    cursor = hit.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}
