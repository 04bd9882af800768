// Demo candidates: people with long careers behind them, living in real Québec places.
// Nothing here states an age, a birth date or a graduation year. Years spent in each field are written as numbers
// for the reader of this file, and stored as bands capped at "15 years or more" (docs/decisions/0016).

import type { ExperienceBand } from "../../app/modules/candidates/vocabulary";
import type { Sector } from "./employers";
import { months, SCHEDULES, WINTER, type ScheduleKey } from "./masks";
import { PLACES, type PlaceKey } from "./places";
import { rngFor } from "./random";

export type LanguageLevel = "basic" | "working" | "fluent" | "native";
export type Seek = "company" | "know-how" | "income" | "cause";
export type PhysicalPreference = "seated" | "standing" | "either";
export type TravelMode = "car" | "transit" | "foot" | "bike";

interface CandidateSeed {
  firstName: string;
  lastName: string;
  locale: "fr" | "en";
  place: PlaceKey;
  headline: string;
  story: string;
  /** [field, years spent] */
  pastFields: [string, number][];
  skills: string[];
  languages: [string, LanguageLevel][];
  sectors: Sector[];
  seeks: Seek[];
  physical: PhysicalPreference;
  /** months away from home (12-bit mask), e.g. snowbirds */
  awayMonths?: number;
}

/** A CandidateProfile row's data, JSON fields already serialised. */
export interface CandidateProfileData {
  headline: string;
  story: string;
  pastFields: string;
  skills: string;
  languages: string;
  availabilityMask: number;
  maxHoursPerWeek: number;
  monthsAwayMask: number;
  town: string;
  latitude: number;
  longitude: number;
  travelMaxKm: number;
  travelModes: string;
  physicalPreference: PhysicalPreference;
  maxLiftKg: number;
  sectors: string;
  seeks: string;
  contactPreference: "email" | "phone";
  phone: string | null;
}

export interface CandidateRecord {
  email: string;
  name: string;
  locale: "fr" | "en";
  profile: CandidateProfileData;
  /** the purposes ticked at sign-up (app/modules/privacy/consents.ts) */
  consents: ("suggestions" | "keep-cv" | "email-news")[];
}

/** The first candidate is the demo candidate (Lise Gagnon). */
const CANDIDATES: CandidateSeed[] = [
  {
    firstName: "Lise",
    lastName: "Gagnon",
    locale: "fr",
    place: "montreal-rosemont",
    headline: "Enseignante de français, grande lectrice, à l'aise avec tous les publics",
    story:
      "J'ai enseigné le français au secondaire pendant trente et un ans, et je n'ai jamais perdu le plaisir de faire aimer un livre. J'aimerais mettre cette énergie au service d'une librairie ou d'un lieu culturel, quelques jours par semaine. Je suis patiente, organisée, et j'adore jaser avec le monde.",
    pastFields: [
      ["Enseignement du français au secondaire", 31],
      ["Animation d'un club de lecture", 8],
    ],
    skills: ["Conseil de lecture", "Prise de parole", "Animation de groupe", "Rédaction"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "retail", "community"],
    seeks: ["company", "know-how", "cause"],
    physical: "either",
  },
  {
    firstName: "Gilles",
    lastName: "Tremblay",
    locale: "fr",
    place: "saguenay-chicoutimi",
    headline: "Mécanicien automobile, capable d'expliquer une réparation sans jargon",
    story:
      "J'ai passé ma carrière sous les capots, dont vingt ans à tenir mon propre garage. Ce qui me manque, ce sont les clients : leur expliquer le problème, les rassurer, trouver la solution la moins chère. Je cherche un comptoir où mes mains et ma patience serviront encore.",
    pastFields: [
      ["Mécanique automobile", 38],
      ["Gestion d'un garage indépendant", 20],
    ],
    skills: ["Mécanique", "Diagnostic", "Conseil technique", "Service à la clientèle"],
    languages: [
      ["fr", "native"],
      ["en", "basic"],
    ],
    sectors: ["retail", "sports-leisure"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Francine",
    lastName: "Bouchard",
    locale: "fr",
    place: "quebec-limoilou",
    headline: "Infirmière en CLSC, douce et rigoureuse",
    story:
      "J'ai été infirmière pendant trente-trois ans, surtout en soins à domicile dans Limoilou. J'ai appris à écouter vraiment, à rassurer sans mentir et à garder mon calme. J'aimerais rester utile auprès des gens, dans un cadre moins exigeant physiquement.",
    pastFields: [
      ["Soins infirmiers", 33],
      ["Soins à domicile", 18],
    ],
    skills: ["Écoute active", "Confidentialité", "Premiers soins", "Gestion du stress"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["health", "community"],
    seeks: ["cause", "company"],
    physical: "seated",
  },
  {
    firstName: "Réjean",
    lastName: "Côté",
    locale: "fr",
    place: "drummondville",
    headline: "Menuisier-charpentier, bricoleur de solutions",
    story:
      "Trente-cinq ans de chantiers, de charpentes et d'armoires faites sur mesure. Les gens m'appellent encore pour savoir comment réparer un perron ou poser une porte. Je serais heureux de conseiller au comptoir d'une quincaillerie ou de montrer mon métier dans un musée.",
    pastFields: [
      ["Menuiserie et charpenterie", 35],
      ["Ébénisterie", 12],
    ],
    skills: ["Menuiserie", "Connaissances en rénovation", "Lecture de plans", "Conseil technique"],
    languages: [["fr", "native"]],
    sectors: ["retail", "culture", "tourism"],
    seeks: ["know-how", "income"],
    physical: "standing",
  },
  {
    firstName: "Ginette",
    lastName: "Pelletier",
    locale: "fr",
    place: "rimouski",
    headline: "Caissière de banque, souriante et précise au sou près",
    story:
      "J'ai été caissière, puis agente au service aux membres, pendant vingt-neuf ans. Je connais presque tout Rimouski par son prénom! Je cherche quelques quarts par semaine dans un commerce où l'on prend le temps de servir comme du monde.",
    pastFields: [
      ["Services bancaires au comptoir", 29],
      ["Service aux membres", 10],
    ],
    skills: ["Caisse", "Précision", "Service à la clientèle", "Discrétion"],
    languages: [
      ["fr", "native"],
      ["en", "basic"],
    ],
    sectors: ["finance", "retail", "food"],
    seeks: ["company", "income"],
    physical: "either",
    awayMonths: months(7),
  },
  {
    firstName: "Michel",
    lastName: "Gauthier",
    locale: "fr",
    place: "trois-rivieres",
    headline: "Comptable professionnel, bénévole aux cliniques d'impôts",
    story:
      "Trente ans de comptabilité, dont la moitié en cabinet à Trois-Rivières. Chaque printemps, je remplis bénévolement des déclarations pour des gens à faible revenu, et c'est la partie de mon travail que je préfère. J'aimerais en faire un peu plus, contre une petite rémunération.",
    pastFields: [
      ["Comptabilité", 30],
      ["Fiscalité des particuliers", 15],
    ],
    skills: ["Fiscalité des particuliers", "Rigueur", "Vulgarisation", "Confidentialité"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["finance", "community"],
    seeks: ["cause", "income"],
    physical: "seated",
  },
  {
    firstName: "Sylvie",
    lastName: "Lavoie",
    locale: "fr",
    place: "levis",
    headline: "Assistante technique en pharmacie, attentive aux patients",
    story:
      "J'ai travaillé vingt-quatre ans au laboratoire d'une pharmacie de Lévis. Je connais les médicaments, les assurances et surtout les patients qui ont besoin d'un peu plus de temps. J'aimerais revenir au comptoir quelques jours par semaine.",
    pastFields: [
      ["Assistance technique en pharmacie", 24],
      ["Service à la clientèle", 6],
    ],
    skills: ["Terminologie des médicaments", "Confidentialité", "Accueil", "Assurances médicaments"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["health"],
    seeks: ["income", "company"],
    physical: "either",
  },
  {
    firstName: "Denis",
    lastName: "Fortin",
    locale: "fr",
    place: "shawinigan",
    headline: "Cheminot pendant trente-quatre ans, conteur à ses heures",
    story:
      "J'ai commencé serre-frein et terminé mécanicien de locomotive. Les trains, c'est toute ma vie, et j'ai mille histoires de la voie ferrée entre La Tuque et Trois-Rivières. Rien ne me ferait plus plaisir que de les raconter aux visiteurs.",
    pastFields: [
      ["Transport ferroviaire", 34],
      ["Conduite de locomotives", 19],
    ],
    skills: ["Histoire ferroviaire", "Mécanique", "Prise de parole", "Sécurité"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["tourism", "culture"],
    seeks: ["know-how", "company"],
    physical: "either",
  },
  {
    firstName: "Diane",
    lastName: "Roy",
    locale: "fr",
    place: "gatineau-hull",
    headline: "Bibliothécaire de référence, passionnée de littératie",
    story:
      "J'ai passé vingt-huit ans dans les bibliothèques publiques de l'Outaouais. J'ai aidé des milliers de personnes à trouver une information, un roman ou le courage de s'inscrire à un cours. J'aimerais continuer à le faire, à mon rythme.",
    pastFields: [
      ["Bibliothéconomie", 28],
      ["Alphabétisation des adultes", 7],
    ],
    skills: ["Recherche documentaire", "Conseil de lecture", "Outils numériques", "Animation de groupe"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["culture", "community"],
    seeks: ["cause", "company"],
    physical: "seated",
  },
  {
    firstName: "Normand",
    lastName: "Bélanger",
    locale: "fr",
    place: "granby",
    headline: "Représentant commercial, à l'aise avec tout le monde",
    story:
      "J'ai sillonné les routes du Québec pendant vingt-six ans pour vendre de l'équipement agricole. J'aime le contact, les poignées de main et les clients satisfaits. Je passe l'hiver au soleil, mais d'avril à décembre, je suis tout à vous.",
    pastFields: [
      ["Représentation commerciale", 26],
      ["Équipement agricole", 26],
    ],
    skills: ["Vente-conseil", "Négociation", "Entregent", "Permis de conduire"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["retail", "tourism", "sports-leisure"],
    seeks: ["company", "income"],
    physical: "either",
    awayMonths: WINTER,
  },
  {
    firstName: "Louise",
    lastName: "Morin",
    locale: "fr",
    place: "montreal-villeray",
    headline: "Agente de l'administration fiscale, experte des formulaires",
    story:
      "J'ai travaillé trente-deux ans dans la fonction publique, à répondre aux questions des contribuables. Je sais démêler un avis de cotisation et expliquer un crédit d'impôt avec des mots simples. J'aimerais aider des gens de mon quartier à s'y retrouver.",
    pastFields: [
      ["Fonction publique provinciale", 32],
      ["Service aux contribuables", 20],
    ],
    skills: ["Fiscalité des particuliers", "Formulaires gouvernementaux", "Vulgarisation", "Patience"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
      ["es", "basic"],
    ],
    sectors: ["finance", "community"],
    seeks: ["cause", "company"],
    physical: "seated",
  },
  {
    firstName: "Jacques",
    lastName: "Ouellet",
    locale: "fr",
    place: "riviere-du-loup",
    headline: "Agent de voyages, amoureux du Bas-Saint-Laurent",
    story:
      "J'ai organisé les voyages des autres pendant vingt-cinq ans, puis j'ai guidé des groupes en autocar. Aujourd'hui, c'est ma région que j'ai envie de faire découvrir. Je connais chaque quai, chaque phare et chaque casse-croûte entre Kamouraska et Trois-Pistoles.",
    pastFields: [
      ["Agence de voyages", 25],
      ["Guide accompagnateur", 9],
    ],
    skills: ["Connaissance de la région", "Accueil touristique", "Anglais parlé", "Organisation"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
      ["es", "working"],
    ],
    sectors: ["tourism", "hospitality"],
    seeks: ["company", "know-how"],
    physical: "either",
  },
  {
    firstName: "Micheline",
    lastName: "Lévesque",
    locale: "fr",
    place: "quebec-vieux",
    headline: "Enseignante d'histoire devenue guide dans le Vieux-Québec",
    story:
      "Après vingt-sept ans à enseigner l'histoire, j'ai guidé des visiteurs dans les rues du Vieux-Québec pendant plusieurs étés. Voir un groupe s'allumer devant une vieille pierre, c'est ma plus belle récompense. Je cherche un musée ou un site où raconter encore.",
    pastFields: [
      ["Enseignement de l'histoire", 27],
      ["Guide touristique", 6],
    ],
    skills: ["Histoire du Québec", "Animation de visites", "Prise de parole", "Anglais parlé"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["culture", "tourism"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "André",
    lastName: "Girard",
    locale: "fr",
    place: "laval-sainte-rose",
    headline: "Horticulteur et paysagiste, le pouce vert contagieux",
    story:
      "J'ai tenu une entreprise d'aménagement paysager à Laval pendant trente ans. Je connais les vivaces qui survivent à nos hivers et celles qui font de la peine. J'aimerais conseiller les jardiniers au printemps, sans la pression des chantiers.",
    pastFields: [
      ["Horticulture ornementale", 30],
      ["Entreprise d'aménagement paysager", 22],
    ],
    skills: ["Horticulture", "Phytoprotection", "Conseil à la clientèle", "Aménagement paysager"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
      ["it", "working"],
    ],
    sectors: ["retail"],
    seeks: ["know-how", "income"],
    physical: "standing",
  },
  {
    firstName: "Carole",
    lastName: "Bergeron",
    locale: "fr",
    place: "sherbrooke",
    headline: "Travailleuse sociale, trente ans d'écoute et de ressources",
    story:
      "J'ai été travailleuse sociale en CLSC puis dans le milieu communautaire de Sherbrooke pendant trente ans. Je connais le réseau par cœur et je sais accueillir quelqu'un en détresse sans le brusquer. J'aimerais donner quelques jours par semaine à un organisme.",
    pastFields: [
      ["Travail social", 30],
      ["Intervention communautaire", 12],
    ],
    skills: ["Écoute active", "Connaissance du réseau communautaire", "Intervention", "Formulaires gouvernementaux"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["community", "health"],
    seeks: ["cause"],
    physical: "seated",
  },
  {
    firstName: "Pierre",
    lastName: "Leblanc",
    locale: "fr",
    place: "magog",
    headline: "Enseignant d'éducation physique et cycliste de longue date",
    story:
      "J'ai enseigné l'éducation physique pendant trente ans et je roule autour du lac Memphrémagog depuis toujours. Je répare mes vélos moi-même et j'adore emmener des groupes sur les petites routes. Une boutique de vélo serait pour moi un terrain de jeu.",
    pastFields: [
      ["Enseignement de l'éducation physique", 30],
      ["Entraînement de clubs cyclistes", 10],
    ],
    skills: ["Cyclisme sur route", "Mécanique vélo", "Premiers soins", "Animation de groupe"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["sports-leisure", "tourism"],
    seeks: ["company", "know-how"],
    physical: "standing",
  },
  {
    firstName: "Monique",
    lastName: "Cloutier",
    locale: "fr",
    place: "victoriaville",
    headline: "Technologue en transformation alimentaire, fromagère dans l'âme",
    story:
      "J'ai travaillé vingt-sept ans dans une fromagerie des Bois-Francs, de la salle de fabrication au contrôle de la qualité. Je peux expliquer pourquoi un cheddar vieillit bien ou pourquoi le fromage en grains fait « couic ». J'aimerais partager ça avec les visiteurs.",
    pastFields: [
      ["Transformation laitière", 27],
      ["Contrôle de la qualité", 11],
    ],
    skills: ["Connaissance des fromages", "Hygiène alimentaire", "Vulgarisation", "Animation de visites"],
    languages: [["fr", "native"]],
    sectors: ["food", "tourism"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "Claude",
    lastName: "Dubé",
    locale: "fr",
    place: "saint-jerome",
    headline: "Chef cuisinier, roi des repas pour cent personnes",
    story:
      "J'ai été cuisinier puis chef pendant trente-trois ans, dans des restaurants et une cafétéria d'hôpital. Nourrir du monde, bien et pas cher, c'est ma spécialité. Je veux maintenant transmettre ça à ceux qui en ont le plus besoin.",
    pastFields: [
      ["Cuisine professionnelle", 33],
      ["Restauration collective", 14],
    ],
    skills: ["Cuisine", "Hygiène alimentaire", "Gestion des inventaires", "Animation de groupe"],
    languages: [["fr", "native"]],
    sectors: ["food", "community"],
    seeks: ["cause", "company"],
    physical: "standing",
  },
  {
    firstName: "Nicole",
    lastName: "Fournier",
    locale: "fr",
    place: "longueuil",
    headline: "Diététiste, gourmande et pédagogue",
    story:
      "Vingt-huit ans comme diététiste en hôpital et en clinique m'ont appris que la meilleure façon de bien manger, c'est d'aimer cuisiner. J'adore faire goûter des légumes oubliés et donner des idées de recettes. Un marché public serait l'endroit rêvé.",
    pastFields: [
      ["Nutrition clinique", 28],
      ["Ateliers de cuisine santé", 9],
    ],
    skills: ["Nutrition", "Cuisine", "Animation", "Vulgarisation"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["food", "health"],
    seeks: ["know-how", "company"],
    physical: "either",
  },
  {
    firstName: "Yvon",
    lastName: "Simard",
    locale: "fr",
    place: "baie-saint-paul",
    headline: "Professeur d'arts plastiques, peintre du dimanche… et de la semaine",
    story:
      "J'ai enseigné les arts plastiques pendant trente ans à Charlevoix, et je peins depuis toujours. Je connais personnellement la moitié des artistes de la rue Saint-Jean-Baptiste. J'aimerais faire découvrir leur travail aux visiteurs et animer des ateliers de croquis.",
    pastFields: [
      ["Enseignement des arts plastiques", 30],
      ["Peinture et dessin", 40],
    ],
    skills: ["Dessin", "Histoire de l'art", "Médiation culturelle", "Animation d'ateliers"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "tourism"],
    seeks: ["know-how", "company"],
    physical: "either",
  },
  {
    firstName: "Jocelyne",
    lastName: "Boucher",
    locale: "fr",
    place: "joliette",
    headline: "Professeure de piano, oreille fine et grande patience",
    story:
      "J'ai enseigné le piano et le solfège pendant trente-cinq ans, à l'école de musique et à la maison. Je sais trouver le bon instrument pour chaque élève, et rassurer ceux qui pensent ne pas avoir de talent. J'aimerais conseiller les musiciens dans une boutique.",
    pastFields: [
      ["Enseignement de la musique", 35],
      ["Accompagnement de chorales", 15],
    ],
    skills: ["Enseignement de la musique", "Culture musicale", "Oreille musicale", "Patience"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["retail", "culture"],
    seeks: ["know-how", "company"],
    physical: "seated",
  },
  {
    firstName: "Serge",
    lastName: "Caron",
    locale: "fr",
    place: "saint-sauveur",
    headline: "Électricien et patrouilleur de ski, calme en toutes circonstances",
    story:
      "J'ai été électricien pendant trente ans et patrouilleur bénévole les fins de semaine d'hiver. La montagne, c'est ma deuxième maison. J'aimerais accueillir les skieurs et les aider à passer une belle journée en sécurité.",
    pastFields: [
      ["Électricité du bâtiment", 30],
      ["Patrouille de ski", 22],
    ],
    skills: ["Ski alpin", "Premiers soins", "Sécurité en montagne", "Électricité"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["sports-leisure", "tourism"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Johanne",
    lastName: "Beaulieu",
    locale: "fr",
    place: "montreal-hochelaga",
    headline: "Agente de service à la clientèle, reine des situations délicates",
    story:
      "Vingt-sept ans au centre d'appels d'une grande société d'énergie : j'ai entendu tous les mécontentements possibles, et je les ai presque tous réglés. J'aimerais retrouver le contact en personne, dans un commerce ou un lieu culturel de mon quartier.",
    pastFields: [
      ["Service à la clientèle", 27],
      ["Formation de préposés", 6],
    ],
    skills: ["Communication téléphonique", "Gestion des plaintes", "Service à la clientèle", "Mentorat"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["retail", "culture", "finance"],
    seeks: ["company", "income"],
    physical: "seated",
  },
  {
    firstName: "Raymond",
    lastName: "Paquette",
    locale: "fr",
    place: "sept-iles",
    headline: "Technicien forestier, connaît chaque lac de la Côte-Nord",
    story:
      "J'ai arpenté la forêt boréale pendant trente et un ans comme technicien forestier. Je pêche depuis que je sais marcher. J'aimerais accueillir les visiteurs d'une pourvoirie et leur donner de bons conseils pour leur séjour.",
    pastFields: [
      ["Foresterie", 31],
      ["Pêche sportive", 40],
    ],
    skills: ["Connaissance de la pêche", "Sécurité en forêt", "Orientation", "Conduite d'embarcation"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["tourism", "sports-leisure"],
    seeks: ["income", "company"],
    physical: "either",
  },
  {
    firstName: "Hélène",
    lastName: "Dufour",
    locale: "fr",
    place: "quebec-sainte-foy",
    headline: "Adjointe de direction, organisée et diplomate",
    story:
      "J'ai été adjointe de direction pendant trente-quatre ans, dont vingt à l'université. Agenda, réservations, imprévus : je suis dans mon élément. Je passe l'hiver en Floride, mais j'aimerais accueillir les voyageurs d'avril à décembre.",
    pastFields: [
      ["Adjointe de direction", 34],
      ["Organisation d'événements", 12],
    ],
    skills: ["Organisation", "Logiciel de réservation", "Anglais parlé", "Diplomatie"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["hospitality", "culture"],
    seeks: ["company", "income"],
    physical: "seated",
    awayMonths: WINTER,
  },
  {
    firstName: "Marcel",
    lastName: "Lemieux",
    locale: "fr",
    place: "gaspe",
    headline: "Pêcheur côtier, la baie de Gaspé n'a pas de secret pour lui",
    story:
      "J'ai pêché le homard et le maquereau pendant trente-six ans. Je reconnais un fou de Bassan à un kilomètre et je sais lire la mer. J'aimerais expliquer aux visiteurs ce qui vit dans notre baie.",
    pastFields: [
      ["Pêche commerciale", 36],
      ["Capitaine de bateau", 20],
    ],
    skills: ["Connaissance du littoral", "Biologie marine", "Conduite d'embarcation", "Prise de parole"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["tourism"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "Danielle",
    lastName: "Mercier",
    locale: "fr",
    place: "montreal-ahuntsic",
    headline: "Opticienne d'ordonnances, œil sûr pour les montures",
    story:
      "J'ai été opticienne d'ordonnances pendant vingt-neuf ans. Trouver la monture qui fait sourire quelqu'un devant le miroir, ça ne me lassera jamais. Je cherche quelques quarts par semaine, idéalement assise une partie du temps.",
    pastFields: [
      ["Optique d'ordonnances", 29],
      ["Gestion de boutique", 8],
    ],
    skills: ["Vente-conseil", "Minutie", "Sens esthétique", "Ajustement de montures"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["health", "retail"],
    seeks: ["income", "know-how"],
    physical: "seated",
  },
  {
    firstName: "Suzanne",
    lastName: "Nadeau",
    locale: "fr",
    place: "saint-hyacinthe",
    headline: "Propriétaire de casse-croûte, service rapide et bonne humeur",
    story:
      "J'ai tenu un casse-croûte sur la route 137 pendant trente ans. Servir cent personnes en une heure sans perdre le sourire, je sais faire. J'aimerais retrouver l'ambiance d'une salle pleine, au temps des sucres ou ailleurs.",
    pastFields: [
      ["Restauration", 30],
      ["Gestion d'un petit commerce", 30],
    ],
    skills: ["Service aux tables", "Rapidité", "Caisse", "Bonne humeur"],
    languages: [["fr", "native"]],
    sectors: ["hospitality", "food"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Gaétan",
    lastName: "Lachance",
    locale: "fr",
    place: "mont-tremblant",
    headline: "Professionnel de golf, accueil bilingue impeccable",
    story:
      "J'ai été professionnel de golf et gérant de boutique pendant vingt-cinq ans dans les Laurentides. Je connais l'étiquette, les règles et l'art de faire patienter un quatuor impatient. L'hiver, je suis dans le Sud, mais de mai à octobre, je suis disponible.",
    pastFields: [
      ["Golf professionnel", 25],
      ["Gestion de boutique sportive", 15],
    ],
    skills: ["Étiquette du golf", "Équipement de golf", "Anglais parlé", "Vente-conseil"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["sports-leisure", "hospitality"],
    seeks: ["company", "income"],
    physical: "either",
    awayMonths: months(12, 1, 2, 3),
  },
  {
    firstName: "Lucie",
    lastName: "Hébert",
    locale: "fr",
    place: "montreal-plateau",
    headline: "Libraire pendant vingt-deux ans, spécialiste du roman québécois",
    story:
      "J'ai été libraire dans trois librairies indépendantes de Montréal. Je lis un roman par semaine depuis toujours, et je garde une liste de suggestions pour chaque type de lecteur. J'aimerais retrouver les tablettes quelques jours par semaine.",
    pastFields: [
      ["Librairie", 22],
      ["Édition", 5],
    ],
    skills: ["Culture littéraire", "Conseil de lecture", "Commandes spéciales", "Caisse"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["retail", "culture"],
    seeks: ["know-how", "company"],
    physical: "either",
  },
  {
    firstName: "Richard",
    lastName: "Savard",
    locale: "fr",
    place: "saguenay-jonquiere",
    headline: "Électricien industriel, débrouillard et pédagogue",
    story:
      "J'ai été électricien dans une aluminerie de Jonquière pendant trente-deux ans, et j'ai formé bien des apprentis. Je suis le gars qu'on appelle quand rien ne marche. J'aimerais aider les clients d'une quincaillerie ou d'une boutique à trouver la bonne solution.",
    pastFields: [
      ["Électricité industrielle", 32],
      ["Formation d'apprentis", 12],
    ],
    skills: ["Électricité", "Conseil technique", "Transmission du savoir", "Sécurité"],
    languages: [["fr", "native"]],
    sectors: ["retail", "sports-leisure"],
    seeks: ["know-how", "income"],
    physical: "standing",
  },
  {
    firstName: "Manon",
    lastName: "Thibault",
    locale: "fr",
    place: "sherbrooke",
    headline: "Infirmière auxiliaire, rassurante et efficace",
    story:
      "J'ai été infirmière auxiliaire pendant vingt-huit ans, en CHSLD puis en clinique. J'aime accompagner les gens, surtout ceux qui sont seuls. Conduire quelqu'un à son rendez-vous et lui tenir compagnie, ça me ressemble.",
    pastFields: [
      ["Soins infirmiers auxiliaires", 28],
      ["Accompagnement de personnes en perte d'autonomie", 10],
    ],
    skills: ["Bienveillance", "Premiers soins", "Permis de conduire", "Écoute active"],
    languages: [
      ["fr", "native"],
      ["en", "basic"],
    ],
    sectors: ["community", "health"],
    seeks: ["cause", "income"],
    physical: "either",
  },
  {
    firstName: "Alain",
    lastName: "Desrosiers",
    locale: "fr",
    place: "laval-chomedey",
    headline: "Directeur de succursale bancaire, mentor naturel",
    story:
      "J'ai dirigé des succursales bancaires pendant trente et un ans à Laval et à Montréal. Ce que j'ai préféré, c'est former mes équipes et aider les clients à reprendre le contrôle de leurs finances. J'aimerais accompagner des membres dans une coopérative, hors de la saison froide.",
    pastFields: [
      ["Services bancaires", 31],
      ["Gestion d'équipe", 18],
    ],
    skills: ["Services financiers courants", "Mentorat", "Sécurité financière", "Leadership"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["finance", "community"],
    seeks: ["know-how", "cause"],
    physical: "seated",
    awayMonths: WINTER,
  },
  {
    firstName: "Chantal",
    lastName: "Vachon",
    locale: "fr",
    place: "levis",
    headline: "Éducatrice en service de garde, conteuse et organisée",
    story:
      "J'ai travaillé trente ans en service de garde scolaire. Je sais capter l'attention d'un groupe d'enfants et répondre à leurs mille questions. J'aimerais accueillir des familles dans un lieu de découverte, un musée ou un parc.",
    pastFields: [
      ["Éducation en service de garde", 30],
      ["Animation d'activités", 30],
    ],
    skills: ["Animation", "Gestion de groupe", "Lecture à voix haute", "Patience"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "tourism", "community"],
    seeks: ["company", "cause"],
    physical: "standing",
  },
  {
    firstName: "Luc",
    lastName: "Bilodeau",
    locale: "fr",
    place: "quebec-charlesbourg",
    headline: "Policier communautaire, calme et à l'écoute",
    story:
      "J'ai été policier pendant trente ans, dont quinze en police communautaire dans les quartiers de Québec. Désamorcer, écouter, orienter : c'est ce que je fais de mieux. J'aimerais accueillir le public dans un lieu où l'on vient pour se faire plaisir.",
    pastFields: [
      ["Sécurité publique", 30],
      ["Police communautaire", 15],
    ],
    skills: ["Gestion de foule", "Calme", "Premiers soins", "Résolution de conflits"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "hospitality", "community"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Martine",
    lastName: "Perron",
    locale: "fr",
    place: "granby",
    headline: "Technicienne en santé animale, passionnée de faune",
    story:
      "J'ai travaillé vingt-sept ans en clinique vétérinaire, puis quelques saisons dans un refuge faunique. Parler des animaux aux enfants, c'est ce que je préfère. Je cherche une mission d'été près de chez moi, à Granby.",
    pastFields: [
      ["Santé animale", 27],
      ["Réhabilitation de la faune", 4],
    ],
    skills: ["Connaissance des animaux", "Vulgarisation scientifique", "Prise de parole", "Premiers soins"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["tourism", "community"],
    seeks: ["cause", "company"],
    physical: "standing",
  },
  {
    firstName: "Guy",
    lastName: "Larouche",
    locale: "fr",
    place: "saguenay-chicoutimi",
    headline: "Animateur de radio régionale, voix posée et curiosité sans fin",
    story:
      "J'ai animé l'émission du matin d'une radio de Chicoutimi pendant trente ans. J'ai interviewé tout le monde au Saguenay, des mairesses aux bûcherons. J'aimerais mettre ma voix et mon sens du contact au service d'une boutique ou d'un lieu culturel.",
    pastFields: [
      ["Animation radiophonique", 30],
      ["Journalisme régional", 12],
    ],
    skills: ["Prise de parole", "Entregent", "Rédaction", "Culture générale"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "health", "retail"],
    seeks: ["company", "know-how"],
    physical: "either",
  },
  {
    firstName: "Lorraine",
    lastName: "Drouin",
    locale: "fr",
    place: "drummondville",
    headline: "Commis de quincaillerie, connaît chaque tiroir par cœur",
    story:
      "J'ai été commis, puis responsable du comptoir de peinture dans une quincaillerie pendant vingt-cinq ans. Je peux vous dire quel fini choisir pour une salle de bain et combien de gallons acheter. J'aimerais retrouver le comptoir, sans les longues journées.",
    pastFields: [
      ["Quincaillerie", 25],
      ["Conseil en peinture", 14],
    ],
    skills: ["Peinture résidentielle", "Sens des couleurs", "Caisse", "Conseil technique"],
    languages: [["fr", "native"]],
    sectors: ["retail"],
    seeks: ["income", "company"],
    physical: "either",
  },
  {
    firstName: "Daniel",
    lastName: "Boivin",
    locale: "fr",
    place: "trois-rivieres",
    headline: "Conseiller en sécurité financière, pédagogue de l'argent",
    story:
      "J'ai conseillé des familles en épargne et en assurance pendant vingt-huit ans. J'ai vu trop de gens se faire avoir par des fraudeurs, et j'aimerais aider à prévenir ça. Je suis à l'aise devant un groupe comme en tête-à-tête.",
    pastFields: [
      ["Conseil en sécurité financière", 28],
      ["Assurance de personnes", 15],
    ],
    skills: ["Sécurité financière", "Prise de parole", "Vulgarisation", "Écoute"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["finance", "community"],
    seeks: ["cause", "know-how"],
    physical: "seated",
  },
  {
    firstName: "Josée",
    lastName: "Gosselin",
    locale: "fr",
    place: "victoriaville",
    headline: "Productrice laitière, fière de son rang",
    story:
      "J'ai tenu une ferme laitière avec mon conjoint pendant trente-cinq ans, et nos enfants ont repris le troupeau. Je veux rester proche du monde agricole tout en parlant avec des gens de la ville. Un comptoir de fromagerie, ce serait parfait.",
    pastFields: [
      ["Production laitière", 35],
      ["Vente à la ferme", 10],
    ],
    skills: ["Agroalimentaire", "Vente", "Débrouillardise", "Caisse"],
    languages: [["fr", "native"]],
    sectors: ["food", "retail"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Bernard",
    lastName: "Asselin",
    locale: "fr",
    place: "montreal-verdun",
    headline: "Ingénieur en matériel ferroviaire, vulgarisateur patient",
    story:
      "J'ai conçu des bogies et des systèmes de freinage pendant trente-trois ans. J'aime expliquer la mécanique aux curieux, petits et grands. J'aimerais guider des visites ou animer des ateliers dans un musée.",
    pastFields: [
      ["Génie mécanique", 33],
      ["Matériel ferroviaire", 25],
    ],
    skills: ["Mécanique", "Vulgarisation", "Histoire ferroviaire", "Prise de parole"],
    languages: [
      ["fr", "native"],
      ["en", "fluent"],
      ["de", "working"],
    ],
    sectors: ["culture", "tourism"],
    seeks: ["know-how"],
    physical: "either",
  },
  {
    firstName: "Solange",
    lastName: "Rioux",
    locale: "fr",
    place: "rimouski",
    headline: "Boulangère artisanale, levain et bonne humeur",
    story:
      "J'ai fait du pain pendant trente ans, d'abord chez mon père, puis dans ma propre boulangerie. Je me lève encore à cinq heures sans réveille-matin. J'aimerais transmettre mes gestes et servir les clients du matin.",
    pastFields: [
      ["Boulangerie artisanale", 30],
      ["Gestion d'un commerce", 18],
    ],
    skills: ["Boulangerie artisanale", "Transmission du savoir", "Service rapide", "Caisse"],
    languages: [["fr", "native"]],
    sectors: ["food"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "Fernand",
    lastName: "Lacroix",
    locale: "fr",
    place: "joliette",
    headline: "Luthier et violoniste de musique traditionnelle",
    story:
      "J'ai réparé et fabriqué des violons pendant quarante ans dans mon atelier de Joliette, et je joue dans les veillées depuis toujours. J'aimerais entretenir des instruments et conseiller les musiciens quelques jours par semaine.",
    pastFields: [
      ["Lutherie", 40],
      ["Musique traditionnelle", 45],
    ],
    skills: ["Lutherie", "Minutie", "Oreille musicale", "Conseil technique"],
    languages: [["fr", "native"]],
    sectors: ["retail", "culture"],
    seeks: ["know-how", "company"],
    physical: "seated",
  },
  {
    firstName: "Céline",
    lastName: "Langlois",
    locale: "fr",
    place: "sainte-adele",
    headline: "Gérante de salle de spectacle, chef d'orchestre de l'accueil",
    story:
      "J'ai géré l'accueil et la billetterie d'une salle de spectacle des Laurentides pendant vingt-cinq ans. Une salle qui se remplit dans le calme, c'est mon œuvre d'art. J'aimerais retrouver l'ambiance des soirs de première, l'été.",
    pastFields: [
      ["Gestion de salle de spectacle", 25],
      ["Billetterie", 25],
    ],
    skills: ["Logiciel de billetterie", "Gestion de foule", "Accueil", "Coordination d'équipe"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "hospitality"],
    seeks: ["company", "income"],
    physical: "either",
  },
  {
    firstName: "Jean-Guy",
    lastName: "Paradis",
    locale: "fr",
    place: "sept-iles",
    headline: "Débardeur et guide de pêche, homme de confiance",
    story:
      "J'ai travaillé trente ans au port de Sept-Îles et guidé des pêcheurs les fins de semaine pendant tout ce temps. Je connais les rivières à saumon et les lacs à truite comme ma poche. Je cherche une mission d'été en plein air.",
    pastFields: [
      ["Manutention portuaire", 30],
      ["Guide de pêche", 25],
    ],
    skills: ["Pêche sportive", "Conduite d'embarcation", "Premiers soins", "Débrouillardise"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["tourism", "sports-leisure"],
    seeks: ["income", "company"],
    physical: "standing",
  },
  {
    firstName: "Huguette",
    lastName: "Marcoux",
    locale: "fr",
    place: "montreal-rosemont",
    headline: "Costumière de théâtre, doigts de fée et œil de lynx",
    story:
      "J'ai cousu des costumes pour les théâtres de Montréal pendant trente-cinq ans. J'adore les coulisses, mais aussi l'accueil du public les soirs de représentation. Je cherche des soirées et quelques après-midi, dans mon coin de la ville.",
    pastFields: [
      ["Conception de costumes", 35],
      ["Couture", 40],
    ],
    skills: ["Couture", "Souci du détail", "Accueil", "Culture théâtrale"],
    languages: [
      ["fr", "native"],
      ["en", "working"],
    ],
    sectors: ["culture", "retail"],
    seeks: ["company", "know-how"],
    physical: "either",
  },
  {
    firstName: "Mohamed",
    lastName: "Benali",
    locale: "fr",
    place: "montreal-villeray",
    headline: "Pharmacien, trente ans au service des patients de Villeray",
    story:
      "J'ai exercé comme pharmacien pendant trente ans, d'abord à Alger, puis à Montréal. Mes patients me parlaient en français, en arabe, parfois en créole, et j'ai appris à écouter au-delà des mots. J'aimerais rester auprès du public, sans les responsabilités de la propriété.",
    pastFields: [
      ["Pharmacie communautaire", 30],
      ["Gestion d'officine", 12],
    ],
    skills: ["Conseil santé", "Confidentialité", "Écoute", "Connaissance des produits"],
    languages: [
      ["fr", "native"],
      ["ar", "native"],
      ["en", "working"],
    ],
    sectors: ["health", "community"],
    seeks: ["cause", "company"],
    physical: "either",
  },
  {
    firstName: "Marie-Carmel",
    lastName: "Joseph",
    locale: "fr",
    place: "montreal-ahuntsic",
    headline: "Infirmière auxiliaire au grand cœur, polyglotte de l'accueil",
    story:
      "J'ai travaillé vingt-cinq ans comme préposée puis infirmière auxiliaire dans des résidences et des hôpitaux de Montréal. J'aime prendre soin des gens et je parle leur langue, souvent littéralement. J'aimerais accueillir les personnes dans un organisme ou une pharmacie.",
    pastFields: [
      ["Soins infirmiers auxiliaires", 18],
      ["Soins aux bénéficiaires", 7],
    ],
    skills: ["Bienveillance", "Accueil", "Écoute active", "Hygiène"],
    languages: [
      ["fr", "native"],
      ["ht", "native"],
      ["en", "basic"],
    ],
    sectors: ["health", "community"],
    seeks: ["cause", "income"],
    physical: "either",
  },
  {
    firstName: "Thi Lan",
    lastName: "Nguyen",
    locale: "fr",
    place: "longueuil",
    headline: "Restauratrice, vingt-huit ans de service et de sourires",
    story:
      "Avec mon mari, j'ai tenu un restaurant de quartier à Longueuil pendant vingt-huit ans. Je connais les producteurs, les fournisseurs et surtout les clients. J'aimerais travailler au marché, au milieu des légumes frais et du monde.",
    pastFields: [
      ["Restauration", 28],
      ["Approvisionnement alimentaire", 28],
    ],
    skills: ["Cuisine", "Service à la clientèle", "Caisse", "Connaissance des produits du Québec"],
    languages: [
      ["vi", "native"],
      ["fr", "fluent"],
      ["en", "working"],
    ],
    sectors: ["food", "hospitality"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Carlos",
    lastName: "Mendoza",
    locale: "fr",
    place: "quebec-limoilou",
    headline: "Agronome, jardinier de cœur et conseiller patient",
    story:
      "J'ai été agronome trente ans, en Colombie puis au Québec, à conseiller des maraîchers et des pépiniéristes. J'adore diagnostiquer une plante malade et trouver une solution douce. J'aimerais partager ce savoir avec les jardiniers amateurs.",
    pastFields: [
      ["Agronomie", 30],
      ["Conseil aux producteurs maraîchers", 16],
    ],
    skills: ["Phytoprotection", "Horticulture", "Vulgarisation", "Observation"],
    languages: [
      ["es", "native"],
      ["fr", "fluent"],
      ["en", "working"],
    ],
    sectors: ["retail", "food"],
    seeks: ["know-how", "income"],
    physical: "either",
  },
  {
    firstName: "Rachida",
    lastName: "Haddad",
    locale: "fr",
    place: "gatineau-hull",
    headline: "Traductrice agréée, passeuse de langues et de cultures",
    story:
      "J'ai traduit des documents officiels pendant vingt-sept ans, à mon compte et pour le gouvernement. Je sais à quel point une langue peut isoler ou rapprocher. J'aimerais animer des conversations en français et aider les nouveaux arrivants à s'y retrouver.",
    pastFields: [
      ["Traduction", 27],
      ["Enseignement du français langue seconde", 5],
    ],
    skills: ["Français écrit et parlé", "Ouverture interculturelle", "Animation de groupe", "Rédaction"],
    languages: [
      ["ar", "native"],
      ["fr", "native"],
      ["en", "fluent"],
    ],
    sectors: ["culture", "community", "tourism"],
    seeks: ["cause", "know-how"],
    physical: "seated",
  },
  {
    firstName: "Margaret",
    lastName: "Wilson",
    locale: "en",
    place: "knowlton",
    headline: "Community nurse who loves good food and good conversation",
    story:
      "I was a community nurse in the Eastern Townships for thirty-four years, visiting families from Sutton to Knowlton. I know half the village and most of its cheeses. I'd enjoy a few shifts a week in a friendly shop where people take time to talk.",
    pastFields: [
      ["Community nursing", 34],
      ["Home care coordination", 9],
    ],
    skills: ["Active listening", "First aid", "Customer service", "Bilingual service"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["health", "food", "community"],
    seeks: ["company", "cause"],
    physical: "either",
  },
  {
    firstName: "Brian",
    lastName: "O'Connor",
    locale: "en",
    place: "montreal-ndg",
    headline: "History teacher and storyteller, at home in front of any group",
    story:
      "I taught history in Montréal high schools for thirty-three years. Nothing beats the moment a group suddenly gets why a place matters. I'm looking for guiding or welcoming work at a museum, heritage site or repertory cinema.",
    pastFields: [
      ["Teaching history", 33],
      ["School trip organisation", 15],
    ],
    skills: ["Public speaking", "Québec history", "Group tours", "Film culture"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["culture", "tourism"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "Susan",
    lastName: "Murphy",
    locale: "en",
    place: "pointe-claire",
    headline: "Former bank branch manager, patient with people and numbers",
    story:
      "I managed bank branches in the West Island for thirty years. I've helped many people through hard money decisions and scams. I spend winters away, but from April to December I'd like to help members of a credit union or a community group.",
    pastFields: [
      ["Retail banking", 30],
      ["Branch management", 14],
    ],
    skills: ["Everyday banking", "Fraud prevention", "Mentoring", "Customer service"],
    languages: [
      ["en", "native"],
      ["fr", "working"],
    ],
    sectors: ["finance", "retail"],
    seeks: ["company", "cause"],
    physical: "seated",
    awayMonths: WINTER,
  },
  {
    firstName: "Ian",
    lastName: "Campbell",
    locale: "en",
    place: "lennoxville",
    headline: "University librarian who enjoys helping people find their way",
    story:
      "I spent twenty-nine years as a librarian at a university in Lennoxville. I like teaching people to use tablets and online services without making them feel slow. I'd gladly help at a library desk or run digital workshops a couple of days a week.",
    pastFields: [
      ["Academic librarianship", 29],
      ["Digital literacy training", 10],
    ],
    skills: ["Reference research", "Digital tools", "Teaching", "Patience"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["culture", "community"],
    seeks: ["cause", "know-how"],
    physical: "seated",
  },
  {
    firstName: "Patricia",
    lastName: "Hughes",
    locale: "en",
    place: "westmount",
    headline: "Museum educator with a gift for curious visitors",
    story:
      "For twenty-four years I designed and led museum programmes for schools and families in Montréal. I love watching someone look twice at a painting. I'm looking for gallery, museum or bookshop work where conversation matters.",
    pastFields: [
      ["Museum education", 24],
      ["Art history", 30],
    ],
    skills: ["Cultural mediation", "Art history", "Public speaking", "Event hosting"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
      ["it", "basic"],
    ],
    sectors: ["culture", "retail"],
    seeks: ["know-how", "company"],
    physical: "either",
  },
  {
    firstName: "Gordon",
    lastName: "Fraser",
    locale: "en",
    place: "gaspe",
    headline: "Fishing guide and harbour master who knows the Gaspé coast",
    story:
      "I ran the harbour in Gaspé for twenty years and guided salmon fishermen for longer than that. I can spot a seal from the wharf and tell you tomorrow's weather by the sky. I'd enjoy showing visitors what lives in the bay, in English or in French.",
    pastFields: [
      ["Harbour management", 20],
      ["Fishing guide", 31],
    ],
    skills: ["Coastal knowledge", "Boat handling", "Bird watching", "First aid"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["tourism", "sports-leisure"],
    seeks: ["company", "know-how"],
    physical: "standing",
  },
  {
    firstName: "Linda",
    lastName: "Kowalski",
    locale: "en",
    place: "montreal-verdun",
    headline: "Pharmacy technician, careful, kind and quick",
    story:
      "I worked as a pharmacy technician in Verdun and LaSalle for twenty-six years. Patients knew they could ask me anything. I'd like a few shifts at a pharmacy counter or a clinic reception, close to home.",
    pastFields: [
      ["Pharmacy technician", 26],
      ["Insurance claims", 8],
    ],
    skills: ["Medication terminology", "Confidentiality", "Reception", "Insurance claims"],
    languages: [
      ["en", "native"],
      ["fr", "working"],
      ["pl", "fluent"],
    ],
    sectors: ["health"],
    seeks: ["income", "company"],
    physical: "either",
  },
  {
    firstName: "Robert",
    lastName: "Fitzgerald",
    locale: "en",
    place: "hudson",
    headline: "Hardware sales rep who can fix almost anything",
    story:
      "I sold tools and building supplies to hardware stores across Québec for thirty-two years. I still fix my neighbours' screen doors and leaky taps. From spring to fall, I'd love to help customers at a hardware or garden counter.",
    pastFields: [
      ["Sales representation", 32],
      ["Building supplies", 32],
    ],
    skills: ["Renovation know-how", "Product advice", "Sales", "Driving licence"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["retail"],
    seeks: ["company", "income"],
    physical: "standing",
    awayMonths: WINTER,
  },
  {
    firstName: "Janet",
    lastName: "Morrison",
    locale: "en",
    place: "sutton",
    headline: "Innkeeper who made every guest feel at home",
    story:
      "My husband and I ran a bed and breakfast in Sutton for twenty-two years. I cooked the breakfasts, planned guests' days and fixed whatever went wrong. I'd like to welcome travellers again, at an inn, a shop or a tourist office.",
    pastFields: [
      ["Innkeeping", 22],
      ["Hotel reception", 8],
    ],
    skills: ["Hospitality", "Local knowledge", "Cooking", "Bilingual service"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
      ["de", "working"],
    ],
    sectors: ["hospitality", "food", "tourism"],
    seeks: ["company", "income"],
    physical: "either",
  },
  {
    firstName: "Kevin",
    lastName: "Doyle",
    locale: "en",
    place: "gatineau-aylmer",
    headline: "Public servant and keen golfer, organised and easy-going",
    story:
      "I spent thirty years as a policy analyst in the federal public service. Golf has been my weekend passion the whole time. I'd enjoy helping at a golf club or a community organisation, anywhere I can be useful and meet people.",
    pastFields: [
      ["Public policy analysis", 30],
      ["Volunteer coordination", 8],
    ],
    skills: ["Organisation", "Golf etiquette", "Writing", "Government forms"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["sports-leisure", "community", "culture"],
    seeks: ["company", "cause"],
    physical: "either",
    awayMonths: months(8),
  },
  {
    firstName: "Elaine",
    lastName: "Stewart",
    locale: "en",
    place: "north-hatley",
    headline: "Chef and caterer, happiest behind a cheese counter",
    story:
      "I cooked professionally for twenty-eight years, first in restaurants and then running my own catering business around Lake Massawippi. I know the Townships' producers by name. I'd love to talk food with customers at a fine grocery or a market.",
    pastFields: [
      ["Professional cooking", 28],
      ["Catering business", 15],
    ],
    skills: ["Cheese knowledge", "Food safety", "Wine pairing", "Cooking"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["food", "hospitality"],
    seeks: ["know-how", "company"],
    physical: "standing",
  },
  {
    firstName: "Donald",
    lastName: "Mackenzie",
    locale: "en",
    place: "mont-tremblant",
    headline: "Ski instructor who has taught thousands to enjoy winter",
    story:
      "I taught skiing in the Laurentians for thirty-five winters and worked summers at a golf course. I can calm a nervous beginner in two minutes. I'd like to keep welcoming people to the mountain or the course, a few days a week.",
    pastFields: [
      ["Ski instruction", 35],
      ["Golf course operations", 20],
    ],
    skills: ["Alpine skiing", "Mountain safety", "Teaching", "Golf etiquette"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
    ],
    sectors: ["sports-leisure", "tourism"],
    seeks: ["company", "income"],
    physical: "standing",
  },
  {
    firstName: "Carol",
    lastName: "Bennett",
    locale: "en",
    place: "quebec-vieux",
    headline: "Hotel concierge who knows every corner of Old Québec",
    story:
      "I was a concierge at a large hotel in Québec City for twenty-five years. I know which restaurants are worth the walk and which stairs to avoid in winter. I'd love to share that with travellers again, a few mornings a week.",
    pastFields: [
      ["Hotel concierge", 25],
      ["Tour planning", 25],
    ],
    skills: ["Local knowledge", "Reservations software", "Bilingual service", "Problem solving"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
      ["es", "working"],
    ],
    sectors: ["hospitality", "tourism"],
    seeks: ["company", "income"],
    physical: "either",
  },
  {
    firstName: "Peter",
    lastName: "Shaw",
    locale: "en",
    place: "magog",
    headline: "Machinist and bike mechanic, patient with customers",
    story:
      "I was a machinist for thirty years, and I've fixed bicycles for family and friends for even longer. I ride around Lake Memphremagog most days from April to October. A bike shop workshop or rental counter would suit me fine.",
    pastFields: [
      ["Machining", 30],
      ["Bicycle repair", 35],
    ],
    skills: ["Bike mechanics", "Precision work", "Customer service", "Cycling"],
    languages: [
      ["en", "native"],
      ["fr", "working"],
    ],
    sectors: ["sports-leisure", "retail"],
    seeks: ["know-how", "income"],
    physical: "standing",
  },
  {
    firstName: "Ruth",
    lastName: "Goldberg",
    locale: "en",
    place: "montreal-ndg",
    headline: "Cellist and music teacher with a warm, patient ear",
    story:
      "I played cello in orchestras and taught music for thirty-six years in Montréal. I enjoy helping people choose an instrument they will actually play. I'd welcome a few afternoons a week in a music shop, a bookshop or a concert venue.",
    pastFields: [
      ["Music teaching", 36],
      ["Orchestral performance", 20],
    ],
    skills: ["Music teaching", "Instrument advice", "Musical ear", "Patience"],
    languages: [
      ["en", "native"],
      ["fr", "fluent"],
      ["he", "working"],
    ],
    sectors: ["retail", "culture"],
    seeks: ["company", "know-how"],
    physical: "seated",
  },
];

/** Places where public transit and walking make sense. */
const URBAN_TOWNS = new Set([
  "Montréal",
  "Westmount",
  "Pointe-Claire",
  "Saint-Lambert",
  "Québec",
  "Laval",
  "Longueuil",
  "Gatineau",
  "Sherbrooke",
  "Lévis",
]);

/** prenom.nom@exemple.ca, lowercase ASCII. */
function emailFor(c: CandidateSeed): string {
  const ascii = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z-]/g, "");
  return `${ascii(c.firstName)}.${ascii(c.lastName)}@exemple.ca`;
}

function availabilityFor(key: string): number {
  const rng = rngFor(`availability:${key}`);
  const keys = rng.shuffle(Object.keys(SCHEDULES) as ScheduleKey[]).slice(0, rng.int(2, 3));
  return keys.reduce((mask, k) => mask | SCHEDULES[k], 0);
}

function liftFor(preference: PhysicalPreference, key: string): number {
  const rng = rngFor(`lift:${key}`);
  if (preference === "seated") return rng.pick([0, 2, 5]);
  if (preference === "standing") return rng.pick([10, 12, 15]);
  return rng.pick([5, 8, 10]);
}

function travelFor(town: string, key: string): { km: number; modes: TravelMode[] } {
  const rng = rngFor(`travel:${key}`);
  if (URBAN_TOWNS.has(town)) {
    const modes: TravelMode[] = ["transit", "foot"];
    if (rng.chance(0.35)) modes.push("bike");
    if (rng.chance(0.3)) modes.push("car");
    return { km: rng.int(3, 20), modes };
  }
  const modes: TravelMode[] = ["car"];
  if (rng.chance(0.3)) modes.push("foot");
  if (rng.chance(0.2)) modes.push("bike");
  return { km: rng.int(10, 60), modes };
}

/** The band a number of years falls in, as the candidate_privacy migration turns stored years into bands. */
export function bandOfYears(years: number): ExperienceBand {
  if (years < 2) return "under-2";
  if (years < 5) return "2-5";
  if (years < 10) return "5-10";
  if (years < 15) return "10-15";
  return "15-plus";
}

/** Every demo candidate, the demo candidate first, with its demo email. */
export function buildCandidates(demoEmail: string): CandidateRecord[] {
  return CANDIDATES.map((c, index) => {
    const email = index === 0 ? demoEmail : emailFor(c);
    const place = PLACES[c.place];
    const travel = travelFor(place.town, email);
    const rng = rngFor(`candidate:${email}`);
    // about 30% prefer the phone; about 70% agree to be suggested to employers (the demo candidate does), half to
    // alerts and news by email, a quarter to keeping their CV
    const prefersPhone = index % 10 === 2 || index % 10 === 5 || index % 10 === 8;
    const profile: CandidateProfileData = {
      headline: c.headline,
      story: c.story,
      pastFields: JSON.stringify(c.pastFields.map(([field, years]) => ({ field, band: bandOfYears(years) }))),
      skills: JSON.stringify(c.skills),
      languages: JSON.stringify(c.languages.map(([code, level]) => ({ code, level }))),
      availabilityMask: availabilityFor(email),
      maxHoursPerWeek: rng.pick([8, 12, 15, 16, 20, 24, 25, 30]),
      monthsAwayMask: c.awayMonths ?? 0,
      town: place.town,
      latitude: place.latitude,
      longitude: place.longitude,
      travelMaxKm: travel.km,
      travelModes: JSON.stringify(travel.modes),
      physicalPreference: c.physical,
      maxLiftKg: liftFor(c.physical, email),
      sectors: JSON.stringify(c.sectors),
      seeks: JSON.stringify(c.seeks),
      contactPreference: prefersPhone ? "phone" : "email",
      phone: prefersPhone ? `${place.areaCode}-555-01${String(index % 100).padStart(2, "0")}` : null,
    };
    const consents: CandidateRecord["consents"] = [];
    if ((index * 7) % 10 < 7) consents.push("suggestions");
    if (index % 4 === 1) consents.push("keep-cv");
    if (index % 2 === 0) consents.push("email-news");
    return { email, name: `${c.firstName} ${c.lastName}`, locale: c.locale, profile, consents };
  });
}
