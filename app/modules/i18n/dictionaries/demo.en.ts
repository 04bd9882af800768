// English: the words every page shows in demo mode. Same keys as demo.fr.ts (the compiler checks it).
import type { Dictionary } from "./fr";

export const demoEn: Dictionary["demo"] = {
  label: "Demonstration",
  banner: "This is a demonstration: the accounts and missions are made up, so do not enter real information.",
};
