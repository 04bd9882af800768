// Reading the administrators' dismiss form (their 409 and 404 answers are in http/moderation-answers.server.ts).
import type { User } from "~/generated/prisma/client";
import { dismissReports } from "./reports.server";

/** The dismiss buttons post one or several `report` ids (those the administrator saw). */
export async function dismissFromForm(administrator: User, formData: FormData): Promise<boolean> {
  const ids = formData.getAll("report").filter((id): id is string => typeof id === "string" && id.length > 0);
  if (ids.length === 0) return false;
  return (await dismissReports(administrator, ids)) === "dismissed";
}
