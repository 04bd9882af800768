// Missions ranked for one candidate by the matching module: "Missions for you", and the "best fit" order of a search.
import { profileForMatching, type ProfileData } from "~/modules/candidates/profile";
import { scoreMatch, type MatchResult } from "~/modules/matching";
import { allMonthsMask } from "~/modules/schedule/masks";
import { findMissionsForMatching, findOpenMissions, type PublicMission } from "~/modules/missions/mission.server";
import { defaultMissionSearch, type MissionSearch } from "~/modules/missions/search-params";
import { findMissionIdsForRanking } from "~/modules/missions/search.server";

export type ScoredMission = { mission: PublicMission; result: MatchResult };

/**
 * How many of the newest matching missions are scored. The search has already applied every hard limit it can;
 * scoring more costs time (measured by `npm run bench`) for little change in the top.
 */
const rankingLimit = 400;

type Score = { id: string; result: MatchResult };

/** Scores every mission from its matching fields only; the full missions are read for the shown ones alone. */
async function scoreAll(profile: ProfileData, ids: string[]): Promise<Score[]> {
  const candidate = profileForMatching(profile);
  return (await findMissionsForMatching(ids)).map(({ id, forMatching }) => ({
    id,
    result: scoreMatch(candidate, forMatching),
  }));
}

/** The shown scores with their full missions, in the same order. */
async function withMissions(scores: Score[]): Promise<ScoredMission[]> {
  const missions = new Map(
    (await findOpenMissions(scores.map((score) => score.id))).map((mission) => [mission.id, mission]),
  );
  return scores.flatMap(({ id, result }) => {
    const mission = missions.get(id);
    return mission ? [{ mission, result }] : [];
  });
}

/** Best score first; missions excluded by a hard limit after all the others (the search still shows them). */
function byFit(left: Score, right: Score) {
  if (left.result.excluded !== right.result.excluded) return left.result.excluded ? 1 : -1;
  return right.result.score - left.result.score;
}

/** A search's results in "best fit" order for this candidate, one page of them, and the total. */
export async function searchByFit(profile: ProfileData, search: MissionSearch, pageSize = 20) {
  const ids = await findMissionIdsForRanking(search, {
    origin: search.town ? undefined : profile.home,
    limit: rankingLimit,
  });
  const scored = (await scoreAll(profile, ids)).sort(byFit);
  const start = (search.page - 1) * pageSize;
  return {
    total: scored.length,
    // the ranking read only the newest `rankingLimit` matches: more may exist
    totalIsCapped: ids.length >= rankingLimit,
    pageCount: Math.ceil(scored.length / pageSize),
    page: await withMissions(scored.slice(start, start + pageSize)),
  };
}

/**
 * "Missions for you": open missions that pass every hard limit of the profile, best first. The search narrows by
 * what it can (free slots, distance, spoken languages, months at home) and the matching module does the rest.
 */
export async function missionsForCandidate(profile: ProfileData, limit = 20): Promise<ScoredMission[]> {
  const search: MissionSearch = {
    ...defaultMissionSearch,
    slots: profile.availabilityMask,
    languages: profile.languages.map((language) => language.code),
    months: profile.monthsAwayMask ? allMonthsMask & ~profile.monthsAwayMask : 0,
    radiusKm: profile.home && profile.travelMaxKm ? profile.travelMaxKm : null,
  };
  const ids = await findMissionIdsForRanking(search, { origin: profile.home, limit: rankingLimit });
  return withMissions(
    (await scoreAll(profile, ids))
      .filter((scored) => !scored.result.excluded)
      .sort(byFit)
      .slice(0, limit),
  );
}
