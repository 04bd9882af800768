// French word lists for the benchmark's missions and employers. Texts are assembled from fragments so that word
// frequencies look like a real catalogue: a few words in a quarter of the missions ("accueil", "clients"), many
// in a few percent ("librairie", "musée"), some in almost none. Keyword search then has realistic work to do.
import type { Rng } from "../../prisma/seed/random";

export const sectors = [
  "retail",
  "culture",
  "tourism",
  "finance",
  "health",
  "food",
  "sports-leisure",
  "community",
  "hospitality",
] as const;
export type Sector = (typeof sectors)[number];

type SectorWords = {
  /** kinds of organisation, for employer names */
  kinds: string[];
  /** mission titles */
  roles: string[];
  /** what the person does (completes "Votre mission : …") */
  tasks: string[];
};

const words: Record<Sector, SectorWords> = {
  retail: {
    kinds: [
      "Librairie",
      "Quincaillerie",
      "Boutique",
      "Fleuriste",
      "Papeterie",
      "Magasin de vélos",
      "Boutique de laine",
    ],
    roles: [
      "Conseiller en librairie",
      "Conseillère en quincaillerie",
      "Vendeur-conseil",
      "Accueil en boutique",
      "Conseil aux jardiniers",
      "Caissier du samedi",
    ],
    tasks: [
      "conseiller les lecteurs qui cherchent un cadeau",
      "expliquer aux bricoleurs quel outil choisir",
      "tenir la caisse pendant les heures achalandées",
      "placer les nouveautés en vitrine",
      "recevoir les commandes spéciales au comptoir",
      "faire découvrir les produits d'ici",
    ],
  },
  culture: {
    kinds: [
      "Musée",
      "Théâtre",
      "Bibliothèque",
      "Galerie",
      "Centre d'art",
      "Salle de spectacle",
      "Maison de la culture",
    ],
    roles: [
      "Guide au musée",
      "Accueil des visiteurs",
      "Placier au théâtre",
      "Animation à la bibliothèque",
      "Médiation culturelle",
      "Billetterie",
    ],
    tasks: [
      "guider les groupes dans les salles d'exposition",
      "raconter l'histoire des œuvres aux familles",
      "accompagner le public jusqu'à sa place",
      "animer l'heure du conte pour les enfants",
      "vendre les billets et répondre aux questions",
      "aider les abonnés à trouver un livre",
    ],
  },
  tourism: {
    kinds: ["Bureau d'accueil touristique", "Croisières", "Parc régional", "Économusée", "Vélo-tourisme", "Sentiers"],
    roles: [
      "Accueil touristique",
      "Guide de croisière",
      "Préposé à l'accueil du parc",
      "Guide patrimonial",
      "Conseiller en voyages",
    ],
    tasks: [
      "renseigner les visiteurs sur la région",
      "présenter le fleuve et ses phares pendant la croisière",
      "accueillir les randonneurs au poste d'entrée",
      "faire visiter le vieux quartier",
      "proposer des circuits à vélo adaptés à chacun",
    ],
  },
  finance: {
    kinds: ["Caisse", "Cabinet comptable", "Coopérative d'épargne", "Centre de services financiers"],
    roles: ["Aide aux déclarations d'impôts", "Accueil en caisse", "Conseiller budgétaire", "Commis à la comptabilité"],
    tasks: [
      "préparer les déclarations de revenus simples",
      "expliquer un relevé bancaire sans jargon",
      "accompagner les membres dans leurs premiers pas en ligne",
      "classer les pièces justificatives des clients",
    ],
  },
  health: {
    kinds: ["Pharmacie", "Clinique", "Centre de santé", "Résidence", "Clinique dentaire"],
    roles: ["Accueil à la clinique", "Commis en pharmacie", "Accompagnement des patients", "Préposé à l'accueil"],
    tasks: [
      "accueillir les patients et les diriger",
      "prendre les rendez-vous au téléphone",
      "accompagner les résidents à leurs activités",
      "tenir le comptoir des produits de soins",
    ],
  },
  food: {
    kinds: ["Boulangerie", "Fromagerie", "Café", "Marché", "Érablière", "Épicerie fine", "Chocolaterie"],
    roles: [
      "Vente en boulangerie",
      "Conseil en fromagerie",
      "Service au café",
      "Kiosque au marché",
      "Accueil à la cabane à sucre",
    ],
    tasks: [
      "servir le pain chaud aux habitués",
      "faire goûter les fromages du terroir",
      "préparer les cafés et jaser avec les habitués",
      "tenir le kiosque de fruits et légumes",
      "servir les repas de la saison des sucres",
    ],
  },
  "sports-leisure": {
    kinds: ["Club de golf", "Centre de ski", "Aréna", "Club de curling", "Centre sportif", "Marina"],
    roles: [
      "Préposé au départ",
      "Accueil au centre de ski",
      "Surveillance à l'aréna",
      "Animation au club de curling",
      "Accueil à la marina",
    ],
    tasks: [
      "organiser les départs des golfeurs",
      "vendre les billets de remontée",
      "accueillir les familles au patinage libre",
      "initier les débutants au curling",
      "aider les plaisanciers à s'amarrer",
    ],
  },
  community: {
    kinds: [
      "Banque alimentaire",
      "Maison de quartier",
      "Centre communautaire",
      "Friperie solidaire",
      "Popote roulante",
    ],
    roles: [
      "Coordination des bénévoles",
      "Accueil au centre communautaire",
      "Livraison de repas",
      "Vente à la friperie",
    ],
    tasks: [
      "coordonner les bénévoles du comptoir alimentaire",
      "accueillir les familles du quartier",
      "livrer les repas aux personnes à mobilité réduite",
      "trier les vêtements et conseiller les clients",
    ],
  },
  hospitality: {
    kinds: ["Hôtel", "Gîte", "Restaurant", "Bistro", "Auberge", "Relais"],
    roles: ["Accueil à la réception", "Hôte au restaurant", "Concierge", "Service aux tables", "Accueil des clients"],
    tasks: [
      "accueillir les clients à leur arrivée",
      "recommander les bonnes adresses du coin",
      "placer les clients et gérer la liste d'attente",
      "répondre aux demandes des voyageurs",
    ],
  },
};

/** Tasks any mission may add: "accueil" and "clients" are the common words of the catalogue. */
const commonTasks = [
  "assurer l'accueil des clients avec le sourire",
  "répondre aux questions des clients au téléphone",
  "transmettre votre savoir-faire aux plus jeunes de l'équipe",
  "garder l'espace accueillant et bien rangé",
  "noter les suggestions des clients",
  "aider à l'inventaire une fois par mois",
];

const benefits = [
  "Nos clients repartent avec un conseil sincère et personnalisé.",
  "Les visiteurs se sentent attendus dès la porte.",
  "Chaque personne trouve réponse à sa question sans attendre.",
  "Les habitués retrouvent un visage connu et une oreille attentive.",
  "Les familles passent un moment simple et chaleureux.",
  "Les clients pressés sont servis vite, et les autres prennent leur temps.",
  "Votre expérience rassure ceux qui hésitent.",
  "Le quartier garde un lieu vivant où l'on se parle.",
];

const contexts = [
  "Une petite équipe soudée vous attend.",
  "Horaire souple, établi avec vous.",
  "Formation payée dès la première semaine.",
  "Possibilité de travailler assis une partie du temps.",
  "Ambiance familiale, clientèle fidèle.",
  "Idéal pour partager une passion de longue date.",
];

const trainings = [
  "Deux demi-journées de formation, payées, avec une personne de l'équipe.",
  "Une semaine d'accompagnement avant de voler de vos propres ailes.",
  "Pas de formation particulière : votre expérience suffit.",
];

const familyNames = [
  "Tremblay",
  "Gagnon",
  "Roy",
  "Côté",
  "Bouchard",
  "Gauthier",
  "Morin",
  "Lavoie",
  "Fortin",
  "Gagné",
  "Ouellet",
  "Pelletier",
  "Bélanger",
  "Lévesque",
  "Bergeron",
  "Leblanc",
  "Paquette",
  "Girard",
  "Simard",
  "Boucher",
];
const placeNames = [
  "des Érables",
  "du Vieux-Port",
  "La Boussole",
  "Le Phare",
  "du Fleuve",
  "des Cèdres",
  "La Ruche",
  "Le Carrefour",
  "du Parc",
  "Saint-Laurent",
];

const skillLabels = [
  "Écoute",
  "Conseil",
  "Service à la clientèle",
  "Caisse",
  "Animation",
  "Patience",
  "Organisation",
  "Anglais parlé",
  "Bricolage",
  "Cuisine",
];

export function employerName(rng: Rng, sector: Sector, town: string): string {
  const suffix = rng.chance(0.5) ? rng.pick(familyNames) : rng.pick(placeNames);
  return `${rng.pick(words[sector].kinds)} ${suffix} (${town})`;
}

export function employerPurpose(rng: Rng, sector: Sector): string {
  return `${rng.pick(benefits)} ${rng.pick(contexts)} Nous existons pour ${rng.pick(words[sector].tasks)}.`;
}

/** Title, summary, description, training and skills of one mission. */
export function missionText(rng: Rng, sector: Sector) {
  const own = words[sector];
  const tasks = rng.shuffle(own.tasks).slice(0, rng.int(1, 3));
  // About one mission in four asks for "accueil" and about one in three names "clients".
  if (rng.chance(0.35)) tasks.push(rng.pick(commonTasks));
  const [last, ...rest] = tasks.reverse();
  const taskText = rest.length > 0 ? `${rest.reverse().join(", ")} et ${last}` : last;
  return {
    title: rng.pick(own.roles),
    summary: `${rng.pick(benefits)} ${rng.pick(contexts)}`,
    description: `Votre mission : ${taskText}. ${rng.pick(contexts)}`,
    training: rng.pick(trainings),
    skills: JSON.stringify(rng.shuffle(skillLabels).slice(0, rng.int(1, 4))),
  };
}
