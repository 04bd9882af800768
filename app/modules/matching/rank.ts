// Ordering for "Missions for you" and, on the recruiter's side, candidates for a mission: excluded pairs are
// dropped, the best score comes first, and equal scores keep the order they came in (Array.sort is stable).
import { scoreMatch } from "./score";
import type { CandidateForMatching, MatchResult, MissionForMatching } from "./types";

type Ranked<T> = T & { result: MatchResult };

function rank<T>(items: T[], scoreOf: (item: T) => MatchResult): Ranked<T>[] {
  return items
    .map((item) => ({ ...item, result: scoreOf(item) }))
    .filter(({ result }) => !result.excluded)
    .sort((left, right) => right.result.score - left.result.score);
}

export function rankMissions<T extends { match: MissionForMatching }>(
  candidate: CandidateForMatching,
  items: T[],
): Ranked<T>[] {
  return rank(items, (item) => scoreMatch(candidate, item.match));
}

export function rankCandidates<T extends { match: CandidateForMatching }>(
  mission: MissionForMatching,
  items: T[],
): Ranked<T>[] {
  return rank(items, (item) => scoreMatch(item.match, mission));
}
