// Inline formatting: **bold**, *italic* or _italic_, [text](https://…) and line breaks, read left to right.
//
// Every opening marker pushes a frame on a stack. A matching closer turns its frame into a node; a frame that
// never finds its closer is "dissolved": its marker goes back in as plain text, followed by what it had gathered.
// So nothing typed is ever lost, only markers that formed a construct disappear. Each kind of frame can be open
// once at a time, which bounds the nesting to three levels and the stack to four frames; every character is
// looked at a bounded number of times, so the time stays linear whatever the input (no backtracking regex).
import { safeHref } from "./safe-href";
import type { RichInline } from "./tree";

type FrameKind = "root" | "strong" | "emphasis" | "link";
type Frame = { kind: FrameKind; opener: string; children: RichInline[] };

const MARKER = /[\n*_[\]]/g;
const SPACE = /\s/;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const PARENTHESIS_OR_SPACE = /[()\s]/g;
/** Longer runs ("****", "__init__") are decoration or code, never formatting. */
const LONGEST_RUN = { "*": 3, _: 1 } as const;

export function parseInline(text: string): RichInline[] {
  return new InlineParser(text).parse();
}

class InlineParser {
  private readonly text: string;
  private readonly stack: Frame[] = [{ kind: "root", opener: "", children: [] }];
  private readonly closingParenthesis: Map<number, number>;

  constructor(text: string) {
    this.text = text;
    this.closingParenthesis = matchParentheses(text);
  }

  parse(): RichInline[] {
    let index = 0;
    while (index < this.text.length) index = this.step(index);
    while (this.stack.length > 1) this.dissolve(this.stack.length - 1);
    return this.stack[0].children;
  }

  /** Consumes what starts at `index` and returns where the next step starts. */
  private step(index: number): number {
    const char = this.text[index];
    if (char === "\n") {
      this.append({ type: "lineBreak" });
      return index + 1;
    }
    if (char === "*" || char === "_") return this.delimiterRun(index, char);
    if (char === "[") return this.openLink(index);
    if (char === "]") return this.closeLink(index);
    const end = nextMarker(this.text, index + 1);
    this.appendText(this.text.slice(index, end));
    return end;
  }

  private delimiterRun(start: number, marker: "*" | "_"): number {
    let end = start;
    while (this.text[end] === marker) end++;
    let remaining = end - start;
    if (remaining <= LONGEST_RUN[marker]) {
      const { canOpen, canClose } = flanking(this.text, start, end, marker);
      while (remaining > 0) {
        const used =
          (canClose && this.closeEmphasis(marker, remaining)) || (canOpen && this.openEmphasis(marker, remaining));
        if (!used) break;
        remaining -= used;
      }
    }
    this.appendText(marker.repeat(remaining));
    return end;
  }

  /** Closes a bold or italic frame with `available` markers; returns how many it used (0: none closed). */
  private closeEmphasis(marker: "*" | "_", available: number): number {
    const fitting: number[] = [];
    for (let index = this.stack.length - 1; index > 0; index--) {
      const { opener } = this.stack[index];
      if (opener[0] === marker && opener.length <= available) fitting.push(index);
    }
    // "**" closes bold rather than an italic opened inside it; otherwise the innermost frame that fits.
    const chosen = fitting.find((index) => this.stack[index].opener.length === available) ?? fitting[0];
    if (chosen === undefined) return 0;
    const { kind, opener } = this.stack[chosen];
    this.closeFrame(chosen, (children) =>
      kind === "strong" ? { type: "strong", children } : { type: "emphasis", children },
    );
    return opener.length;
  }

  private openEmphasis(marker: "*" | "_", available: number): number {
    if (marker === "*" && available >= 2 && !this.isOpen("strong")) return this.open("strong", "**");
    if (!this.isOpen("emphasis")) return this.open("emphasis", marker);
    return 0;
  }

  /** The innermost "[" wins, as in CommonMark: an earlier unclosed one becomes plain text. */
  private openLink(index: number): number {
    const earlier = this.frameIndex("link");
    if (earlier > 0) this.dissolve(earlier);
    this.open("link", "[");
    return index + 1;
  }

  private closeLink(index: number): number {
    const linkFrame = this.frameIndex("link");
    const target = linkFrame > 0 ? this.linkTarget(index) : null;
    if (!target) {
      // "[text]" alone, or pointing to an address we refuse: all of it stays as typed.
      if (linkFrame > 0) this.dissolve(linkFrame);
      this.appendText("]");
      return index + 1;
    }
    this.closeFrame(linkFrame, (children) => ({
      type: "link",
      href: target.href,
      children: children.length > 0 ? children : [{ type: "text", text: target.href }],
    }));
    return target.end + 1;
  }

  /** The "(address)" right after the "]" at `closeBracket`, when it is a safe address. */
  private linkTarget(closeBracket: number): { href: string; end: number } | null {
    const openParenthesis = closeBracket + 1;
    if (this.text[openParenthesis] !== "(") return null;
    const end = this.closingParenthesis.get(openParenthesis);
    if (end === undefined) return null;
    const href = safeHref(this.text.slice(openParenthesis + 1, end));
    return href ? { href, end } : null;
  }

  private open(kind: FrameKind, opener: string): number {
    this.stack.push({ kind, opener, children: [] });
    return opener.length;
  }

  /** Closes the frame at `index` into a node; frames opened inside it and still open become plain text. */
  private closeFrame(index: number, toNode: (children: RichInline[]) => RichInline): void {
    while (this.stack.length - 1 > index) this.dissolve(this.stack.length - 1);
    const [frame] = this.stack.splice(index, 1);
    this.append(toNode(frame.children));
  }

  /**
   * Gives up on the frame at `index`: its marker and its content go, as they were typed, to the frame below.
   * Frames above it have not been attached anywhere yet, so the text keeps its order.
   */
  private dissolve(index: number): void {
    const [frame] = this.stack.splice(index, 1);
    const below = this.stack[index - 1].children;
    appendTo(below, { type: "text", text: frame.opener });
    for (const child of frame.children) appendTo(below, child);
  }

  private frameIndex(kind: FrameKind): number {
    return this.stack.findIndex((frame) => frame.kind === kind);
  }

  private isOpen(kind: FrameKind): boolean {
    return this.frameIndex(kind) > 0;
  }

  private append(node: RichInline): void {
    appendTo(this.stack[this.stack.length - 1].children, node);
  }

  private appendText(text: string): void {
    this.append({ type: "text", text });
  }
}

/** Adds a node, merging neighbouring texts so that dissolved markers do not leave the text in crumbs. */
function appendTo(nodes: RichInline[], node: RichInline): void {
  const last = nodes[nodes.length - 1];
  if (node.type === "text" && last?.type === "text") last.text += node.text;
  else if (node.type !== "text" || node.text !== "") nodes.push(node);
}

/**
 * Whether a run of markers may open or close, after CommonMark's flanking rule made simple: an opener is followed
 * by a visible character, a closer follows one, so "2 * 3 * 4" stays arithmetic. "_" must also sit at a word's
 * edge, so that snake_case and e-mail addresses keep their underscores.
 */
function flanking(text: string, start: number, end: number, marker: "*" | "_") {
  const before = text[start - 1] ?? " ";
  const after = text[end] ?? " ";
  const underscore = marker === "_";
  return {
    canOpen: !isSpace(after) && !(underscore && isWordCharacter(before)),
    canClose: !isSpace(before) && !(underscore && isWordCharacter(after)),
  };
}

/** Where the next marker is, from `from` on; the regex engine skips plain text much faster than a loop. */
function nextMarker(text: string, from: number): number {
  MARKER.lastIndex = from;
  return MARKER.exec(text)?.index ?? text.length;
}

function isSpace(char: string): boolean {
  return SPACE.test(char);
}

function isWordCharacter(char: string): boolean {
  return WORD_CHARACTER.test(char);
}

/**
 * Index of the ")" that closes each "(" in one linear pass. Addresses hold no spaces, so a space forgets every
 * pending "(": an unmatched one then costs nothing later. Balanced pairs inside an address are kept, as in
 * https://fr.wikipedia.org/wiki/Québec_(ville).
 */
function matchParentheses(text: string): Map<number, number> {
  const closing = new Map<number, number>();
  const pending: number[] = [];
  for (const { 0: char, index } of text.matchAll(PARENTHESIS_OR_SPACE)) {
    if (char === "(") pending.push(index);
    else if (char === ")") {
      const opening = pending.pop();
      if (opening !== undefined) closing.set(opening, index);
    } else pending.length = 0;
  }
  return closing;
}
