// French: what the site understood of a typed town (app/modules/places/towns.server.ts resolveTown), the choice
// it offers when a name is ambiguous or unknown, on the search page and the profile's place step. English mirrors
// it in towns.en.ts.
export const townsFr = {
  former: "{name}, ancienne ville, aujourd’hui {today} ({region})",
  formerHint: "Ancienne ville, aujourd’hui {today}",
  understood: "Nous avons compris : {place}.",
  distancesFrom: "Les distances sont mesurées depuis {place}.",
  distancesFromHome: "Les distances sont mesurées depuis chez vous : {place}.",
  unknown: "Nous ne connaissons pas la ville « {town} » : la recherche ne tient pas compte du lieu.",
  unknownNoSuggestion: "Vérifiez l’orthographe, par exemple « Trois-Rivières », ou videz le champ Ville.",
  didYouMean: "Voulez-vous dire :",
  otherPlaces: "Vous pensiez à un autre lieu de ce nom ?",
  questionEnd: "\u00a0?",
  or: "ou",
  choiceLegend: "Quelle ville voulez-vous dire ?",
  closestLegend: "Voulez-vous dire l’une de ces villes ?",
  chooseTown: "Plusieurs lieux portent ce nom : choisissez le vôtre, puis enregistrez.",
  unknownTown: "Nous ne connaissons pas cette ville. Choisissez l’une des villes proposées ou corrigez l’orthographe.",
};
