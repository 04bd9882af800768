// English mirror of meta-descriptions.fr.ts.
import type { metaDescriptionsFr } from "./meta-descriptions.fr";

export const metaDescriptionsEn: typeof metaDescriptionsFr = {
  home: "Missions close to home, a few hours a week or a few months a year, with employers who know what experience is worth.",
  missions:
    "Search missions by keyword, by town and distance, and by when you are free: mornings, some days, some months of the year.",
};
