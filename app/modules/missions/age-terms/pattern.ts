// The phrase syntax of terms.json, compiled to a RegExp that runs on folded text (see fold.ts and README.md).
//   word        literal text, folded like the mission text (case and accents do not matter)
//   a space     one or more spaces or hyphens between words
//   (a|b c)     one of the alternatives
//   [s] [et]    optional; "word [et] word" also makes the space before it optional, and so does "[de] word"
//               at the start of a pattern
//   !(a|b)      not preceded by these words (at the start of an alternative) or not followed by them (at the end)
//   #           a number: 1 to 3 digits or a number word (deux, trente-cinq, five, twenty…)
//   %           an adult age from 20 up: 2 digits (20–99) or a number word from vingt / twenty up
//   -           a dash, spaces around it allowed ("25-35", "25 – 35")
//   \x          the character x itself, for ( ) [ ] | ! # % - \ and the like
import { foldLiteral } from "./fold";

type Alternatives = Node[][];
type Node =
  | { type: "text"; value: string }
  | { type: "space" }
  | { type: "dash" }
  | { type: "number" }
  | { type: "adultAge" }
  | { type: "group"; alternatives: Alternatives }
  | { type: "optional"; alternatives: Alternatives }
  | { type: "not"; alternatives: Alternatives };

export class PatternError extends Error {}

const WORD_CHAR = "[\\p{L}\\p{N}]";
const SEPARATOR = "[\\s-]+";

const UNITS = ["un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"].concat([
  "one",
  "two",
  "three",
  "four",
  "five",
  "seven",
  "eight",
  "nine",
]);
const TEENS = [
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
].concat([
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
]);
const TENS = [
  "vingt",
  "trente",
  "quarante",
  "cinquante",
  "soixante",
  "soixante-dix",
  "quatre-vingt",
  "quatre-vingts",
].concat(["quatre-vingt-dix", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]);

// Longest first, so that "dix-huit" is tried before "dix".
const oneOf = (words: string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;
const ADULT_AGE_WORDS = `${oneOf(TENS)}(?:${SEPARATOR}(?:et${SEPARATOR})?${oneOf([...UNITS, ...TEENS])})?`;
const ADULT_AGE = `(?:[2-9]\\d|${ADULT_AGE_WORDS})`;
const NUMBER = `(?:\\d{1,3}|${ADULT_AGE_WORDS}|${oneOf([...TEENS, ...UNITS])})`;

const REGEXP_SYNTAX = /[.*+?^${}()|[\]\\/]/g;

// ---- parsing ---------------------------------------------------------------------------------------------------

type Cursor = { source: string; position: number };

function parseAlternatives(cursor: Cursor, closing?: string): Alternatives {
  const alternatives: Alternatives = [[]];
  while (cursor.position < cursor.source.length) {
    const char = cursor.source[cursor.position];
    if (char === closing) {
      cursor.position++;
      return checkNotEmpty(alternatives);
    }
    if (char === "|") {
      cursor.position++;
      alternatives.push([]);
      continue;
    }
    alternatives[alternatives.length - 1].push(parseNode(cursor));
  }
  if (closing) throw new PatternError(`missing "${closing}"`);
  return checkNotEmpty(alternatives);
}

function checkNotEmpty(alternatives: Alternatives): Alternatives {
  if (alternatives.some((sequence) => sequence.length === 0)) throw new PatternError("empty alternative");
  return alternatives;
}

function parseNode(cursor: Cursor): Node {
  const char = cursor.source[cursor.position++];
  switch (char) {
    case "(":
      return { type: "group", alternatives: parseAlternatives(cursor, ")") };
    case "[":
      return { type: "optional", alternatives: parseAlternatives(cursor, "]") };
    case "!":
      if (cursor.source[cursor.position++] !== "(") throw new PatternError('"!" must be followed by "("');
      return { type: "not", alternatives: parseAlternatives(cursor, ")") };
    case ")":
    case "]":
      throw new PatternError(`unexpected "${char}" at ${cursor.position - 1}`);
    case "#":
      return { type: "number" };
    case "%":
      return { type: "adultAge" };
    case "-":
      return { type: "dash" };
    case "\\":
      if (cursor.position >= cursor.source.length) throw new PatternError("nothing to escape after \\");
      return { type: "text", value: cursor.source[cursor.position++] };
    default:
      if (/\s/.test(char)) {
        while (/\s/.test(cursor.source[cursor.position] ?? "")) cursor.position++;
        return { type: "space" };
      }
      return { type: "text", value: char };
  }
}

// ---- compiling -------------------------------------------------------------------------------------------------

function compileAlternatives(alternatives: Alternatives): string {
  return `(?:${alternatives.map(compileSequence).join("|")})`;
}

function lookbehind(node: Extract<Node, { type: "not" }>, spaced: boolean): string {
  return `(?<!(?<!${WORD_CHAR})${compileAlternatives(node.alternatives)}${spaced ? SEPARATOR : ""})`;
}

function lookahead(node: Extract<Node, { type: "not" }>, spaced: boolean): string {
  return `(?!${spaced ? "[\\s-]*" : ""}${compileAlternatives(node.alternatives)}(?!${WORD_CHAR}))`;
}

// Spaces next to optional parts and to "!( )" belong to them, so "jeune [et] dynamique" also matches
// "jeune dynamique" and "!(depuis) moins" checks the word before "moins", whatever the spacing.
function compileSequence(nodes: Node[]): string {
  let regexp = "";
  let atStart = true; // nothing consumed yet: "!( )" looks behind, "[x] " is an optional first word
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const next = nodes[i + 1];
    const nextIsSpace = next?.type === "space";
    if (node.type === "not") {
      regexp += atStart ? lookbehind(node, nextIsSpace) : lookahead(node, false);
      if (atStart && nextIsSpace) i++;
    } else if (node.type === "space" && next?.type === "not" && !atStart && i + 2 === nodes.length) {
      regexp += lookahead(next, true);
      i++;
    } else if (node.type === "space" && next?.type === "optional") {
      regexp += `(?:${SEPARATOR}${compileAlternatives(next.alternatives)})?`;
      atStart = false;
      i++;
    } else if (node.type === "optional" && atStart && nextIsSpace) {
      regexp += `(?:${compileAlternatives(node.alternatives)}${SEPARATOR})?`;
      i++;
    } else {
      regexp += compileNode(node);
      atStart = false;
    }
  }
  return regexp;
}

function compileNode(node: Node): string {
  switch (node.type) {
    case "text":
      return foldLiteral(node.value).replace(REGEXP_SYNTAX, "\\$&");
    case "space":
      return SEPARATOR;
    case "dash":
      return "\\s*-\\s*";
    case "number":
      return NUMBER;
    case "adultAge":
      return ADULT_AGE;
    case "group":
      return compileAlternatives(node.alternatives);
    case "optional":
      return `${compileAlternatives(node.alternatives)}?`;
    case "not":
      return lookahead(node, false);
  }
}

/** Compiles a terms.json pattern to a global RegExp for folded text, whole words only. */
export function compilePattern(pattern: string): RegExp {
  const alternatives = parseAlternatives({ source: pattern.trim(), position: 0 });
  const source = `(?<!${WORD_CHAR})${compileAlternatives(alternatives)}(?!${WORD_CHAR})`;
  const regexp = new RegExp(source, "gu");
  if (new RegExp(source, "u").test("")) throw new PatternError("the pattern matches empty text");
  return regexp;
}
