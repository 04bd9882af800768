// Matching: how well a candidate and a mission suit each other, why, and in what order to show them. Pure.
export { describeForRecruiter, describeReasons, type ReasonText } from "./describe";
export { rankCandidates, rankMissions } from "./rank";
export { criteriaWeights, scoreMatch } from "./score";
export type * from "./types";
