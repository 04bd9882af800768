// What a mission card shows, shared by the lists that show cards and the pages that send them to the browser.

export type MissionCardData = {
  id: string;
  title: string;
  summary: string;
  town: string;
  employerName: string;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  payMinCents: number | null;
  distanceKm?: number | null;
  /** the language the employer writes in */
  contentLocale?: string;
};

/** Only what a card shows, out of a larger row: what is not shown is not sent to the browser either. */
export function cardFields(mission: MissionCardData): MissionCardData {
  return {
    id: mission.id,
    title: mission.title,
    summary: mission.summary,
    town: mission.town,
    employerName: mission.employerName,
    hoursPerWeekMin: mission.hoursPerWeekMin,
    hoursPerWeekMax: mission.hoursPerWeekMax,
    monthsMask: mission.monthsMask,
    payMinCents: mission.payMinCents,
    distanceKm: mission.distanceKm ?? null,
    contentLocale: mission.contentLocale,
  };
}
