// English mirror of organisations.fr.ts.
import type { organisationsFr } from "./organisations.fr";

export const organisationsEn: typeof organisationsFr = {
  switchLabel: "Organisation",
  switchButton: "Switch organisation",
  removedTitle: "You are no longer part of {name}’s team",
  removedBody:
    "{name} removed you from its team. Its missions, applications and interviews are no longer open to you. If this is a mistake, write to the person in charge of its account.",
  removedOthers: "You are still part of another team:",
  goTo: "Go to the {name} team",
  removedNoOther: "You are not part of any other team. Your account stays open.",
  home: "Back to the home page",
};
