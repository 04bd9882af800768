// English: a new organisation's first steps. Same keys as first-steps.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const firstStepsEn: Dictionary["firstSteps"] = {
  title: "Your first steps",
  intro: "Three steps so that candidates find you. Each is ticked once done; the list goes away when all are done.",
  progress: "{count} of {total} steps done|{count} of {total} steps done",
  done: "Done",
  toDo: "To do",
  profile: "Present your organisation: its purpose and its values",
  mission: "Publish your first mission",
  team: "Invite someone from your team",
  chooseSector: "Choose a sector",
};
