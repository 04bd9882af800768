// Former municipalities of Québec that people still give as their town: merged into a larger town (mostly in
// 2002), they are not in GeoNames' list of towns, and their names often belong to a town in France too ("Sainte-Foy",
// "Verdun"). Coordinates are each former town's centre, rounded to about a kilometre, which is what "within 25 km"
// needs. Towns that became independent again in 2006 (Dorval, Montréal-Est…) are ordinary towns and are not here.
export type FormerMunicipality = {
  name: string;
  /** the town it is part of today */
  today: string;
  province: "QC";
  latitude: number;
  longitude: number;
};

const qc = (name: string, today: string, latitude: number, longitude: number): FormerMunicipality => ({
  name,
  today,
  province: "QC",
  latitude,
  longitude,
});

export const formerMunicipalities: readonly FormerMunicipality[] = [
  // Québec (2002, and Vanier's and the others' earlier mergers)
  qc("Sainte-Foy", "Québec", 46.777, -71.287),
  qc("Sillery", "Québec", 46.767, -71.245),
  qc("Cap-Rouge", "Québec", 46.753, -71.35),
  qc("Charlesbourg", "Québec", 46.861, -71.261),
  qc("Beauport", "Québec", 46.859, -71.193),
  qc("Loretteville", "Québec", 46.859, -71.356),
  qc("Val-Bélair", "Québec", 46.862, -71.413),
  qc("Vanier", "Québec", 46.818, -71.253),
  qc("Lac-Saint-Charles", "Québec", 46.903, -71.384),
  qc("Saint-Émile", "Québec", 46.865, -71.32),
  // Lévis (2002)
  qc("Saint-Romuald", "Lévis", 46.753, -71.239),
  qc("Charny", "Lévis", 46.713, -71.257),
  qc("Saint-Nicolas", "Lévis", 46.7, -71.41),
  qc("Saint-Jean-Chrysostome", "Lévis", 46.718, -71.198),
  qc("Saint-Rédempteur", "Lévis", 46.7, -71.297),
  qc("Pintendre", "Lévis", 46.753, -71.131),
  qc("Saint-Étienne-de-Lauzon", "Lévis", 46.651, -71.327),
  qc("Sainte-Hélène-de-Breakeyville", "Lévis", 46.667, -71.217),
  qc("Lauzon", "Lévis", 46.828, -71.1),
  // Gatineau (2002)
  qc("Hull", "Gatineau", 45.428, -75.713),
  qc("Aylmer", "Gatineau", 45.394, -75.844),
  qc("Buckingham", "Gatineau", 45.586, -75.421),
  qc("Masson-Angers", "Gatineau", 45.533, -75.417),
  // Saguenay (2002)
  qc("Chicoutimi", "Saguenay", 48.428, -71.068),
  qc("Jonquière", "Saguenay", 48.416, -71.249),
  qc("La Baie", "Saguenay", 48.339, -70.884),
  qc("Laterrière", "Saguenay", 48.3, -71.12),
  // Longueuil (2002)
  qc("Saint-Hubert", "Longueuil", 45.5, -73.417),
  qc("Greenfield Park", "Longueuil", 45.486, -73.464),
  qc("LeMoyne", "Longueuil", 45.508, -73.483),
  // Montréal (2002 and earlier)
  qc("Lachine", "Montréal", 45.44, -73.69),
  qc("Verdun", "Montréal", 45.455, -73.571),
  qc("Saint-Laurent", "Montréal", 45.5, -73.666),
  qc("Anjou", "Montréal", 45.605, -73.55),
  qc("LaSalle", "Montréal", 45.431, -73.629),
  qc("Pierrefonds", "Montréal", 45.489, -73.847),
  qc("Roxboro", "Montréal", 45.517, -73.808),
  qc("Outremont", "Montréal", 45.517, -73.6),
  qc("Saint-Léonard", "Montréal", 45.588, -73.595),
  qc("Montréal-Nord", "Montréal", 45.599, -73.634),
  qc("L'Île-Bizard", "Montréal", 45.494, -73.891),
  qc("Sainte-Geneviève", "Montréal", 45.483, -73.867),
  qc("Pointe-aux-Trembles", "Montréal", 45.65, -73.5),
  // Laval (1965)
  qc("Chomedey", "Laval", 45.533, -73.75),
  qc("Sainte-Rose", "Laval", 45.612, -73.782),
  qc("Duvernay", "Laval", 45.583, -73.667),
  qc("Vimont", "Laval", 45.6, -73.717),
  qc("Pont-Viau", "Laval", 45.567, -73.683),
  // Sherbrooke (2002)
  qc("Fleurimont", "Sherbrooke", 45.411, -71.858),
  qc("Lennoxville", "Sherbrooke", 45.369, -71.858),
  qc("Rock Forest", "Sherbrooke", 45.357, -71.997),
  // Trois-Rivières (2002)
  qc("Cap-de-la-Madeleine", "Trois-Rivières", 46.373, -72.516),
  qc("Trois-Rivières-Ouest", "Trois-Rivières", 46.344, -72.613),
  // Saint-Jean-sur-Richelieu and Shawinigan (2001-2002)
  qc("Iberville", "Saint-Jean-sur-Richelieu", 45.308, -73.242),
  qc("Grand-Mère", "Shawinigan", 46.617, -72.683),
];
