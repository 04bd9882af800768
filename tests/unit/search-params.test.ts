import { describe, expect, it } from "vitest";
import { parseMissionSearch } from "~/modules/missions/parse-search.server";
import {
  defaultMissionSearch,
  isFilteredSearch,
  missionSearchToParams,
  type MissionSearch,
} from "~/modules/missions/search-params";
import { maskOfMonths, maskOfSlots, monthsOf, slotsOf } from "~/modules/schedule/masks";

const parse = (query: string) => parseMissionSearch(new URLSearchParams(query));

describe("parseMissionSearch", () => {
  it("gives the defaults for an empty URL", () => {
    expect(parse("")).toEqual(defaultMissionSearch);
    expect(isFilteredSearch(parse(""))).toBe(false);
  });

  it("reads every parameter", () => {
    const search = parse(
      "q=accueil+musée&town=Trois-Rivières&radius=25&slot=1-0&slot=4-2&hours=12&month=6&month=7" +
        "&sector=culture&sector=retail&lang=fr&lang=EN&sort=nearest&page=3",
    );
    expect(search).toEqual({
      q: "accueil musée",
      town: "Trois-Rivières",
      radiusKm: 25,
      slots: maskOfSlots([
        { day: 1, part: 0 },
        { day: 4, part: 2 },
      ]),
      hoursMax: 12,
      months: maskOfMonths([6, 7]),
      sectors: ["retail", "culture"],
      languages: ["en", "fr"],
      sort: "nearest",
      page: 3,
    } satisfies MissionSearch);
    expect(isFilteredSearch(search)).toBe(true);
  });

  it("reads a slot as day-part, Monday being day 0", () => {
    expect(slotsOf(parse("slot=1-0").slots)).toEqual([{ day: 1, part: 0 }]);
    expect(slotsOf(parse("slot=6-2&slot=0-1").slots)).toEqual([
      { day: 0, part: 1 },
      { day: 6, part: 2 },
    ]);
    expect(parse("slot=0-0").slots).toBe(1);
    expect(parse("slot=6-2").slots).toBe(1 << 20);
  });

  it("reads a month range that wraps the year end", () => {
    expect(monthsOf(parse("monthFrom=11&monthTo=2").months)).toEqual([1, 2, 11, 12]);
    expect(monthsOf(parse("monthFrom=3&monthTo=5").months)).toEqual([3, 4, 5]);
    expect(monthsOf(parse("monthFrom=6&monthTo=6").months)).toEqual([6]);
    expect(monthsOf(parse("month=8&monthFrom=12&monthTo=1").months)).toEqual([1, 8, 12]);
  });

  it("falls back to the default for each bad value without throwing", () => {
    const search = parse(
      "radius=abc&hours=-3&page=0&sort=random&slot=7-0&slot=1-3&slot=x&slot=2-1&month=13&month=0&month=jan&month=4" +
        "&monthFrom=11&sector=mining&sector=health&lang=english&lang=f1&lang=%20ES%20",
    );
    expect(search).toEqual({
      ...defaultMissionSearch,
      slots: maskOfSlots([{ day: 2, part: 1 }]),
      months: maskOfMonths([4]),
      sectors: ["health"],
      languages: ["es"],
    });
    expect(parse("radius=4").radiusKm).toBeNull();
    expect(parse("radius=201").radiusKm).toBeNull();
    expect(parse("radius=12.5").radiusKm).toBeNull();
    expect(parse("radius=").radiusKm).toBeNull();
    expect(parse("radius=5").radiusKm).toBe(5);
    expect(parse("radius=200").radiusKm).toBe(200);
    expect(parse("page=999999").page).toBe(1);
    expect(parse("hours=0").hoursMax).toBeNull();
  });

  it("tidies free text: spaces collapsed, trimmed, length capped", () => {
    expect(parse("q=%20%20caissier%20%0A%20%20soir%20").q).toBe("caissier soir");
    expect(parse(`q=${"a".repeat(500)}`).q).toHaveLength(200);
    expect(parse("town=%20Lévis%20").town).toBe("Lévis");
  });

  it("keeps FTS and SQL syntax as plain text (the search quotes it)", () => {
    expect(parse(`q=${encodeURIComponent(`"NEAR(a b)" OR x* '; DROP TABLE Mission; --`)}`).q).toBe(
      `"NEAR(a b)" OR x* '; DROP TABLE Mission; --`,
    );
  });

  it("removes repeated values and orders them canonically", () => {
    const search = parse("sector=hospitality&sector=retail&sector=retail&lang=fr&lang=en&lang=fr");
    expect(search.sectors).toEqual(["retail", "hospitality"]);
    expect(search.languages).toEqual(["en", "fr"]);
  });
});

describe("missionSearchToParams", () => {
  it("omits the defaults", () => {
    expect(missionSearchToParams(defaultMissionSearch).toString()).toBe("");
    expect(missionSearchToParams({ ...defaultMissionSearch, q: "vente" }).toString()).toBe("q=vente");
  });

  it("writes months one by one, so a wrapping range reads back the same", () => {
    const winter = parse("monthFrom=11&monthTo=2");
    expect(missionSearchToParams(winter).getAll("month")).toEqual(["1", "2", "11", "12"]);
    expect(parse(missionSearchToParams(winter).toString())).toEqual(winter);
  });

  it("round-trips: parse(toParams(x)) equals x", () => {
    const searches: MissionSearch[] = [
      defaultMissionSearch,
      parse(
        "q=école+primaire&town=Québec&radius=10&slot=0-0&slot=6-2&hours=20&month=12&month=1&sector=food&lang=fr&sort=newest&page=2",
      ),
      parse("town=St-Jérôme&sort=nearest"),
      parse("monthFrom=11&monthTo=2&slot=3-1"),
      parse("q=%22a%22+OR+b*&lang=es&lang=en&sector=health&sector=community"),
      {
        ...defaultMissionSearch,
        q: "bénévole",
        radiusKm: 200,
        slots: (1 << 21) - 1,
        hoursMax: 60,
        months: 4095,
        sectors: [
          "retail",
          "culture",
          "tourism",
          "finance",
          "health",
          "food",
          "sports-leisure",
          "community",
          "hospitality",
        ],
        languages: ["ar", "en", "fr"],
        sort: "fit",
        page: 500,
      },
    ];
    for (const search of searches) {
      const params = missionSearchToParams(search);
      expect(parse(params.toString()), params.toString()).toEqual(search);
      expect(missionSearchToParams(parse(params.toString())).toString()).toBe(params.toString());
    }
  });
});
