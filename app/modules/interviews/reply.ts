// A candidate's emailed answer to an interview proposal: "2", "le 2", "option 2", "the second". Pure (no I/O).
// The reading is deliberately narrow. Once the quoted message, the signature, a greeting and a sign-off are set
// aside, what is left must be one of a few phrasings naming one slot. Anything else (two numbers, a negation, a
// time or a day, a question) matches none of them, so readSlotChoice returns null and a person reads the reply.

// ---------------------------------------------------------------------------------------------------------------
// The newly written part of a reply

const QUOTED_LINE = /^>/;
const SIGNATURE_DELIMITER = /^-- ?$/;
// "Envoyé de mon iPhone", "Sent from my Android", "Sent from Outlook for iOS", "Get Outlook for Android"
const MOBILE_FOOTER = /^(sent (from|with)|envoyé (de|depuis|avec|à partir de)|get outlook for|obtenez outlook pour)\s/i;
const ORIGINAL_MESSAGE_SEPARATORS = [
  /^-{2,}\s*(original message|message d['’]origine|message original|forwarded message|message transféré)\s*-{2,}$/i,
  /^_{10,}$/,
  /^(begin forwarded message|début du message réexpédié)\s*:$/i,
];
const OUTLOOK_FROM = /^\*?(from|de)\s*:/i;
const OUTLOOK_SENT = /^\*?(sent|envoyé|date)\s*:/i;
// "On Mon, Sep 14, 2027 at 10:00 AM X wrote:", "Le lun. 14 sept. 2027 à 10:00, X a écrit :"
const ATTRIBUTION_START = /^(on|le)\s/i;
const ATTRIBUTION_END = /(wrote|a\s+écrit)\s*:$/i;
const ATTRIBUTION_DATE = /\d{4}|\d:\d\d/;

function startsQuotedMessage(lines: string[], index: number): boolean {
  const line = lines[index];
  if (ORIGINAL_MESSAGE_SEPARATORS.some((separator) => separator.test(line)) || ATTRIBUTION_END.test(line)) return true;
  // Mail clients wrap a long attribution ("On … <address>" / "wrote:"), so it may end on the next line. Its first
  // line carries the date of the quoted message, which tells it from a reply like "Le 2" just above an attribution.
  const next = lines[index + 1] ?? "";
  if (ATTRIBUTION_START.test(line) && ATTRIBUTION_DATE.test(line) && ATTRIBUTION_END.test(`${line} ${next}`))
    return true;
  // Outlook quotes without ">": a header block "From:/De :" then "Sent:/Envoyé :" a line or two below.
  return OUTLOOK_FROM.test(line) && lines.slice(index + 1, index + 4).some((below) => OUTLOOK_SENT.test(below));
}

/** The newly written part of an email reply: without the quoted message, the signature and "Sent from my iPhone". */
export function replyText(text: string): string {
  const rawLines = text.normalize("NFC").split(/\r\n|\r|\n/);
  const lines = rawLines.map((line) => line.trim());
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    if (SIGNATURE_DELIMITER.test(rawLines[index]) || startsQuotedMessage(lines, index)) break;
    if (QUOTED_LINE.test(lines[index]) || MOBILE_FOOTER.test(lines[index])) continue;
    kept.push(lines[index]);
  }
  return kept.join("\n").trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Words: `key` is lowercased and without accents, for matching; `text` keeps the case, to recognise names.

type Word = { text: string; key: string };

function wordsOf(line: string): Word[] {
  return (
    line
      // "n° 2", "#2", "no. 2" all mean "numéro 2"; "no" before anything but a digit stays a negation.
      .replace(/(\bn\s?[°º]|#|\bno\.?(?=\s*\d))\s*/gi, " numéro ")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((text) => ({ text, key: text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase() }))
  );
}

type Phrase = string[];

function phrases(...list: string[]): Phrase[] {
  return list.map((phrase) => phrase.split(" "));
}

/** The longest, so that "merci beaucoup" is taken whole rather than "merci" leaving "beaucoup". */
function longestMatch(list: Phrase[], matches: (phrase: Phrase) => boolean): Phrase | undefined {
  return list.filter(matches).sort((a, b) => b.length - a.length)[0];
}

function stripLeading(keys: string[], list: Phrase[]): string[] {
  const found = longestMatch(list, (phrase) => phrase.every((key, index) => keys[index] === key));
  return found ? stripLeading(keys.slice(found.length), list) : keys;
}

function stripTrailing(keys: string[], list: Phrase[]): string[] {
  const offset = (phrase: Phrase) => keys.length - phrase.length;
  const found = longestMatch(
    list,
    (phrase) => offset(phrase) >= 0 && phrase.every((key, index) => keys[offset(phrase) + index] === key),
  );
  return found ? stripTrailing(keys.slice(0, offset(found)), list) : keys;
}

// ---------------------------------------------------------------------------------------------------------------
// Accepted phrasings (keys: lowercase, no accents, apostrophes split words: "I'll" is "i ll")

const GREETINGS = phrases(
  "bonjour",
  "bonsoir",
  "salut",
  "allo",
  "cher",
  "chere",
  "hello",
  "hi",
  "hey",
  "dear",
  "good morning",
  "good afternoon",
  "good evening",
);
const THANKS = phrases(
  "merci",
  "merci beaucoup",
  "merci bien",
  "mille mercis",
  "thanks",
  "thank you",
  "thanks a lot",
  "many thanks",
  "thx",
);
const SIGN_OFFS = phrases(
  "cordialement",
  "bien cordialement",
  "bien a vous",
  "salutations",
  "meilleures salutations",
  "bonne journee",
  "et bonne journee",
  "bonne soiree",
  "et bonne soiree",
  "belle journee",
  "a bientot",
  "au plaisir",
  "regards",
  "best",
  "best regards",
  "kind regards",
  "cheers",
  "sincerely",
  "all the best",
  "have a nice day",
  "and have a nice day",
);
/** Before the slot: a greeting, a thank-you, an agreement or a choosing verb ("Bonjour, oui, je prends le 2"). */
const LEADING = [
  ...GREETINGS,
  ...THANKS,
  ...phrases(
    "ok",
    "okay",
    "oui",
    "yes",
    "parfait",
    "perfect",
    "super",
    "great",
    "d accord",
    "tres bien",
    "je prends",
    "je prendrai",
    "je prendrais",
    "je choisis",
    "je vais prendre",
    "je prefere",
    "je voudrais",
    "j aimerais",
    "ce sera",
    "va pour",
    "i ll take",
    "i will take",
    "i take",
    "i choose",
    "i ll go with",
    "i d like",
    "i would like",
    "i prefer",
    "let s do",
    "let s go with",
  ),
];
/** After the slot: thanks, please, "works for me" ("Le 2 me convient, merci"). */
const TRAILING = [
  ...THANKS,
  ...SIGN_OFFS,
  ...phrases("svp", "stp", "s il vous plait", "s il te plait", "please", "pls"),
  ...phrases("pour moi", "me convient", "me va", "works for me", "is fine", "is perfect"),
];
const CLOSINGS = [...THANKS, ...SIGN_OFFS];

const ARTICLES = new Set(["le", "la", "l", "the"]);
const SLOT_LABELS = new Set(["option", "choix", "creneau", "numero", "proposition", "slot", "number", "choice"]);
const NUMBER_WORDS = new Map(
  Object.entries({
    un: 1,
    une: 1,
    one: 1,
    deux: 2,
    two: 2,
    trois: 3,
    three: 3,
    quatre: 4,
    four: 4,
    cinq: 5,
    five: 5,
    six: 6,
  }),
);
const ORDINAL_WORDS = new Map(
  Object.entries({
    premier: 1,
    premiere: 1,
    first: 1,
    deuxieme: 2,
    second: 2,
    seconde: 2,
    troisieme: 3,
    third: 3,
    quatrieme: 4,
    fourth: 4,
    cinquieme: 5,
    fifth: 5,
    sixieme: 6,
    sixth: 6,
  }),
);
const DIGIT_ORDINAL = /^(\d+)(er|re|ere|e|eme|st|nd|rd|th)$/;

function ordinalValue(key: string): number | null {
  const digits = DIGIT_ORDINAL.exec(key);
  if (digits) return Number(digits[1]);
  return ORDINAL_WORDS.get(key) ?? null;
}

/** "2", "le 2", "option 2", "le créneau numéro 2", "deux", "option two", "le deuxième", "the second one". */
function slotReference(keys: string[]): number | null {
  const hasArticle = ARTICLES.has(keys[0]);
  let rest = hasArticle ? keys.slice(1) : keys;
  let hasLabel = false;
  while (SLOT_LABELS.has(rest[0])) {
    rest = rest.slice(1);
    hasLabel = true;
  }
  const [value, ...after] = rest;
  if (value === undefined) return null;
  const ordinal = ordinalValue(value);
  if (ordinal !== null) {
    const followedByLabel = after.length === 1 && (SLOT_LABELS.has(after[0]) || after[0] === "one");
    return after.length === 0 || followedByLabel ? ordinal : null;
  }
  if (after.length > 0) return null;
  if (/^\d+$/.test(value)) return Number(value);
  // "the one", "the two" (both of them?) do not name a slot the way "deux" or "option two" do.
  return hasArticle && !hasLabel ? null : (NUMBER_WORDS.get(value) ?? null);
}

// ---------------------------------------------------------------------------------------------------------------
// Names, around the choice: "Bonjour Marc,", "Cordialement, Louise Le Gall", "Louise" alone

const NAME_TITLES = new Set(["madame", "monsieur", "mme", "mlle", "mr", "mrs", "ms", "dr"]);
const NAME_PARTICLES = new Set(["de", "du", "des", "la", "le", "van", "von", "da", "di"]);
// Words of a choice, or that say something about it (negations, alternatives, days): a capitalised line made of
// them is never taken for a name ("Deux", "2\nSinon Jeudi", "Option 2\nPas Possible").
const NEVER_NAMES = new Set([
  ...[...LEADING, ...TRAILING].flat(),
  ...ARTICLES,
  ...SLOT_LABELS,
  ...NUMBER_WORDS.keys(),
  ...ORDINAL_WORDS.keys(),
  "non",
  "no",
  "pas",
  "ne",
  "ni",
  "aucun",
  "aucune",
  "jamais",
  "rien",
  "none",
  "not",
  "neither",
  "nor",
  "never",
  "nothing",
  "ou",
  "or",
  "mais",
  "but",
  "sinon",
  "otherwise",
  "plutot",
  "instead",
  "rather",
  "autre",
  "other",
  "another",
  "desole",
  "desolee",
  "sorry",
  "impossible",
  "malheureusement",
  "unfortunately",
  "peut",
  "maybe",
  "perhaps",
  "possible",
  "lundi",
  "mardi",
  "mercredi",
  "jeudi",
  "vendredi",
  "samedi",
  "dimanche",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "janvier",
  "fevrier",
  "mars",
  "avril",
  "mai",
  "juin",
  "juillet",
  "aout",
  "septembre",
  "octobre",
  "novembre",
  "decembre",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "aujourd",
  "today",
  "demain",
  "tomorrow",
  "matin",
  "morning",
  "midi",
  "noon",
  "soir",
  "evening",
  "afternoon",
  "semaine",
  "week",
]);

function isNameWord(word: Word): boolean {
  return NAME_TITLES.has(word.key) || (/^\p{Lu}\p{L}*$/u.test(word.text) && !NEVER_NAMES.has(word.key));
}

function isName(words: Word[]): boolean {
  const [first, ...others] = words;
  if (words.length === 0 || words.length > 5 || !isNameWord(first)) return false;
  return others.every((word) => isNameWord(word) || NAME_PARTICLES.has(word.key));
}

/** The line is made of phrases from `list`, then possibly a name: "Bonjour Marc", "Merci et bonne journée, Louise". */
function isPhraseLine(words: Word[], list: Phrase[]): boolean {
  const rest = stripLeading(
    words.map((word) => word.key),
    list,
  );
  return rest.length < words.length && (rest.length === 0 || isName(words.slice(words.length - rest.length)));
}

/** The slot (1-based) a reply chooses, or null unless the reply is clearly and only that choice. */
export function readSlotChoice(text: string, slotCount: number): number | null {
  const reply = replyText(text);
  // Even "Le 2 ?" asks something, and a person should answer it.
  if (reply.includes("?")) return null;

  const lines = reply
    .split("\n")
    .map(wordsOf)
    .filter((words) => words.length > 0);
  const isSignOff = (words: Word[]) => isPhraseLine(words, CLOSINGS) || isName(words);
  while (lines.length > 0 && isPhraseLine(lines[0], GREETINGS)) lines.shift();
  while (lines.length > 0 && isSignOff(lines[lines.length - 1])) lines.pop();

  const keys = lines.flat().map((word) => word.key);
  const slot = slotReference(stripTrailing(stripLeading(keys, LEADING), TRAILING));
  return slot !== null && slot >= 1 && slot <= slotCount ? slot : null;
}
