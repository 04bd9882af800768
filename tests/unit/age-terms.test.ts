import { describe, expect, it } from "vitest";
import { checkMissionText, findAgeTerms, highlightSegments } from "~/modules/missions/age-terms/check";
import { foldText } from "~/modules/missions/age-terms/fold";
import { compilePattern } from "~/modules/missions/age-terms/pattern";
import { ageTerms, ageTermsSchema } from "~/modules/missions/age-terms/terms";
import rawTerms from "~/modules/missions/age-terms/terms.json";

const ids = (text: string) => findAgeTerms(text).map((hit) => hit.termId);
const phrases = (text: string) => findAgeTerms(text).map((hit) => hit.phrase);

describe("terms.json", () => {
  it("holds terms in both languages, each with examples and counter-examples", () => {
    expect(ageTerms.filter((entry) => entry.lang === "fr").length).toBeGreaterThanOrEqual(15);
    expect(ageTerms.filter((entry) => entry.lang === "en").length).toBeGreaterThanOrEqual(15);
  });

  it("rejects a malformed entry", () => {
    const [first] = rawTerms;
    expect(ageTermsSchema.safeParse([{ ...first, kind: "old" }]).success).toBe(false);
    expect(ageTermsSchema.safeParse([{ ...first, examples: [] }]).success).toBe(false);
    expect(ageTermsSchema.safeParse([first, first]).success).toBe(false);
    expect(ageTermsSchema.safeParse([{ ...first, extra: 1 }]).success).toBe(false);
  });

  for (const entry of ageTerms) {
    describe(`${entry.lang} ${entry.id}`, () => {
      for (const example of entry.examples) {
        it(`flags « ${example} »`, () => {
          const hits = findAgeTerms(example, { locales: [entry.lang] });
          expect(hits.map((hit) => hit.termId)).toContain(entry.id);
        });
      }
      for (const phrase of entry.notFlagged) {
        it(`does not flag « ${phrase} »`, () => {
          expect(findAgeTerms(phrase)).toEqual([]);
        });
      }
    });
  }
});

describe("findAgeTerms", () => {
  it("locates the phrase exactly", () => {
    const text = "Nous cherchons une personne jeune et dynamique";
    const [hit, ...others] = findAgeTerms(text);
    expect(others).toEqual([]);
    expect(hit).toMatchObject({
      termId: "jeune-et-dynamique",
      kind: "age",
      phrase: "jeune et dynamique",
      start: 28,
      end: 46,
    });
    expect(hit.suggestion.fr).toContain("Précisez plutôt les tâches");
    expect(hit.why.en).toMatch(/energy/);
  });

  it("gives offsets into the original text when accents, ligatures and inclusive endings change lengths", () => {
    const text = "Cœur de l'équipe : vous êtes âgé(e) de 25 ans, JEUNE ET ÉNERGIQUE, récemment diplômé(e)s.";
    const hits = findAgeTerms(text);
    expect(hits.map((hit) => hit.phrase)).toEqual(["âgé(e) de 25 ans", "JEUNE ET ÉNERGIQUE", "récemment diplômé(e)s"]);
    for (const hit of hits) expect(text.slice(hit.start, hit.end)).toBe(hit.phrase);
    expect(hits[0].start).toBe(text.indexOf("âgé"));
  });

  it("keeps decomposed accents (NFD) inside the highlighted phrase", () => {
    const text = "Profil : e\u0301quipe jeune, re\u0301cemment diplo\u0302me\u0301e";
    const hits = findAgeTerms(text);
    expect(hits.map((hit) => hit.termId)).toEqual(["equipe-jeune", "recemment-diplome"]);
    expect(hits[1].phrase).toBe("re\u0301cemment diplo\u0302me\u0301e");
    expect(hits[1].end).toBe(text.length);
    expect(hits[0].phrase).toBe("e\u0301quipe jeune");
  });

  it("matches whatever the case, accents, apostrophes and dashes", () => {
    expect(ids("MAXIMUM 3 ANS D’EXPÉRIENCE")).toEqual(["experience-maximum"]);
    expect(ids("maximum 3 ans d'experience")).toEqual(["experience-maximum"]);
    expect(ids("Âge : 25 – 35 ans")).toEqual(["tranche-age"]);
    expect(ids("GEN Z")).toEqual(["gen-z"]);
  });

  it("finds several terms in one text, in order", () => {
    const text = "Profil junior recherché, moins de 35 ans, maximum 2 ans d'expérience. Idéal pour un nouveau diplômé.";
    expect(findAgeTerms(text).map(({ termId, phrase }) => [termId, phrase])).toEqual([
      ["profil-junior", "Profil junior"],
      ["moins-de-n-ans", "moins de 35 ans"],
      ["experience-maximum", "maximum 2 ans d'expérience"],
      ["nouveau-diplome", "nouveau diplômé"],
    ]);
  });

  it("merges overlapping hits into the longest one", () => {
    // "jeune et dynamique" and "équipe jeune" both match inside "équipe jeune et dynamique".
    expect(findAgeTerms("Une équipe jeune et dynamique.")).toMatchObject([
      { termId: "equipe-jeune", phrase: "équipe jeune et dynamique" },
    ]);
    // "personne jeune" (jeune) loses to the longer "jeune et dynamique"; neither is reported twice.
    expect(phrases("une personne jeune et dynamique")).toEqual(["jeune et dynamique"]);
    // The French "libraire junior" and the English "junior" overlap across languages; one hit remains.
    expect(ids("Poste de libraire junior")).toEqual(["profil-junior"]);
  });

  it("looks only for the requested languages", () => {
    expect(findAgeTerms("Young and energetic", { locales: ["fr"] })).toEqual([]);
    expect(ids("Young and energetic")).toEqual(["young-and-energetic"]);
    expect(findAgeTerms("moins de 40 ans", { locales: ["en"] })).toEqual([]);
  });

  it("does not take a minimum for a cap", () => {
    expect(findAgeTerms("Plus de 10 ans d'expérience. At least 5 years of experience. 18 ans et plus.")).toEqual([]);
  });

  it("handles empty and term-free text", () => {
    expect(findAgeTerms("")).toEqual([]);
    expect(findAgeTerms("Accueillir la clientèle de la librairie le samedi matin.")).toEqual([]);
  });
});

describe("checkMissionText", () => {
  it("reports only the fields with hits, in order", () => {
    const result = checkMissionText({
      title: "Libraire junior",
      summary: "Conseiller la clientèle le samedi",
      description: "Équipe jeune. Candidates under 40 preferred.",
    });
    expect(result.map(({ field, hits }) => [field, hits.map((hit) => hit.termId)])).toEqual([
      ["title", ["profil-junior"]],
      ["description", ["equipe-jeune", "under-n"]],
    ]);
    expect(checkMissionText({ title: "Accueil au musée", description: "Ouvert à tous les âges" })).toEqual([]);
  });
});

describe("highlightSegments", () => {
  const text = "Âgé(e) de 30 ans, jeune et dynamique : postulez !";

  it("round-trips to the original text with the phrases marked", () => {
    const hits = findAgeTerms(text);
    const segments = highlightSegments(text, hits);
    expect(segments.map((segment) => segment.text).join("")).toBe(text);
    expect(segments.filter((segment) => segment.hit).map((segment) => segment.text)).toEqual([
      "Âgé(e) de 30 ans",
      "jeune et dynamique",
    ]);
    expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
    expect(segments.map((segment) => segment.hit?.termId)).toEqual([
      "age-de-n-ans",
      undefined,
      "jeune-et-dynamique",
      undefined,
    ]);
  });

  it("gives one plain segment without hits, and ignores hits that do not fit", () => {
    expect(highlightSegments("Bonjour", [])).toEqual([{ text: "Bonjour" }]);
    const [hit] = findAgeTerms(text);
    expect(highlightSegments("court", [hit])).toEqual([{ text: "court" }]);
    expect(
      highlightSegments(text, [hit, hit])
        .map((segment) => segment.text)
        .join(""),
    ).toBe(text);
  });
});

describe("pattern syntax", () => {
  const matches = (pattern: string, text: string) => foldText(text).text.match(compilePattern(pattern)) ?? [];

  it("makes the space around an optional word optional too", () => {
    expect(matches("jeune [et] dynamique", "jeune dynamique")).toEqual(["jeune dynamique"]);
    expect(matches("jeune [et] dynamique", "jeune et dynamique")).toEqual(["jeune et dynamique"]);
    expect(matches("[de|entre] # à % ans", "18 à 35 ans")).toEqual(["18 a 35 ans"]);
  });

  it("matches whole words only, numbers and adult ages", () => {
    expect(matches("jeune[s]", "jeunesse")).toEqual([]);
    expect(matches("moins de % ans", "moins de 12 ans")).toEqual([]);
    expect(matches("moins de % ans", "moins de quarante-cinq ans")).toEqual(["moins de quarante-cinq ans"]);
    expect(matches("# ans", "100 ans")).toEqual(["100 ans"]);
    expect(matches("# ans", "1000 ans")).toEqual([]);
  });

  it("looks behind and ahead with !( )", () => {
    expect(matches("!(depuis) moins de % ans", "depuis moins de 30 ans")).toEqual([]);
    expect(matches("!(depuis) moins de % ans", "avoir moins de 30 ans")).toEqual(["moins de 30 ans"]);
    expect(matches("junior !(high)", "junior high")).toEqual([]);
    expect(matches("junior !(high)", "junior sales")).toEqual(["junior"]);
  });

  it("rejects malformed patterns", () => {
    expect(() => compilePattern("jeune (et")).toThrow(/missing/);
    expect(() => compilePattern("jeune ]")).toThrow(/unexpected/);
    expect(() => compilePattern("(a|)")).toThrow(/empty/);
    expect(() => compilePattern("[s]")).toThrow(/empty text/);
    expect(() => compilePattern("!x")).toThrow(/followed by/);
  });
});
