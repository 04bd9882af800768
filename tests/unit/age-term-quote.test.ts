// The editor's warning quotes the passage around an age term: its sentence, cut between words with "…".
import { describe, expect, it } from "vitest";
import { findAgeTerms } from "~/modules/missions/age-terms/check";
import { quoteAgeTerm } from "~/modules/missions/age-terms/quote";

function quote(text: string, room?: number) {
  const [hit] = findAgeTerms(text);
  expect(hit).toBeDefined();
  return quoteAgeTerm(text, hit, room);
}

const joined = (q: { before: string; phrase: string; after: string }) => `${q.before}${q.phrase}${q.after}`;

/** Each word of the quote (the ellipses aside) is a whole word of the text, never a piece of one. */
function expectWholeWords(text: string, q: { before: string; phrase: string; after: string }) {
  const words = new Set(text.split(/\s+/u));
  for (const word of joined(q).replace(/…/gu, " ").split(/\s+/u).filter(Boolean)) expect(words).toContain(word);
}

describe("quoteAgeTerm", () => {
  it("quotes a short sentence whole, without any ellipsis", () => {
    const q = quote("Nous cherchons une personne jeune et dynamique pour la caisse.");
    expect(q).toEqual({
      before: "Nous cherchons une personne ",
      phrase: "jeune et dynamique",
      after: " pour la caisse.",
    });
  });

  it("keeps to the sentence holding the term", () => {
    const text =
      "La librairie est au cœur du Vieux-Québec! Équipe jeune et dynamique, ambiance chaleureuse. Horaire de jour.";
    const q = quote(text);
    expect(q.before).toBe("");
    expect(q.phrase).toBe("Équipe jeune et dynamique");
    expect(q.after).toBe(", ambiance chaleureuse.");
  });

  it("cuts a long passage between words, never inside one, accents and apostrophes included", () => {
    const text =
      "Au comptoir d’accueil du musée, vous présenterez les expositions temporaires aux visiteuses et visiteurs étrangers, idéalement à une personne âgée de moins de 35 ans, disponible les fins de semaine d’été et pendant la relâche scolaire de mars.";
    for (const room of [10, 17, 23, 31, 40]) {
      const q = quote(text, room);
      expect(q.phrase).toBe("moins de 35 ans");
      expect(q.before.startsWith("…")).toBe(true);
      expect(q.after.endsWith("…")).toBe(true);
      const before = q.before.slice(1);
      const after = q.after.slice(0, -1);
      expect(before.length).toBeLessThanOrEqual(room);
      expect(after.trimStart().length).toBeLessThanOrEqual(room);
      // what is kept is exactly a run of whole words of the text on each side of the term
      expect(text).toContain(`${before}${q.phrase}${after}`);
      const start = text.indexOf(`${before}${q.phrase}`);
      expect(start === 0 || /\s/u.test(text[start - 1])).toBe(true);
      const end = text.indexOf(`${q.phrase}${after}`) + q.phrase.length + after.length;
      expect(end === text.length || /\s/u.test(text[end])).toBe(true);
    }
  });

  it("with a room smaller than the next word, keeps only the ellipsis", () => {
    const q = quote("Extraordinairement jeune et dynamique inconditionnellement.", 5);
    expect(q.before).toBe("… ");
    expect(q.phrase).toBe("jeune et dynamique");
    expect(q.after).toBe(" …");
  });

  it("English, with punctuation right after the term", () => {
    const text =
      "We are a small bookshop downtown looking for a digital native, someone at ease with our till and our website every day.";
    const q = quote(text, 20);
    expect(q.phrase).toBe("digital native");
    expect(q.before).toBe("…looking for a ");
    expect(q.after).toBe(", someone at ease…");
  });

  it("joined back without the ellipses, gives a piece of the text", () => {
    const text = "Poste idéal pour étudiant : horaires souples, formation payée, rabais sur les livres et café offert.";
    const q = quote(text, 12);
    expect(text).toContain(joined(q).replace(/^…|…$/gu, ""));
    expectWholeWords(text, q);
  });
});
