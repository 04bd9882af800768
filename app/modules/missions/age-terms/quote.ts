// The passage around an age term, for the editor's warning: the sentence that holds the term, shortened at word
// boundaries with "…" when a side is longer than the room given, never in the middle of a word. Pure.

export type AgeTermQuote = { before: string; phrase: string; after: string };

const sentenceEnd = /[.!?…;\n]/u;
const isSpace = (character: string | undefined) => character !== undefined && /\s/u.test(character);

/** Where the sentence holding [start, end) begins and ends (with its own full stop). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  while (from > 0 && !sentenceEnd.test(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && !sentenceEnd.test(text[to])) to += 1;
  return [from, Math.min(text.length, to + 1)];
}

function leftSide(part: string, room: number): string {
  const trimmed = part.trimStart();
  if (trimmed.length <= room) return trimmed;
  const tail = trimmed.slice(trimmed.length - room);
  // the cut fell inside a word unless a space stands on either side of it: then that word goes
  const atBoundary = isSpace(trimmed[trimmed.length - room - 1]) || isSpace(tail[0]);
  const firstSpace = tail.search(/\s/u);
  const kept = atBoundary ? tail.trimStart() : firstSpace < 0 ? "" : tail.slice(firstSpace).trimStart();
  return kept === "" ? (isSpace(part[part.length - 1]) ? "… " : "…") : `…${kept}`;
}

function rightSide(part: string, room: number): string {
  const trimmed = part.trimEnd();
  if (trimmed.length <= room) return trimmed;
  const head = trimmed.slice(0, room);
  const atBoundary = isSpace(trimmed[room]) || isSpace(head[head.length - 1]);
  const lastSpace = head.search(/\s\S*$/u);
  const kept = atBoundary ? head.trimEnd() : lastSpace < 0 ? "" : head.slice(0, lastSpace).trimEnd();
  return kept === "" ? (isSpace(part[0]) ? " …" : "…") : `${kept}…`;
}

/** The term with at most `room` characters of its sentence on each side, cut between words with "…". */
export function quoteAgeTerm(text: string, hit: { start: number; end: number }, room = 80): AgeTermQuote {
  const [from, to] = sentenceAround(text, hit.start, hit.end);
  return {
    before: leftSide(text.slice(from, hit.start), room),
    phrase: text.slice(hit.start, hit.end),
    after: rightSide(text.slice(hit.end, to), room),
  };
}
