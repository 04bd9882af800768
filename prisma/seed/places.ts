// Real Québec places (approximate town or neighbourhood centres) where demo candidates live.

export interface Place {
  town: string;
  latitude: number;
  longitude: number;
  /** telephone area code, for the fictional 555-01xx numbers */
  areaCode: string;
}

const place = (town: string, latitude: number, longitude: number, areaCode: string): Place => ({
  town,
  latitude,
  longitude,
  areaCode,
});

export const PLACES = {
  "montreal-plateau": place("Montréal", 45.5225, -73.582, "514"),
  "montreal-rosemont": place("Montréal", 45.5455, -73.5795, "514"),
  "montreal-villeray": place("Montréal", 45.545, -73.62, "514"),
  "montreal-verdun": place("Montréal", 45.458, -73.57, "514"),
  "montreal-ndg": place("Montréal", 45.473, -73.615, "514"),
  "montreal-hochelaga": place("Montréal", 45.547, -73.54, "514"),
  "montreal-ahuntsic": place("Montréal", 45.555, -73.665, "514"),
  "montreal-mile-end": place("Montréal", 45.5245, -73.6, "514"),
  westmount: place("Westmount", 45.485, -73.596, "514"),
  "pointe-claire": place("Pointe-Claire", 45.448, -73.816, "514"),
  "laval-chomedey": place("Laval", 45.55, -73.75, "450"),
  "laval-sainte-rose": place("Laval", 45.61, -73.786, "450"),
  longueuil: place("Longueuil", 45.537, -73.51, "450"),
  "saint-lambert": place("Saint-Lambert", 45.5, -73.506, "450"),
  hudson: place("Hudson", 45.45, -74.15, "450"),
  "quebec-vieux": place("Québec", 46.8123, -71.206, "418"),
  "quebec-limoilou": place("Québec", 46.831, -71.225, "418"),
  "quebec-sainte-foy": place("Québec", 46.776, -71.286, "418"),
  "quebec-charlesbourg": place("Québec", 46.86, -71.27, "418"),
  levis: place("Lévis", 46.803, -71.179, "418"),
  sherbrooke: place("Sherbrooke", 45.4042, -71.8929, "819"),
  lennoxville: place("Sherbrooke", 45.368, -71.856, "819"),
  "north-hatley": place("North Hatley", 45.277, -71.973, "819"),
  magog: place("Magog", 45.2667, -72.15, "819"),
  knowlton: place("Lac-Brome", 45.217, -72.515, "450"),
  sutton: place("Sutton", 45.105, -72.616, "450"),
  granby: place("Granby", 45.4, -72.733, "450"),
  "saint-hyacinthe": place("Saint-Hyacinthe", 45.63, -72.957, "450"),
  drummondville: place("Drummondville", 45.883, -72.484, "819"),
  victoriaville: place("Victoriaville", 46.057, -71.96, "819"),
  "trois-rivieres": place("Trois-Rivières", 46.3432, -72.543, "819"),
  shawinigan: place("Shawinigan", 46.566, -72.748, "819"),
  joliette: place("Joliette", 46.022, -73.44, "450"),
  "saint-jerome": place("Saint-Jérôme", 45.78, -74.0036, "450"),
  "saint-sauveur": place("Saint-Sauveur", 45.896, -74.171, "450"),
  "sainte-adele": place("Sainte-Adèle", 45.95, -74.131, "450"),
  "mont-tremblant": place("Mont-Tremblant", 46.118, -74.596, "819"),
  "gatineau-hull": place("Gatineau", 45.4283, -75.713, "819"),
  "gatineau-aylmer": place("Gatineau", 45.395, -75.845, "819"),
  "saguenay-chicoutimi": place("Saguenay", 48.428, -71.068, "418"),
  "saguenay-jonquiere": place("Saguenay", 48.416, -71.249, "418"),
  "baie-saint-paul": place("Baie-Saint-Paul", 47.441, -70.498, "418"),
  rimouski: place("Rimouski", 48.449, -68.523, "418"),
  "riviere-du-loup": place("Rivière-du-Loup", 47.83, -69.535, "418"),
  gaspe: place("Gaspé", 48.831, -64.487, "418"),
  "sept-iles": place("Sept-Îles", 50.212, -66.381, "418"),
} satisfies Record<string, Place>;

export type PlaceKey = keyof typeof PLACES;
