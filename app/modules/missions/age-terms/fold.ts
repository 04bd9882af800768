// Matching runs on a folded copy of the text: lower case, no accents, one apostrophe, one dash, inclusive-writing
// endings such as "(e)" or "·e" dropped. Folding changes lengths (œ → oe, a lone combining accent → nothing), so
// every folded UTF-16 unit remembers the span of the original text it came from: hits can then point at the
// exact phrase the employer typed.

export type FoldedText = {
  text: string;
  /** starts[i] / ends[i]: the original span that produced folded unit i. */
  starts: number[];
  ends: number[];
};

const SUBSTITUTES = new Map<string, string>([
  ["œ", "oe"],
  ["æ", "ae"],
  ["’", "'"],
  ["‘", "'"],
  ["ʼ", "'"],
  ["`", "'"],
  ["´", "'"],
  ["‐", "-"],
  ["‑", "-"],
  ["‒", "-"],
  ["–", "-"],
  ["—", "-"],
  ["−", "-"],
]);

// "candidat(e)s", "diplômé·e·s": the ending adds nothing to the meaning the patterns look for, and dropping it
// lets "âgé(e) de 30 ans" read as "âgé de 30 ans". Only right after a letter, so "(e)" alone stays.
const INCLUSIVE_ENDING = /(?<=\p{L})(?:\((?:e|es|s|x|ne|nne|le|lle|se|euse|rice|trice)\)|·(?:e|es|s|ne|le)(?!\p{L}))/uy;

export function foldChar(char: string): string {
  const lower = char.toLowerCase();
  return SUBSTITUTES.get(lower) ?? lower.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Folds a pattern's literal text the same way as the text it will be matched against. */
export function foldLiteral(literal: string): string {
  return Array.from(literal, foldChar).join("");
}

function inclusiveEndingAt(original: string, index: number): number {
  INCLUSIVE_ENDING.lastIndex = index;
  return INCLUSIVE_ENDING.exec(original)?.[0].length ?? 0;
}

export function foldText(original: string): FoldedText {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const skipped = inclusiveEndingAt(original, index);
    const char = skipped > 0 ? "" : String.fromCodePoint(original.codePointAt(index) ?? 0);
    const end = index + (skipped || char.length);
    const folded = foldChar(char);
    // Nothing left (a combining accent, an inclusive ending): it belongs to the letter before it.
    if (folded === "" && ends.length > 0) ends[ends.length - 1] = end;
    for (const unit of folded.split("")) {
      units.push(unit);
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  return { text: units.join(""), starts, ends };
}

/** The original span of folded units [start, end). */
export function originalSpan(folded: FoldedText, start: number, end: number): { start: number; end: number } {
  return { start: folded.starts[start], end: folded.ends[end - 1] };
}
