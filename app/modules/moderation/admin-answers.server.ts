// What the administrators' moderation pages answer: a decision that another administrator already took (409, and the
// page, loaded again, shows where things stand), a target that does not exist (404), and reading the dismiss form.
import { data } from "@remix-run/node";
import type { User } from "~/generated/prisma/client";
import type { AdministratorOutcome } from "./missions.server";
import { dismissReports } from "./reports.server";

export function alreadyHandled() {
  return data({ alreadyHandled: true as const }, { status: 409 });
}

/** Throws 404 for a target that is not there; true when the decision was taken, false when it was already handled. */
export function wasDone(outcome: AdministratorOutcome): boolean {
  if (outcome === "not-found") throw new Response("Not found", { status: 404 });
  return outcome === "done";
}

/** The dismiss buttons post one or several `report` ids (those the administrator saw). */
export async function dismissFromForm(administrator: User, formData: FormData): Promise<boolean> {
  const ids = formData.getAll("report").filter((id): id is string => typeof id === "string" && id.length > 0);
  if (ids.length === 0) return false;
  return (await dismissReports(administrator, ids)) === "dismissed";
}
