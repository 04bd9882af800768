import { describe, expect, it } from "vitest";
import { en } from "~/modules/i18n/dictionaries/en";
import { fr } from "~/modules/i18n/dictionaries/fr";
import { formatDateTime } from "~/modules/i18n/format";
import { translate } from "~/modules/i18n/translate";

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe("translations", () => {
  it("has the same keys in French and English, none empty, with the same placeholders", () => {
    const french = new Map(leaves(fr));
    const english = new Map(leaves(en));
    expect([...english.keys()].sort()).toEqual([...french.keys()].sort());
    for (const [key, text] of french) {
      expect(text.trim(), key).not.toBe("");
      const placeholders = (value: string) => (value.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(english.get(key) ?? ""), key).toEqual(placeholders(text));
    }
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(translate("fr", "dashboard.greeting", { name: "Yvette" })).toBe("Bonjour Yvette");
    expect(translate("en", "dashboard.greeting", { name: "Yvette" })).toBe("Hello Yvette");
    expect(translate("en", "dashboard.greeting")).toBe("Hello {name}");
  });

  it("never speaks of a 'job' in French copy (except to say a mission is not one) nor asks for an age", () => {
    const copy = leaves(fr).map(([, text]) => text.toLowerCase().replace("pas une offre d’emploi", ""));
    expect(copy.filter((text) => /\bjob\b|\bemploi\b/.test(text))).toEqual([]);
    expect(copy.filter((text) => /quel âge|votre âge\s*:|date de naissance\s*:/.test(text))).toEqual([]);
  });
});

describe("date formatting", () => {
  it("shows the instant in the viewer's time zone and language", () => {
    const instant = new Date("2027-09-14T14:00:00Z");
    expect(formatDateTime(instant, "fr", "America/Toronto")).toMatch(/^mardi 14 septembre 2027 .*10 h 00/);
    expect(formatDateTime(instant, "en", "America/Toronto")).toMatch(/^Tuesday, September 14, 2027 .*10:00/);
    expect(formatDateTime(instant, "fr", "Europe/Paris")).toMatch(/16 h 00/);
  });
});

describe("plurals", () => {
  it("choose the form with each language's rules (in French, 0 and 1 are singular)", () => {
    expect(translate("fr", "search.count", { count: 0 })).toBe("0 mission trouvée");
    expect(translate("fr", "search.count", { count: 1 })).toBe("1 mission trouvée");
    expect(translate("fr", "search.count", { count: 2 })).toBe("2 missions trouvées");
    expect(translate("en", "search.count", { count: 0 })).toBe("0 missions found");
    expect(translate("en", "search.count", { count: 1 })).toBe("1 mission found");
  });

  it("agree with a count of 0 or 1 in French wherever a number is followed by what it counts", () => {
    // issue 13: the profile said "0 étapes remplies"
    expect(translate("fr", "profile.progress", { count: 0, total: 6 })).toBe("0 étape remplie sur 6");
    expect(translate("fr", "profile.progress", { count: 2, total: 6 })).toBe("2 étapes remplies sur 6");
    expect(translate("fr", "missions.hoursExact", { count: 1 })).toBe("1 heure par semaine");
    expect(translate("en", "missions.hoursExact", { count: 1 })).toBe("1 hour a week");
    expect(
      `${translate("fr", "home.figuresMissions", { count: 1 })} ${translate("fr", "home.figuresEmployers", { count: 1 })}`,
    ).toBe("1 mission ouverte chez 1 employeur");
    expect(
      `${translate("en", "home.figuresMissions", { count: 3 })} ${translate("en", "home.figuresEmployers", { count: 2 })}`,
    ).toBe("3 open missions with 2 employers");
  });
});
