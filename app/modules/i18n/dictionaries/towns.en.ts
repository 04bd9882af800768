// English mirror of towns.fr.ts.
import type { townsFr } from "./towns.fr";

export const townsEn: typeof townsFr = {
  former: "{name}, a former town, now part of {today} ({region})",
  formerHint: "A former town, now part of {today}",
  understood: "We understood: {place}.",
  distancesFrom: "Distances are measured from {place}.",
  distancesFromHome: "Distances are measured from your home: {place}.",
  unknown: "We do not know the town “{town}”: the search does not take the place into account.",
  unknownNoSuggestion: "Check the spelling, for example “Trois-Rivières”, or clear the Town field.",
  didYouMean: "Did you mean:",
  otherPlaces: "Did you mean another place of that name?",
  questionEnd: "?",
  or: "or",
  choiceLegend: "Which town do you mean?",
  closestLegend: "Do you mean one of these towns?",
  chooseTown: "Several places have this name: choose yours, then save.",
  unknownTown: "We do not know this town. Choose one of the towns offered or correct the spelling.",
};
