// The search keys a search asks for (search-keys.ts) must include every key a matching mission has: the weekly
// slots, and for a radius, a cell holding each point within it.
import { describe, expect, it } from "vitest";
import { cellKey, cellSizes, circleKeys, slotKeys } from "~/modules/missions/search-keys";
import { kmPerDegree, squaredDegreesFrom, type Point } from "~/modules/places/distance";
import { maskOfSlots } from "~/modules/schedule/masks";
import { rngFor } from "../../prisma/seed/random";

/** The keys of a mission at this point, as chevronne_search_keys computes them (one cell per size). */
function cellsOf(point: Point): number[] {
  return cellSizes.map((size, level) =>
    cellKey(level, Math.floor(point.latitude / size), Math.floor(point.longitude / size)),
  );
}

describe("slot keys", () => {
  it("are one key per slot asked for, the slot's bit plus one", () => {
    expect(
      slotKeys(
        maskOfSlots([
          { day: 0, part: 0 },
          { day: 6, part: 2 },
        ]),
      ),
    ).toEqual([1, 21]);
  });

  it("ask for nothing without slots, or with bits outside the week", () => {
    expect(slotKeys(0)).toBeNull();
    expect(slotKeys(1 << 21)).toBeNull();
  });
});

describe("circle keys", () => {
  it("hold a cell of every point within the circle, whatever its size", () => {
    const rng = rngFor("search-keys-circles");
    for (let circleIndex = 0; circleIndex < 300; circleIndex++) {
      const from = { latitude: 44 + rng.next() * 8, longitude: -80 + rng.next() * 22 };
      const radiusKm = [0.5, 5, 10, 25, 50, 100, 200][circleIndex % 7];
      const degrees = radiusKm / kmPerDegree;
      const keys = new Set(circleKeys({ from, degrees }));
      const distance = squaredDegreesFrom(from);
      const cos = Math.cos((from.latitude * Math.PI) / 180);
      for (let pointIndex = 0; pointIndex < 200; pointIndex++) {
        // inside the circle's box, kept when within the radius; some right on its edge
        const edge = pointIndex % 10 === 0;
        const angle = rng.next() * 2 * Math.PI;
        const reach = edge ? degrees : degrees * Math.sqrt(rng.next());
        const point = {
          latitude: from.latitude + reach * Math.sin(angle),
          longitude: from.longitude + (reach * Math.cos(angle)) / cos,
        };
        if (distance(point) > degrees * degrees) continue;
        expect(
          cellsOf(point).some((key) => keys.has(key)),
          `${radiusKm} km from ${JSON.stringify(from)}: ${JSON.stringify(point)}`,
        ).toBe(true);
      }
    }
  });

  it("hold the points that lie exactly on cell borders", () => {
    const from = { latitude: 46.8, longitude: -71.2 };
    const keys = new Set(circleKeys({ from, degrees: 0.1 }));
    for (const size of cellSizes) {
      const point = {
        latitude: Math.floor(from.latitude / size) * size,
        longitude: Math.ceil(from.longitude / size) * size,
      };
      if (squaredDegreesFrom(from)(point) <= 0.01) expect(cellsOf(point).some((key) => keys.has(key))).toBe(true);
    }
  });

  it("stay few, and finer near the centre than a whole region", () => {
    for (const radiusKm of [5, 25, 100, 200]) {
      const keys = circleKeys({ from: { latitude: 46.8, longitude: -71.2 }, degrees: radiusKm / kmPerDegree })!;
      expect(keys.length).toBeLessThanOrEqual(40);
    }
    const small = circleKeys({ from: { latitude: 46.8, longitude: -71.2 }, degrees: 5 / kmPerDegree })!;
    expect(small.every((key) => key < 2 * 2 ** 40)).toBe(true);
  });

  it("ask for nothing when the circle leaves the map", () => {
    expect(circleKeys({ from: { latitude: 89.9, longitude: 0 }, degrees: 0.5 })).toBeNull();
    expect(circleKeys({ from: { latitude: 0, longitude: 179.9 }, degrees: 0.5 })).toBeNull();
  });
});
