// Distances for "how far will you travel". One formula everywhere (search, matching, display): the
// equirectangular approximation, which needs only multiplication and stays within 0.1 % of the great-circle
// distance below 100 km, the range people commute.
export type Point = { latitude: number; longitude: number };

export const kmPerDegree = 111.195;

export function distanceKm(from: Point, to: Point): number {
  return kmPerDegree * Math.sqrt(squaredDegreesFrom(from)(to));
}

/**
 * The same formula without the square root and the scale, with the cosine computed once: for comparing many
 * points with one radius (`(radiusKm / kmPerDegree) ** 2`). NaN for a point without coordinates.
 */
export function squaredDegreesFrom(origin: Point): (point: Point) => number {
  const cos = Math.cos((origin.latitude * Math.PI) / 180);
  return (point) => {
    const east = (point.longitude - origin.longitude) * cos;
    const north = point.latitude - origin.latitude;
    return east * east + north * north;
  };
}
