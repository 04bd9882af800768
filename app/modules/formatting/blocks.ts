// Blocks: paragraphs, "### " sub-headings, bullet and numbered lists, read line by line. Lists stay flat: an
// indented item is one more item of the list, so no input can nest them.
import { parseInline } from "./inline";
import type { RichBlock } from "./tree";

type Line =
  | { kind: "blank" }
  | { kind: "heading"; content: string }
  | { kind: "bullet"; content: string }
  | { kind: "numbered"; number: number; content: string; typed: string }
  | { kind: "text"; typed: string; indented: boolean };

type Draft =
  | { type: "paragraph"; lines: string[] }
  | { type: "heading"; content: string }
  | { type: "bulletList"; items: string[][] }
  | { type: "numberedList"; start: number; items: string[][] };

// Applied to trimmed lines, which end with a visible character: no pattern here can backtrack more than once.
const BULLET = /^[-*•]\s+(.+)$/;
const NUMBERED = /^(\d{1,9})[.)]\s+(.+)$/;
const HEADING = /^###\s+(.+)$/;

export function parseBlocks(text: string): RichBlock[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  let afterBlank = false;
  for (const typed of text.split("\n")) {
    const line = classify(typed);
    if (line.kind === "blank") {
      afterBlank = true;
      continue;
    }
    if (!current || !extend(current, line, afterBlank)) {
      current = startDraft(line);
      drafts.push(current);
    }
    afterBlank = false;
  }
  return drafts.map(finish);
}

function classify(typed: string): Line {
  const trimmed = typed.trim();
  if (trimmed === "") return { kind: "blank" };
  const heading = HEADING.exec(trimmed);
  if (heading) return { kind: "heading", content: heading[1] };
  const bullet = BULLET.exec(trimmed);
  if (bullet) return { kind: "bullet", content: bullet[1] };
  const numbered = NUMBERED.exec(trimmed);
  if (numbered) return { kind: "numbered", number: Number(numbered[1]), content: numbered[2], typed: trimmed };
  return { kind: "text", typed: trimmed, indented: /^\s/.test(typed) };
}

/** Adds the line to the block being read when it belongs there; false when it starts a new block. */
function extend(draft: Draft, line: Exclude<Line, { kind: "blank" }>, afterBlank: boolean): boolean {
  switch (draft.type) {
    case "heading":
      return false;
    case "paragraph":
      // A list may start right under a sentence ("Vos tâches :"), but only "1." starts a numbered one there:
      // a line that begins with "2019. " is still the sentence going on.
      if (afterBlank || line.kind === "heading" || line.kind === "bullet") return false;
      if (line.kind === "numbered" && line.number === 1) return false;
      draft.lines.push(line.typed);
      return true;
    case "bulletList":
    case "numberedList":
      // Blank lines between items keep one list; an indented line goes on with the item above it.
      if (line.kind === "bullet" && draft.type === "bulletList") draft.items.push([line.content]);
      else if (line.kind === "numbered" && draft.type === "numberedList") draft.items.push([line.content]);
      else if (line.kind === "text" && line.indented && !afterBlank)
        draft.items[draft.items.length - 1].push(line.typed);
      else return false;
      return true;
  }
}

function startDraft(line: Exclude<Line, { kind: "blank" }>): Draft {
  switch (line.kind) {
    case "heading":
      return { type: "heading", content: line.content };
    case "bullet":
      return { type: "bulletList", items: [[line.content]] };
    case "numbered":
      return { type: "numberedList", start: line.number, items: [[line.content]] };
    case "text":
      return { type: "paragraph", lines: [line.typed] };
  }
}

function finish(draft: Draft): RichBlock {
  const inline = (lines: string[]) => parseInline(lines.join("\n"));
  switch (draft.type) {
    case "paragraph":
      return { type: "paragraph", content: inline(draft.lines) };
    case "heading":
      return { type: "heading", content: parseInline(draft.content) };
    case "bulletList":
      return { type: "bulletList", items: draft.items.map(inline) };
    case "numberedList":
      return { type: "numberedList", start: draft.start, items: draft.items.map(inline) };
  }
}
