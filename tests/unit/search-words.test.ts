// The job-title word list and the keyword query built from what people type.
import { describe, expect, it } from "vitest";
import rawGroups from "~/modules/missions/search-words/job-titles.json";
import { foldWord, wordsFoundBy } from "~/modules/missions/search-words/job-titles";
import { keywordQuery, tsqueryText } from "~/modules/missions/search-words/keywords";

describe("job titles", () => {
  it("has the pairs the issue names, each word finding all the others of its group", () => {
    for (const group of [
      ["caissier", "caissière", "caisse"],
      ["préposé", "préposée"],
      ["conseiller", "conseillère"],
    ]) {
      for (const word of group) expect([...wordsFoundBy(word)].sort(), word).toEqual([...group].sort());
    }
  });

  it("reads a typed word whatever its case, accents and plural", () => {
    for (const typed of ["CAISSIÈRES", "caissieres", "Caissiers"]) expect(wordsFoundBy(typed)).toContain("caissière");
    expect(foldWord("Préposées")).toBe("preposee");
    // a short word keeps its last letter
    expect(foldWord("bus")).toBe("bus");
  });

  it("leaves other words alone", () => {
    expect(wordsFoundBy("bibliothèque")).toContain("bibliothèque");
    expect(wordsFoundBy("jardinage")).toEqual(["jardinage"]);
  });

  it("lists each word once, as a single word of letters", () => {
    const words = (rawGroups as string[][]).flat().map(foldWord);
    expect(new Set(words).size).toBe(words.length);
    for (const word of (rawGroups as string[][]).flat()) expect(word).toMatch(/^\p{L}+$/u);
  });
});

describe("keyword query", () => {
  it("needs every word, reads the last as a prefix, and a job title as all its forms", () => {
    expect(keywordQuery("accueil bibli")).toEqual({
      words: ["accueil", "bibli"],
      terms: [["accueil"], ["bibli"]],
      prefix: "bibli",
    });
    expect(keywordQuery("soir caissière")).toMatchObject({
      terms: [["soir"], ["caissier", "caissière", "caisse"]],
      prefix: null,
    });
    // too short to stand for the words it begins
    expect(keywordQuery("accueil de")?.prefix).toBeNull();
  });

  it("writes the terms as a text search query of whole words", () => {
    expect(tsqueryText([["soir"], ["caissier", "caissière", "caisse"]])).toBe(
      "('soir') & ('caissier' | 'caissière' | 'caisse')",
    );
  });

  it("keeps only letters and digits, so no query syntax gets through", () => {
    expect(keywordQuery(`'); DROP TABLE "Mission"; -- a:* | !b`)?.words).toEqual([
      "DROP",
      "TABLE",
      "Mission",
      "a",
      "b",
    ]);
    expect(keywordQuery("  * - ()  ")).toBeNull();
  });

  it("stops at eight words", () => {
    expect(keywordQuery("un deux trois quatre cinq six sept huit neuf")?.words).toHaveLength(8);
  });
});
