// The stages of an application, in pipeline order, and the ones after which nothing more happens.
export const stages = ["new", "screening", "interview", "offer", "hired", "not_selected", "withdrawn"] as const;
export type Stage = (typeof stages)[number];

/** A hired, declined or withdrawn application is closed: it cannot be withdrawn again or moved on. */
export const finalStages: readonly Stage[] = ["hired", "not_selected", "withdrawn"];

export function isFinalStage(stage: string): boolean {
  return (finalStages as readonly string[]).includes(stage);
}
