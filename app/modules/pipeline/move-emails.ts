// What goes with moving a card, decided without the database: which email a stage sends, whether the "tell the
// person" box starts ticked (never for a rejection: that one is read first), and how long the recruiter may undo it.
import { candidateEmailKinds, type CandidateEmailKind } from "./candidate-email-kinds";

/** Every candidate email from a move waits this long in the outbox; until then "Annuler l'envoi" withdraws it. */
export const undoWindowMs = 5 * 60_000;

/** The email that goes with moving an application to a stage, if that stage has one. */
export function emailKindForStage(stage: string): CandidateEmailKind | null {
  if (stage === "not_selected") return "not-selected";
  const kind = `stage-${stage}`;
  return (candidateEmailKinds as readonly string[]).includes(kind) ? (kind as CandidateEmailKind) : null;
}

/**
 * Whether the "tell the person by email" box starts ticked for a move to this stage: yes for a stage that has an
 * email, except "not selected", which the recruiter must choose to send, having read it.
 */
export function notifyByDefault(stage: string): boolean {
  return stage !== "not_selected" && emailKindForStage(stage) !== null;
}

/** The outbox topic of a move's email: it names the application, so an undo can be scoped to its organisation. */
export const moveEmailTopic = (applicationId: string) => `candidate-move:${applicationId}`;

export function applicationOfTopic(topic: string | null): string | null {
  return topic?.startsWith("candidate-move:") ? topic.slice("candidate-move:".length) : null;
}
