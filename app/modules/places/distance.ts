// Distances for "how far will you travel". One formula everywhere (search SQL, matching, display): the
// equirectangular approximation, which needs only multiplication (so SQLite can compute it) and stays within
// 0.1 % of the great-circle distance below 100 km, the range people commute.
export type Point = { latitude: number; longitude: number };

export const kmPerDegree = 111.195;

export function distanceKm(from: Point, to: Point): number {
  const dy = to.latitude - from.latitude;
  const dx = (to.longitude - from.longitude) * Math.cos((from.latitude * Math.PI) / 180);
  return kmPerDegree * Math.sqrt(dx * dx + dy * dy);
}

/** The latitude/longitude box that contains every point within `km` of `center` (for an indexed pre-filter). */
export function boundingBox(center: Point, km: number) {
  const dLat = km / kmPerDegree;
  const dLon = km / (kmPerDegree * Math.cos((center.latitude * Math.PI) / 180));
  return {
    minLatitude: center.latitude - dLat,
    maxLatitude: center.latitude + dLat,
    minLongitude: center.longitude - dLon,
    maxLongitude: center.longitude + dLon,
  };
}
