// The stages of an application, in pipeline order, and the ones after which nothing more happens.
export const stages = ["new", "screening", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export type Stage = (typeof stages)[number];

/** A hired, declined or withdrawn application is closed: it cannot be withdrawn again or moved on. */
export const finalStages: readonly Stage[] = ["hired", "not_selected", "withdrawn"];

/** Where a recruiter may move an application: every stage but "withdrawn", which only the candidate chooses. */
export const recruiterStages = stages.filter((stage) => stage !== "withdrawn");

/** A withdrawn application is the candidate's decision: the recruiter can no longer move it. */
export function recruiterMayMove(stage: string): boolean {
  return (recruiterStages as readonly string[]).includes(stage);
}

export function isFinalStage(stage: string): boolean {
  return (finalStages as readonly string[]).includes(stage);
}

/** An open application without any recruiter action for this many days is flagged, and its candidate reassured once. */
export const waitingDays = 10;

/** The board: one column per stage, in pipeline order. */
export function groupByStage<T extends { stage: Stage }>(items: T[]) {
  return stages.map((stage) => ({ stage, items: items.filter((item) => item.stage === stage) }));
}

/**
 * The board's four lanes on a wide screen: the early stages each have their own, "interview" and "offer" share one,
 * and the closed stages share the last, so the page stays one row of lanes tall.
 */
export function boardLanes<Column extends { stage: Stage }>(columns: Column[]): Column[][] {
  const lanes: Stage[][] = [["new"], ["screening"], ["interview", "offer"], ["hired", "not_selected", "withdrawn"]];
  return lanes.map((lane) => columns.filter((column) => lane.includes(column.stage)));
}
