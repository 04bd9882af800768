// What the administrators' moderation pages answer (moved here from moderation/, decision 0035): a decision that
// another administrator already took (409, and the page, loaded again, shows where things stand), and a target that
// does not exist (404). The moderation functions return their outcome; these turn it into the answer.
import { data } from "@remix-run/node";
import { NotFoundError } from "~/modules/errors";
import { responseFor } from "./domain-errors.server";

export function alreadyHandled() {
  return data({ alreadyHandled: true as const }, { status: 409 });
}

/**
 * True when the decision was taken, false when it was already handled; throws the 404 for a target that is not there.
 * `outcome` is moderation/missions.server.ts's AdministratorOutcome (named by its values: http/ sits below moderation/).
 */
export function wasDone(outcome: "done" | "already-handled" | "not-found"): boolean {
  if (outcome === "not-found") throw responseFor(new NotFoundError());
  return outcome === "done";
}
