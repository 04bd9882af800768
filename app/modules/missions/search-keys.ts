// The search keys: numbers that stand for a mission's weekly slots and its place, kept for each published
// mission in the filters index (chevronne_search_keys in prisma/migrations/20261209150000_search_speed.sql). A search
// asks for the keys that a matching mission must have one of, so PostgreSQL finds the few candidates in that one
// index before it reads any row. The keys only narrow: the search's own conditions still decide what matches, so
// these functions must never leave out a key a matching mission has (they may let in more).
import type { Point } from "~/modules/places/distance";

/** Cell sizes in degrees, finest first (each 4 times the one before). */
export const cellSizes = [0.025, 0.1, 0.4, 1.6];
/** A circle asks for at most about this many cells: finer cells narrow more, but each costs PostgreSQL a little. */
const cellsPerCircle = 40;
/** A guard against rounding: cells are widened by this much (in degrees) when the search decides which meet a circle. */
const margin = 1e-9;

/** Slot bit b (day * 3 + part, see schedule/masks.ts) is key b + 1: the keys of the slots a search asks for. */
export function slotKeys(slots: number): number[] | null {
  if (slots === 0 || slots >>> 21 !== 0) return null;
  const keys: number[] = [];
  for (let bit = 0; bit < 21; bit++) if (slots & (1 << bit)) keys.push(bit + 1);
  return keys;
}

/** The key of the cell of size cellSizes[level] at row `south` and column `west` (degrees divided by the size). */
export function cellKey(level: number, south: number, west: number): number {
  return (level + 1) * 2 ** 40 + (south + 4096) * 8192 + west + 4096;
}

type Circle = { from: Point; degrees: number };
type Cell = { level: number; south: number; west: number };

/**
 * Keys of cells that together hold every point of the circle: the coarsest cells that meet it, then, while
 * cellsPerCircle allows, each cell along its edge (the coarsest first, and of those the one that reaches least into
 * the circle) is replaced by its finer cells that meet the circle; a cell inside the circle stays whole. Null when the circle reaches past the poles or the date line.
 */
export function circleKeys(circle: Circle): number[] | null {
  const cos = Math.cos((circle.from.latitude * Math.PI) / 180);
  const { latitude, longitude } = circle.from;
  const [south, north, west, east] = [
    latitude - circle.degrees,
    latitude + circle.degrees,
    longitude - circle.degrees / cos,
    longitude + circle.degrees / cos,
  ];
  if (south < -90 || north > 90 || west < -180 || east > 180) return null;
  const cells = new Map(
    cellsIn(circle, cellSizes.length - 1, south, north, west, east).map((cell) => [keyOf(cell), cell]),
  );
  const refinable = [...cells.values()];
  for (;;) {
    refinable.sort((a, b) => a.level - b.level || nearest(circle, a) - nearest(circle, b));
    const cell = refinable.pop();
    if (!cell) break;
    if (cell.level === 0 || farthest(circle, cell) <= circle.degrees ** 2) continue;
    const size = cellSizes[cell.level];
    const finer = cellsIn(
      circle,
      cell.level - 1,
      cell.south * size,
      (cell.south + 1) * size,
      cell.west * size,
      (cell.west + 1) * size,
    );
    const added = finer.filter((child) => !cells.has(keyOf(child)));
    if (cells.size - 1 + added.length > cellsPerCircle) continue;
    cells.delete(keyOf(cell));
    for (const child of added) cells.set(keyOf(child), child);
    refinable.push(...added);
  }
  return [...cells.keys()];
}

function keyOf(cell: Cell): number {
  return cellKey(cell.level, cell.south, cell.west);
}

/** The cells of one size that overlap the rectangle (widened by the margin) and come within the circle. */
function cellsIn(circle: Circle, level: number, south: number, north: number, west: number, east: number): Cell[] {
  const size = cellSizes[level];
  const cells: Cell[] = [];
  for (let row = Math.floor((south - margin) / size); row <= Math.floor((north + margin) / size); row++) {
    for (let column = Math.floor((west - margin) / size); column <= Math.floor((east + margin) / size); column++) {
      const cell = { level, south: row, west: column };
      if (nearest(circle, cell) <= (circle.degrees + margin) ** 2) cells.push(cell);
    }
  }
  return cells;
}

/** The squared distance, as distance.ts measures it, from the circle's centre to the nearest point of the cell. */
function nearest(circle: Circle, cell: Cell): number {
  return squaredDistance(circle, cell, (low, high, at) => Math.max(low - margin - at, 0, at - high - margin));
}

/** The same to the farthest point of the cell. */
function farthest(circle: Circle, cell: Cell): number {
  return squaredDistance(circle, cell, (low, high, at) =>
    Math.max(Math.abs(at - low + margin), Math.abs(high + margin - at)),
  );
}

function squaredDistance(circle: Circle, cell: Cell, gap: (low: number, high: number, at: number) => number): number {
  const size = cellSizes[cell.level];
  const cos = Math.cos((circle.from.latitude * Math.PI) / 180);
  const north = gap(cell.south * size, (cell.south + 1) * size, circle.from.latitude);
  const east = gap(cell.west * size, (cell.west + 1) * size, circle.from.longitude) * cos;
  return north * north + east * east;
}
