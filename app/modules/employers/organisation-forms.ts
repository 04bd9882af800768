import { z } from "zod";

/** The header's switch (and the removed page's buttons): the organisation to work in, and the page it was sent from. */
export const switchOrganisationForm = z.object({
  organisation: z.string().trim().min(1).max(64),
  returnTo: z.string().max(2048).default("/dashboard"),
});

/** Pages that show the whole organisation: after a switch the person stays there, in the other organisation. */
const organisationWidePages = [
  "/dashboard",
  "/employer/missions",
  "/employer/missions/new",
  "/employer/pipeline",
  "/employer/interviews",
  "/employer/profile",
  "/employer/team",
  "/employer/templates",
];

/**
 * Where a switch leads: back to the page it was sent from when that page shows a whole organisation (without its
 * query, which may name the other organisation's mission), otherwise the dashboard: a page of one application or
 * mission belongs to the organisation just left.
 */
export function pageAfterSwitch(returnTo: string): string {
  const path = returnTo.split(/[?#]/)[0] ?? "";
  return organisationWidePages.includes(path) ? path : "/dashboard";
}
