// Demo missions: 5 to 8 per employer, written as missions (what the customer gains, then "Votre mission : …").
// Texts never mention the age of the person sought.

import { employers, type EmployerKind, type EmployerSeed, type Sector } from "./employers";
import { employerId, missionId } from "./ids";
import {
  ALL_YEAR,
  APRIL_TO_OCTOBER,
  HOLIDAY_SEASON,
  MAY_TO_OCTOBER,
  SCHEDULES,
  SPRING_GARDENING,
  SUGARING_SEASON,
  SUMMER,
  TAX_SEASON,
  WINTER,
  countBits,
  months,
  type ScheduleKey,
} from "./masks";
import { rngFor, type Rng } from "./random";

export type PhysicalDemand = "seated" | "standing" | "mixed";
export type MissionStatus = "draft" | "published" | "closed";

interface MissionTemplate {
  title: string;
  /** what the customer gains */
  summary: string;
  /** completes "Votre mission : " */
  tasks: string;
  skills: string[];
  demand: PhysicalDemand;
  liftKg: number;
  schedules: ScheduleKey[];
  /** months mask; all year when absent */
  months?: number;
  /** typical hourly pay in cents */
  pay: number;
  englishRequired?: boolean;
}

interface GenericTemplate extends MissionTemplate {
  /** sectors where it fits; everywhere when absent */
  sectors?: Sector[];
}

export interface MissionSeed {
  id: string;
  employerId: string;
  title: string;
  summary: string;
  description: string;
  sector: Sector;
  scheduleMask: number;
  hoursPerWeekMin: number;
  hoursPerWeekMax: number;
  monthsMask: number;
  payMinCents: number;
  payMaxCents: number;
  address: string;
  town: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  transit: string;
  parking: string;
  stepFreeAccess: boolean;
  training: string;
  physicalDemand: PhysicalDemand;
  liftingKg: number;
  /** JSON string of { code, required }[] */
  languages: string;
  /** JSON string of skill labels */
  skills: string;
  status: MissionStatus;
  publishedAt: Date | null;
  closesAt: Date | null;
  createdAt: Date;
}

const SPECIFIC: Record<EmployerKind, MissionTemplate[]> = {
  bookshop: [
    {
      title: "Conseil aux lecteurs, le samedi",
      summary: "Les lecteurs repartent avec le livre qui leur ressemble, et l'envie de revenir nous en parler.",
      tasks:
        "accueillir les lecteurs, écouter ce qu'ils ont aimé (ou pas) et leur proposer deux ou trois titres bien choisis; tenir la caisse à l'occasion et emballer les cadeaux.",
      skills: ["Conseil à la clientèle", "Culture littéraire", "Écoute"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["saturdays", "weekends"],
      pay: 1800,
    },
    {
      title: "Heure du conte et conseils aux familles",
      summary:
        "Les familles trouvent des livres qui donnent le goût de lire, et les enfants repartent avec une histoire en tête.",
      tasks:
        "animer l'heure du conte du samedi matin, conseiller les parents et les grands-parents selon les goûts de chaque enfant et garder le coin des albums invitant.",
      skills: ["Lecture à voix haute", "Littérature pour enfants", "Animation"],
      demand: "mixed",
      liftKg: 3,
      schedules: ["saturdays"],
      pay: 1900,
    },
    {
      title: "Commandes spéciales et suivi au téléphone",
      summary: "Le livre introuvable finit par arriver, et le client est prévenu au bon moment.",
      tasks:
        "prendre les commandes spéciales au comptoir et au téléphone, faire le suivi auprès des distributeurs et appeler les clients dès que leur livre est arrivé.",
      skills: ["Service à la clientèle", "Suivi rigoureux", "Logiciel de gestion de commandes"],
      demand: "seated",
      liftKg: 2,
      schedules: ["weekdayMornings", "tueThu", "midweekAfternoons"],
      pay: 1750,
    },
    {
      title: "Soirées d'auteurs : accueil et vente",
      summary: "Le public vit une vraie rencontre avec l'auteur, sans attendre trop longtemps à la table de signature.",
      tasks:
        "accueillir le public lors des lancements et des rencontres d'auteurs, gérer la file à la table de signature et tenir la caisse en fin de soirée.",
      skills: ["Accueil", "Organisation d'événements", "Caisse"],
      demand: "standing",
      liftKg: 8,
      schedules: ["lateWeekEvenings", "weekdayEvenings"],
      pay: 1850,
    },
  ],
  cinema: [
    {
      title: "Accueil et billetterie des projections",
      summary: "Les cinéphiles entrent en salle à l'heure, billet en main et sourire aux lèvres.",
      tasks:
        "vendre les billets et les cartes de membre, renseigner sur la programmation et veiller à ce que chacun trouve sa place avant le début du film.",
      skills: ["Caisse", "Accueil", "Culture cinématographique"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["showEvenings", "lateWeekEvenings"],
      pay: 1700,
    },
    {
      title: "Présentation des films de répertoire",
      summary: "Le public découvre le contexte d'un film avant que les lumières s'éteignent, et en discute en sortant.",
      tasks:
        "préparer et livrer une courte présentation avant les projections du dimanche, puis animer la discussion qui suit avec les spectateurs.",
      skills: ["Prise de parole", "Culture cinématographique", "Animation de discussions"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["sundayAfternoons"],
      pay: 2200,
    },
    {
      title: "Comptoir du maïs soufflé et du café",
      summary: "Les spectateurs ont leur maïs soufflé avant la bande-annonce, pas après.",
      tasks: "préparer le maïs soufflé, servir les cafés et les boissons, et garder le comptoir propre et accueillant.",
      skills: ["Service rapide", "Hygiène alimentaire", "Caisse"],
      demand: "standing",
      liftKg: 8,
      schedules: ["showEvenings", "weekends"],
      pay: 1650,
    },
    {
      title: "Matinées cinéma en semaine : accueil des habitués",
      summary: "Les habitués des matinées retrouvent un accueil chaleureux et un café avant la séance.",
      tasks:
        "ouvrir la salle, accueillir les spectateurs des projections de l'après-midi, servir le café et recueillir leurs suggestions de films.",
      skills: ["Accueil", "Convivialité", "Caisse"],
      demand: "mixed",
      liftKg: 3,
      schedules: ["midweekAfternoons", "weekdayAfternoons"],
      pay: 1700,
    },
  ],
  museum: [
    {
      title: "Visites guidées des ateliers d'artisans",
      summary:
        "Les visiteurs comprennent comment on vivait de son métier au Québec d'autrefois, et repartent avec des histoires à raconter.",
      tasks:
        "guider des groupes d'une quinzaine de personnes à travers les ateliers reconstitués (forge, cordonnerie, tonnellerie), répondre aux questions et adapter le rythme à chaque groupe.",
      skills: ["Animation de visites", "Histoire du Québec", "Prise de parole"],
      demand: "standing",
      liftKg: 0,
      schedules: ["thuToSun", "weekends", "weekdays"],
      pay: 2100,
      englishRequired: true,
    },
    {
      title: "Démonstrations de savoir-faire en atelier",
      summary:
        "Petits et grands voient de vraies mains travailler le bois, le cuir ou la laine, et peuvent essayer à leur tour.",
      tasks:
        "faire des démonstrations de votre métier (menuiserie, tissage, reliure, forge…) dans l'atelier ouvert, expliquer les gestes et laisser les visiteurs s'y essayer en sécurité.",
      skills: ["Métier manuel", "Pédagogie", "Sécurité en atelier"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["weekends", "friToSun"],
      pay: 2300,
    },
    {
      title: "Accueil et billetterie du musée",
      summary: "Chaque visiteur commence sa visite bien orienté, avec le bon billet et les bons conseils.",
      tasks:
        "vendre les billets, présenter le parcours de visite, prêter les audioguides et recueillir les commentaires des visiteurs à la sortie.",
      skills: ["Accueil", "Caisse", "Anglais parlé"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "weekends"],
      pay: 1800,
    },
    {
      title: "Boutique du musée",
      summary: "Les visiteurs rapportent à la maison un objet fait par des artisans d'ici qui prolonge leur visite.",
      tasks:
        "conseiller les visiteurs à la boutique, tenir la caisse, garnir les tablettes et raconter l'histoire des artisans dont nous vendons les pièces.",
      skills: ["Vente-conseil", "Caisse", "Artisanat"],
      demand: "standing",
      liftKg: 8,
      schedules: ["thuToSun", "weekends"],
      pay: 1750,
    },
  ],
  hotel: [
    {
      title: "Réception du matin",
      summary: "Les voyageurs commencent la journée avec un départ sans accroc et une bonne adresse pour dîner.",
      tasks:
        "accueillir les arrivées et les départs, gérer les réservations, régler les factures et conseiller sur les restaurants et les visites du Vieux-Québec.",
      skills: ["Accueil hôtelier", "Logiciel de réservation", "Anglais parlé"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["weekdayMornings", "weekends"],
      pay: 1950,
      englishRequired: true,
    },
    {
      title: "Réception de soirée",
      summary:
        "Les voyageurs arrivés tard trouvent une lumière allumée et quelqu'un pour les accueillir comme il faut.",
      tasks:
        "enregistrer les arrivées de fin de journée, répondre aux demandes des clients, préparer les départs du lendemain et veiller à la tranquillité de la maison.",
      skills: ["Accueil hôtelier", "Gestion des imprévus", "Anglais parlé"],
      demand: "seated",
      liftKg: 5,
      schedules: ["showEvenings", "weekdayEvenings"],
      pay: 2000,
      englishRequired: true,
    },
    {
      title: "Conciergerie et conseils de visite",
      summary: "Les clients découvrent le Québec que les guides touristiques oublient.",
      tasks:
        "préparer des itinéraires sur mesure, réserver tables et activités, et raconter l'histoire du quartier à ceux qui veulent en savoir plus.",
      skills: ["Connaissance de la ville", "Conseil personnalisé", "Anglais parlé"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["friToSun", "weekdayAfternoons"],
      pay: 2100,
    },
    {
      title: "Service du matin à la salle à manger",
      summary:
        "Les clients commencent leur journée avec un premier repas servi avec attention, sans attendre leur café.",
      tasks:
        "dresser la salle, servir le repas du matin, répondre aux demandes particulières (allergies, horaires) et remettre la salle en ordre.",
      skills: ["Service aux tables", "Hygiène alimentaire", "Courtoisie"],
      demand: "standing",
      liftKg: 8,
      schedules: ["weekdayMornings", "weekends", "monWedFriMornings"],
      pay: 1700,
    },
  ],
  hardware: [
    {
      title: "Conseil au comptoir de la quincaillerie",
      summary: "Le client repart avec la bonne pièce et la bonne méthode, du premier coup.",
      tasks:
        "aider les clients à trouver ce qu'il faut pour leurs réparations, expliquer comment s'y prendre, tailler les clés et préparer les petites commandes.",
      skills: ["Connaissances en rénovation", "Conseil technique", "Plomberie et électricité de base"],
      demand: "standing",
      liftKg: 15,
      schedules: ["weekdays", "weekdayMornings", "weekends"],
      pay: 1900,
    },
    {
      title: "Comptoir de peinture et des couleurs",
      summary:
        "Les clients choisissent leur couleur en confiance et repartent avec la quantité juste, ni plus ni moins.",
      tasks:
        "conseiller sur les finis et les couleurs, calculer les quantités, préparer les mélanges de peinture et expliquer la bonne préparation des surfaces.",
      skills: ["Peinture résidentielle", "Sens des couleurs", "Calcul de quantités"],
      demand: "standing",
      liftKg: 10,
      schedules: ["thuToSun", "weekends"],
      pay: 1850,
    },
    {
      title: "Ateliers du samedi : réparations de base",
      summary: "Les bricoleurs apprennent à changer un robinet ou réparer une moustiquaire, sans stress.",
      tasks:
        "animer de courts ateliers pratiques le samedi matin, montrer les gestes, répondre aux questions et conseiller le matériel nécessaire.",
      skills: ["Bricolage", "Pédagogie", "Prise de parole"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["saturdays"],
      pay: 2200,
    },
    {
      title: "Centre extérieur : saison du jardinage",
      summary:
        "Les jardiniers trouvent terreau, semences et conseils au même endroit, sans courir d'un magasin à l'autre.",
      tasks:
        "conseiller les clients au centre extérieur, les aider à charger leurs sacs de terre, garder les étalages arrosés et bien garnis.",
      skills: ["Jardinage", "Service à la clientèle", "Manutention"],
      demand: "standing",
      liftKg: 15,
      schedules: ["weekends", "thuToSun"],
      months: SPRING_GARDENING,
      pay: 1750,
    },
  ],
  "credit-union": [
    {
      title: "Accueil des membres en succursale",
      summary: "Les membres sont dirigés vers la bonne personne sans attendre, et repartent rassurés.",
      tasks:
        "accueillir les membres, comprendre leur besoin et les orienter; les aider à utiliser le guichet automatique et à prendre rendez-vous avec un conseiller.",
      skills: ["Accueil", "Discrétion", "Services financiers courants"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["weekdays", "tueThu", "weekdayMornings"],
      pay: 2100,
    },
    {
      title: "Accompagnement au numérique",
      summary: "Les membres apprennent à payer leurs factures en ligne sans crainte, à leur rythme.",
      tasks:
        "offrir des rendez-vous individuels pour apprivoiser l'application mobile et le site transactionnel, et animer de petits ateliers en groupe.",
      skills: ["Patience", "Outils numériques", "Vulgarisation"],
      demand: "seated",
      liftKg: 0,
      schedules: ["tueThu", "midweekAfternoons"],
      pay: 2200,
    },
    {
      title: "Clinique d'impôts pour les membres",
      summary:
        "Les membres à revenu modeste remplissent leur déclaration sans erreur et touchent les crédits auxquels ils ont droit.",
      tasks:
        "accueillir les membres à la clinique d'impôts, vérifier les documents apportés et préparer les déclarations simples avec le logiciel fourni.",
      skills: ["Fiscalité des particuliers", "Rigueur", "Confidentialité"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "weekdayMornings"],
      months: TAX_SEASON,
      pay: 2500,
    },
    {
      title: "Prévention de la fraude : séances d'information",
      summary: "Les membres reconnaissent un appel frauduleux avant qu'il soit trop tard.",
      tasks:
        "présenter des séances de 45 minutes sur les fraudes courantes, en succursale et dans les salles communautaires du quartier, puis répondre aux questions.",
      skills: ["Prise de parole", "Sécurité financière", "Vulgarisation"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["midweekAfternoons", "tueThu"],
      pay: 2400,
    },
  ],
  "garden-centre": [
    {
      title: "Conseil en vivaces et arbustes",
      summary: "Les jardiniers plantent la bonne vivace au bon endroit, et la voient revenir le printemps suivant.",
      tasks:
        "conseiller les clients selon l'ensoleillement et le sol de leur terrain, proposer des plantes adaptées à notre climat et expliquer l'entretien.",
      skills: ["Horticulture", "Conseil à la clientèle", "Connaissance des zones de rusticité"],
      demand: "standing",
      liftKg: 15,
      schedules: ["weekends", "thuToSun", "weekdays"],
      months: SPRING_GARDENING,
      pay: 1900,
    },
    {
      title: "Clinique des plantes malades",
      summary:
        "Les clients comprennent ce qui ronge leurs plants et repartent avec une solution douce pour l'environnement.",
      tasks:
        "examiner les feuilles et les photos apportées par les clients, identifier insectes et maladies, et recommander des traitements doux et des gestes de prévention.",
      skills: ["Phytoprotection", "Observation", "Pédagogie"],
      demand: "seated",
      liftKg: 2,
      schedules: ["saturdays", "tueThu"],
      months: months(4, 5, 6, 7, 8, 9),
      pay: 2100,
    },
    {
      title: "Caisse du printemps",
      summary: "Les files avancent vite, même les samedis de mai où tout le monde veut planter en même temps.",
      tasks:
        "tenir la caisse, emballer les plantes fragiles, aider au chargement des voitures et répondre aux questions rapides.",
      skills: ["Caisse", "Rapidité", "Courtoisie"],
      demand: "standing",
      liftKg: 10,
      schedules: ["weekends", "friToSun"],
      months: months(4, 5, 6),
      pay: 1700,
    },
    {
      title: "Boutique de Noël : sapins et couronnes",
      summary: "Les familles repartent avec un sapin frais, une couronne faite ici et l'esprit des Fêtes.",
      tasks:
        "conseiller sur le choix des sapins, confectionner des couronnes et des arrangements, tenir la caisse et aider au chargement.",
      skills: ["Arrangements floraux", "Vente-conseil", "Manutention"],
      demand: "standing",
      liftKg: 12,
      schedules: ["weekends", "thuToSun"],
      months: HOLIDAY_SEASON,
      pay: 1800,
    },
  ],
  pharmacy: [
    {
      title: "Accueil au comptoir des ordonnances",
      summary: "Les patients savent quand leur ordonnance sera prête, et personne n'attend sans explication.",
      tasks:
        "accueillir les patients, recevoir les ordonnances, répondre au téléphone et faire le lien avec l'équipe du laboratoire en toute confidentialité.",
      skills: ["Confidentialité", "Accueil", "Terminologie des médicaments"],
      demand: "mixed",
      liftKg: 2,
      schedules: ["weekdays", "weekdayAfternoons", "weekends"],
      pay: 2000,
    },
    {
      title: "Conseil au rayon des soins",
      summary:
        "Les clients trouvent le produit qui convient à leur peau sensible ou à leurs douleurs, sans errer dans les allées.",
      tasks:
        "conseiller au rayon des soins de la peau, de l'hygiène et du maintien à domicile, et diriger vers le pharmacien dès qu'une question le demande.",
      skills: ["Conseil santé", "Écoute", "Connaissance des produits"],
      demand: "standing",
      liftKg: 5,
      schedules: ["thuToSun", "weekdayAfternoons"],
      pay: 1850,
    },
    {
      title: "Livraison des médicaments à domicile",
      summary: "Les patients qui ne peuvent pas se déplacer reçoivent leurs médicaments à temps, avec un mot gentil.",
      tasks:
        "livrer les médicaments avec le véhicule de la pharmacie, vérifier l'identité, faire signer et signaler au pharmacien toute inquiétude sur l'état d'un patient.",
      skills: ["Permis de conduire", "Ponctualité", "Bienveillance"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["weekdayAfternoons", "monWedFriMornings"],
      pay: 1850,
    },
    {
      title: "Vaccination saisonnière : accueil et inscription",
      summary: "Les patients se font vacciner sans file interminable et repartent avec leur preuve à jour.",
      tasks:
        "accueillir les patients, vérifier les rendez-vous, remplir les formulaires avec eux et gérer la salle d'attente après l'injection.",
      skills: ["Organisation", "Accueil", "Saisie de données"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "weekends"],
      months: months(10, 11, 12),
      pay: 1900,
    },
  ],
  "tourist-office": [
    {
      title: "Accueil touristique au comptoir",
      summary: "Les voyageurs repartent avec un itinéraire, de bonnes adresses et l'envie de rester une nuit de plus.",
      tasks:
        "accueillir les voyageurs, proposer des itinéraires selon leurs goûts et leur temps, réserver l'hébergement au besoin et distribuer cartes et brochures.",
      skills: ["Connaissance de la région", "Accueil touristique", "Anglais parlé"],
      demand: "mixed",
      liftKg: 3,
      schedules: ["weekdays", "weekends", "friToSun"],
      months: MAY_TO_OCTOBER,
      pay: 1850,
    },
    {
      title: "Renseignements au téléphone et par courriel",
      summary: "Ceux qui préparent leur voyage reçoivent des réponses précises, rapides et chaleureuses.",
      tasks:
        "répondre aux appels et aux courriels des voyageurs, envoyer la documentation demandée et tenir à jour le calendrier des événements.",
      skills: ["Rédaction", "Connaissance de la région", "Service à la clientèle"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "tueThu"],
      pay: 1800,
    },
    {
      title: "Kiosque d'information dans les festivals",
      summary: "Les festivaliers découvrent la région au-delà de la scène principale.",
      tasks:
        "tenir le kiosque mobile lors des festivals de l'été, renseigner le public et faire connaître les attraits moins connus du coin.",
      skills: ["Communication", "Autonomie", "Connaissance de la région"],
      demand: "standing",
      liftKg: 8,
      schedules: ["weekends", "lateWeekEvenings"],
      months: months(6, 7, 8),
      pay: 1800,
    },
    {
      title: "Balades commentées du vieux quartier",
      summary: "Les visiteurs découvrent l'histoire de Rivière-du-Loup en marchant, et voient la ville autrement.",
      tasks:
        "guider à pied de petits groupes dans le vieux quartier et jusqu'à la chute, raconter l'histoire des lieux et des gens, répondre aux questions.",
      skills: ["Histoire régionale", "Animation de visites", "Prise de parole"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "midweekAfternoons"],
      months: SUMMER,
      pay: 2100,
    },
  ],
  "ski-centre": [
    {
      title: "Accueil au chalet et billetterie",
      summary: "Les skieurs passent du stationnement au télésiège sans perdre de temps.",
      tasks:
        "vendre les billets et les abonnements, renseigner sur les conditions de ski, gérer les objets perdus et orienter les familles.",
      skills: ["Caisse", "Accueil", "Gestion de l'affluence"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["weekends", "friToSun"],
      months: WINTER,
      pay: 1800,
    },
    {
      title: "Accueil et information sur les pentes",
      summary: "Les skieurs de passage trouvent leur chemin et se sentent en sécurité sur la montagne.",
      tasks:
        "circuler sur les pistes faciles, renseigner et rassurer les skieurs, rappeler les règles de sécurité avec tact et signaler toute situation à la patrouille.",
      skills: ["Ski alpin", "Sécurité en montagne", "Tact"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "weekdayMornings"],
      months: WINTER,
      pay: 1900,
    },
    {
      title: "Location d'équipement de ski",
      summary: "Chaque skieur part avec des bottes qui ne font pas mal et des skis bien ajustés.",
      tasks:
        "mesurer, ajuster et remettre l'équipement de location, vérifier les fixations et conseiller les skieurs selon leur niveau.",
      skills: ["Équipement de ski", "Minutie", "Service à la clientèle"],
      demand: "standing",
      liftKg: 12,
      schedules: ["weekends", "friToSun"],
      months: WINTER,
      pay: 1850,
    },
    {
      title: "Ski de soirée : accueil des familles",
      summary:
        "Les familles qui skient après l'école ou le travail sont accueillies et bien orientées, même à la noirceur.",
      tasks:
        "accueillir les skieurs de soirée, gérer les inscriptions aux cours du soir, remettre les dossards et faire le lien avec les moniteurs.",
      skills: ["Accueil", "Organisation", "Calme"],
      demand: "mixed",
      liftKg: 3,
      schedules: ["weekdayEvenings", "lateWeekEvenings"],
      months: months(12, 1, 2, 3),
      pay: 1850,
    },
  ],
  "fine-grocery": [
    {
      title: "Comptoir des fromages et charcuteries",
      summary: "Les gourmets repartent avec le fromage parfait pour leur souper et l'histoire de celui qui l'a fait.",
      tasks:
        "couper et emballer à la demande, faire goûter, conseiller les accords et raconter les producteurs des Cantons-de-l'Est, en français comme en anglais.",
      skills: ["Connaissance des fromages", "Hygiène alimentaire", "Anglais parlé"],
      demand: "standing",
      liftKg: 8,
      schedules: ["thuToSun", "weekends"],
      pay: 1850,
      englishRequired: true,
    },
    {
      title: "Dégustations du samedi",
      summary: "Les clients goûtent avant d'acheter et découvrent les artisans de la région.",
      tasks:
        "préparer et animer les dégustations en magasin, présenter les produits et les producteurs, et noter les coups de cœur des clients pour l'équipe.",
      skills: ["Animation", "Culture culinaire", "Hygiène alimentaire"],
      demand: "standing",
      liftKg: 5,
      schedules: ["saturdays"],
      pay: 1800,
    },
    {
      title: "Paniers-cadeaux des Fêtes",
      summary: "Les entreprises et les familles offrent des paniers composés avec soin et livrés à temps.",
      tasks:
        "prendre les commandes, composer et emballer les paniers-cadeaux, et coordonner les cueillettes et les livraisons.",
      skills: ["Souci du détail", "Organisation", "Emballage"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["weekdays", "thuToSun"],
      months: HOLIDAY_SEASON,
      pay: 1800,
    },
    {
      title: "Conseil en accords mets et vins",
      summary: "Les clients repartent avec la bouteille qui mettra en valeur leur repas, peu importe leur budget.",
      tasks:
        "conseiller les clients au rayon des vins et des bières de microbrasserie, proposer des accords et tenir les fiches de dégustation à jour.",
      skills: ["Connaissance des vins", "Vente-conseil", "Anglais parlé"],
      demand: "standing",
      liftKg: 10,
      schedules: ["lateWeekEvenings", "friToSun"],
      pay: 2000,
    },
  ],
  theatre: [
    {
      title: "Accueil du public et placement en salle",
      summary: "Le public trouve son siège avant le lever du rideau, programme en main.",
      tasks:
        "accueillir les spectateurs, vérifier les billets, guider chacun vers sa place et veiller à la sécurité de la salle pendant la représentation.",
      skills: ["Accueil", "Gestion de foule", "Calme"],
      demand: "standing",
      liftKg: 0,
      schedules: ["showEvenings"],
      months: months(6, 7, 8),
      pay: 1750,
    },
    {
      title: "Billetterie et réservations",
      summary:
        "Les spectateurs réservent les meilleures places et reçoivent toutes les infos utiles avant leur soirée.",
      tasks:
        "prendre les réservations au téléphone et au guichet, conseiller sur les places, gérer les échanges et préparer les billets de groupe.",
      skills: ["Logiciel de billetterie", "Service à la clientèle", "Caisse"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayAfternoons", "midweekAfternoons"],
      months: months(4, 5, 6, 7, 8, 9),
      pay: 1800,
    },
    {
      title: "Bar de l'entracte",
      summary: "Les spectateurs prennent un verre à l'entracte et retournent en salle à temps.",
      tasks: "préparer le bar, servir rapidement pendant l'entracte, tenir la caisse et remettre l'espace en ordre.",
      skills: ["Service au bar", "Rapidité", "Caisse"],
      demand: "standing",
      liftKg: 10,
      schedules: ["showEvenings"],
      months: months(6, 7, 8),
      pay: 1700,
    },
    {
      title: "Accueil des groupes en autocar",
      summary: "Les groupes arrivés en autocar sont accueillis, orientés et installés sans cohue.",
      tasks:
        "coordonner l'arrivée des autocars pour les matinées, accueillir les responsables de groupe et accompagner les personnes qui ont besoin d'aide.",
      skills: ["Organisation", "Accueil de groupes", "Entregent"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["midweekAfternoons"],
      months: months(6, 7, 8),
      pay: 1800,
    },
  ],
  library: [
    {
      title: "Aide aux usagers au comptoir de prêt",
      summary:
        "Les usagers trouvent le livre, le film ou le renseignement qu'ils cherchaient, même sans savoir comment le demander.",
      tasks:
        "gérer les prêts et les retours, inscrire les nouveaux abonnés, aider à chercher dans le catalogue et orienter vers les bonnes ressources.",
      skills: ["Recherche documentaire", "Accueil", "Écoute"],
      demand: "mixed",
      liftKg: 8,
      schedules: ["weekdays", "weekdayEvenings", "saturdays"],
      pay: 2000,
    },
    {
      title: "Ateliers numériques pour débutants",
      summary: "Les usagers apprennent à envoyer une photo à leur famille ou à prendre un rendez-vous en ligne.",
      tasks:
        "animer de petits ateliers et des rencontres individuelles sur la tablette, le téléphone intelligent, le courriel et les services gouvernementaux en ligne.",
      skills: ["Outils numériques", "Pédagogie", "Patience"],
      demand: "seated",
      liftKg: 0,
      schedules: ["tueThu", "midweekAfternoons"],
      pay: 2100,
    },
    {
      title: "Club de lecture et conversation française",
      summary: "Les personnes nouvellement arrivées pratiquent leur français autour d'un bon livre, en confiance.",
      tasks:
        "animer chaque semaine un club de conversation, choisir des textes accessibles et créer un climat où l'on ose parler.",
      skills: ["Animation de groupe", "Français écrit et parlé", "Ouverture interculturelle"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayEvenings", "midweekAfternoons"],
      months: months(1, 2, 3, 4, 5, 6, 9, 10, 11, 12),
      pay: 2200,
    },
    {
      title: "Service de livres à domicile",
      summary: "Les usagers qui ne peuvent plus se déplacer continuent de recevoir des lectures choisies pour eux.",
      tasks:
        "choisir les livres selon les goûts de chaque abonné, les livrer une fois par mois et prendre le temps de jaser de la lecture précédente.",
      skills: ["Conseil de lecture", "Permis de conduire", "Écoute"],
      demand: "mixed",
      liftKg: 8,
      schedules: ["weekdayMornings", "tueThu"],
      pay: 1950,
    },
  ],
  "cheese-dairy": [
    {
      title: "Comptoir de vente à la fromagerie",
      summary:
        "Les visiteurs goûtent le fromage du jour et repartent avec du frais, du vieilli et des conseils de conservation.",
      tasks:
        "servir au comptoir, faire goûter, conseiller et emballer, et garder les comptoirs réfrigérés impeccables.",
      skills: ["Service à la clientèle", "Hygiène alimentaire", "Caisse"],
      demand: "standing",
      liftKg: 10,
      schedules: ["thuToSun", "weekends", "weekdays"],
      pay: 1750,
    },
    {
      title: "Visites commentées de la fromagerie",
      summary:
        "Les visiteurs voient comment le lait du rang devient fromage, derrière la vitre de la salle de fabrication.",
      tasks:
        "guider les groupes le long de la galerie d'observation, expliquer la fabrication et terminer par une dégustation commentée.",
      skills: ["Animation de visites", "Agroalimentaire", "Prise de parole"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "midweekAfternoons"],
      months: MAY_TO_OCTOBER,
      pay: 1900,
    },
    {
      title: "Kiosque aux marchés publics",
      summary: "Les citadins découvrent nos fromages sans faire la route jusqu'à la ferme.",
      tasks:
        "monter et tenir notre kiosque dans les marchés publics de la région, faire goûter, vendre et démonter en fin de journée.",
      skills: ["Vente", "Autonomie", "Manutention"],
      demand: "standing",
      liftKg: 15,
      schedules: ["saturdays", "weekends"],
      months: MAY_TO_OCTOBER,
      pay: 1850,
    },
    {
      title: "Bar laitier de l'été",
      summary: "Les familles à vélo s'arrêtent pour une crème molle et un sac de fromage en grains du matin.",
      tasks: "servir la crème glacée molle et les produits frais, tenir la caisse et garder la terrasse accueillante.",
      skills: ["Service rapide", "Caisse", "Hygiène alimentaire"],
      demand: "standing",
      liftKg: 5,
      schedules: ["friToSun", "weekdayAfternoons"],
      months: months(6, 7, 8),
      pay: 1650,
    },
  ],
  bakery: [
    {
      title: "Comptoir du matin",
      summary: "Les gens du quartier ont leur pain chaud et leur croissant avant d'aller travailler.",
      tasks:
        "ouvrir le comptoir, garnir les paniers à pain, servir les habitués rapidement et préparer les commandes réservées.",
      skills: ["Service rapide", "Caisse", "Connaissance des pains"],
      demand: "standing",
      liftKg: 8,
      schedules: ["weekdayMornings", "monWedFriMornings", "weekends"],
      pay: 1700,
    },
    {
      title: "Commandes spéciales et gâteaux",
      summary: "Les anniversaires et les mariages ont le gâteau qu'on avait imaginé, livré au bon moment.",
      tasks:
        "rencontrer les clients, noter précisément leurs commandes de gâteaux et de buffets, transmettre aux pâtissiers et faire le suivi.",
      skills: ["Prise de commandes", "Souci du détail", "Service à la clientèle"],
      demand: "seated",
      liftKg: 3,
      schedules: ["tueThu", "weekdayAfternoons"],
      pay: 1800,
    },
    {
      title: "Service au café de la boulangerie",
      summary:
        "Les habitués lisent leur journal avec un café servi comme ils l'aiment, et une viennoiserie encore tiède.",
      tasks: "préparer les cafés, servir aux tables, desservir et jaser avec la clientèle sans ralentir le service.",
      skills: ["Préparation de cafés", "Service aux tables", "Convivialité"],
      demand: "standing",
      liftKg: 5,
      schedules: ["weekends", "weekdayMornings"],
      pay: 1700,
    },
    {
      title: "Transmission du métier de boulanger",
      summary:
        "Le pain au levain garde la même qualité, même quand l'équipe change, parce que le savoir-faire se transmet.",
      tasks:
        "montrer aux membres de l'équipe les gestes de la fermentation lente, du façonnage et de la cuisson, et partager vos trucs de métier avec les clients curieux.",
      skills: ["Boulangerie artisanale", "Transmission du savoir", "Patience"],
      demand: "standing",
      liftKg: 15,
      schedules: ["monWedFriMornings", "weekdayMornings"],
      pay: 2600,
    },
  ],
  "bike-shop": [
    {
      title: "Accueil à l'atelier de réparation",
      summary: "Les cyclistes savent ce qui cloche sur leur vélo, combien ça coûte et quand le récupérer.",
      tasks:
        "recevoir les vélos, poser un premier diagnostic, expliquer les réparations, fixer les rendez-vous et rappeler les clients quand c'est prêt.",
      skills: ["Mécanique vélo", "Explication claire", "Organisation"],
      demand: "mixed",
      liftKg: 12,
      schedules: ["weekdays", "thuToSun"],
      months: APRIL_TO_OCTOBER,
      pay: 1900,
    },
    {
      title: "Location de vélos au bord du lac",
      summary:
        "Les visiteurs partent faire le tour du lac sur un vélo à leur taille, casque bien ajusté et carte en main.",
      tasks:
        "remettre et récupérer les vélos de location, ajuster selles et casques, suggérer des parcours et vérifier l'état des vélos au retour.",
      skills: ["Ajustement de vélos", "Connaissance des pistes cyclables", "Anglais parlé"],
      demand: "standing",
      liftKg: 15,
      schedules: ["weekends", "friToSun"],
      months: SUMMER,
      pay: 1750,
    },
    {
      title: "Conseil à l'achat de vélos électriques",
      summary:
        "Les clients choisissent un vélo électrique adapté à leurs sorties, sans payer pour ce dont ils n'ont pas besoin.",
      tasks:
        "comprendre l'usage prévu, proposer des essais routiers, expliquer l'autonomie et l'entretien des batteries, et faire le suivi après l'achat.",
      skills: ["Vélo électrique", "Vente-conseil", "Écoute"],
      demand: "standing",
      liftKg: 10,
      schedules: ["thuToSun", "weekdayAfternoons"],
      months: months(3, 4, 5, 6, 7, 8, 9, 10),
      pay: 2000,
    },
    {
      title: "Sorties guidées du mercredi",
      summary: "Les cyclistes de la région découvrent les routes tranquilles autour du lac, en groupe et en sécurité.",
      tasks:
        "préparer les parcours, guider les sorties hebdomadaires à allure modérée, gérer les petites crevaisons et veiller à ce que personne ne soit laissé derrière.",
      skills: ["Cyclisme sur route", "Premiers soins", "Leadership bienveillant"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["midweekAfternoons"],
      months: months(5, 6, 7, 8, 9),
      pay: 2100,
    },
  ],
  "golf-club": [
    {
      title: "Accueil au chalet et départs",
      summary: "Les golfeurs partent à l'heure prévue, voiturette prête et conseils du jour en tête.",
      tasks:
        "accueillir les joueurs, confirmer les réservations, encaisser les droits de jeu et coordonner les départs avec le préposé au premier tertre.",
      skills: ["Accueil", "Anglais parlé", "Connaissance du golf"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["weekdayMornings", "weekends"],
      months: MAY_TO_OCTOBER,
      pay: 1900,
      englishRequired: true,
    },
    {
      title: "Accueil et courtoisie sur le parcours",
      summary: "Les joueurs gardent le rythme et profitent du parcours sans attente inutile.",
      tasks:
        "circuler en voiturette sur le parcours, aider les joueurs, rappeler l'étiquette avec tact et signaler tout besoin d'entretien.",
      skills: ["Étiquette du golf", "Tact", "Sens de l'observation"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekends", "friToSun", "weekdayAfternoons"],
      months: MAY_TO_OCTOBER,
      pay: 1800,
    },
    {
      title: "Boutique du pro",
      summary: "Les golfeurs trouvent la balle, le gant ou le conseil qui leur manquait avant de partir.",
      tasks: "conseiller à la boutique, tenir la caisse, gérer les locations de bâtons et garder l'inventaire à jour.",
      skills: ["Vente-conseil", "Équipement de golf", "Caisse"],
      demand: "standing",
      liftKg: 8,
      schedules: ["thuToSun", "weekdays"],
      months: MAY_TO_OCTOBER,
      pay: 1850,
    },
    {
      title: "Réservations et service aux membres",
      summary: "Les membres et les visiteurs obtiennent leur heure de départ et leurs réponses au premier appel.",
      tasks:
        "gérer les réservations au téléphone et en ligne, répondre aux courriels des membres et organiser les tournois amicaux.",
      skills: ["Logiciel de réservation", "Service à la clientèle", "Anglais écrit"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "tueThu"],
      months: months(4, 5, 6, 7, 8, 9, 10),
      pay: 1900,
    },
  ],
  "music-shop": [
    {
      title: "Conseil en instruments et partitions",
      summary:
        "Les musiciens, qu'ils débutent ou jouent depuis toujours, trouvent l'instrument et les partitions qui leur conviennent.",
      tasks:
        "faire essayer les instruments, conseiller selon le style et le budget, commander les partitions et les méthodes introuvables.",
      skills: ["Pratique d'un instrument", "Vente-conseil", "Culture musicale"],
      demand: "standing",
      liftKg: 10,
      schedules: ["thuToSun", "weekdayAfternoons"],
      pay: 1900,
    },
    {
      title: "Location d'instruments pour la rentrée",
      summary: "Les élèves des programmes de musique commencent l'année avec un instrument propre et bien ajusté.",
      tasks:
        "préparer les contrats de location, ajuster et remettre les instruments, expliquer l'entretien de base aux familles.",
      skills: ["Organisation", "Instruments à vent", "Service à la clientèle"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["weekdays", "saturdays"],
      months: months(8, 9),
      pay: 1800,
    },
    {
      title: "Atelier d'entretien des instruments",
      summary: "Les instruments retrouvent leur son, et leurs propriétaires comprennent comment en prendre soin.",
      tasks:
        "changer les cordes, régler les guitares et les violons, faire les petites réparations et expliquer l'entretien aux clients.",
      skills: ["Lutherie", "Minutie", "Oreille musicale"],
      demand: "seated",
      liftKg: 3,
      schedules: ["tueThu", "weekdayMornings"],
      pay: 2300,
    },
    {
      title: "Cours d'initiation au ukulélé",
      summary: "Les clients qui n'ont jamais joué repartent avec trois accords et l'envie de continuer.",
      tasks:
        "donner des cours de groupe d'une heure en boutique, préparer des chansons simples et encourager chacun à son rythme.",
      skills: ["Enseignement de la musique", "Ukulélé ou guitare", "Patience"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayEvenings"],
      pay: 2500,
    },
  ],
  "art-gallery": [
    {
      title: "Accueil et médiation en galerie",
      summary: "Les visiteurs comprennent la démarche des artistes et prennent le temps de vraiment regarder.",
      tasks:
        "accueillir les visiteurs sans pression, présenter les artistes et les œuvres, répondre aux questions et noter les intérêts des collectionneurs.",
      skills: ["Médiation culturelle", "Histoire de l'art", "Anglais parlé"],
      demand: "mixed",
      liftKg: 0,
      schedules: ["thuToSun", "weekends"],
      pay: 1900,
    },
    {
      title: "Vente d'œuvres et suivi des collectionneurs",
      summary: "Les collectionneurs achètent en confiance et reçoivent leur œuvre bien emballée, où qu'ils habitent.",
      tasks:
        "accompagner les acheteurs, préparer les factures et les certificats, organiser l'emballage et l'expédition, et garder le contact après la vente.",
      skills: ["Vente", "Suivi client", "Rigueur administrative"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["weekdayAfternoons", "friToSun"],
      pay: 2400,
    },
    {
      title: "Accueil lors des vernissages",
      summary: "Les invités se sentent attendus, rencontrent les artistes et repartent avec l'envie de revenir.",
      tasks:
        "accueillir les invités, présenter les artistes, servir un verre de l'amitié et veiller au bon déroulement de la soirée.",
      skills: ["Entregent", "Accueil", "Organisation d'événements"],
      demand: "standing",
      liftKg: 5,
      schedules: ["lateWeekEvenings"],
      pay: 1850,
    },
    {
      title: "Ateliers de croquis en plein air",
      summary: "Les visiteurs s'essaient au dessin sur le motif, comme les peintres de Charlevoix avant eux.",
      tasks:
        "animer des ateliers de croquis de deux heures dans les rues et sur la grève, fournir le matériel et encourager chacun, quel que soit son talent.",
      skills: ["Dessin", "Animation d'ateliers", "Pédagogie"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["weekends", "midweekAfternoons"],
      months: SUMMER,
      pay: 2200,
    },
  ],
  "food-bank": [
    {
      title: "Accueil au comptoir alimentaire",
      summary: "Les familles reçoivent leur panier dans la dignité, avec un accueil qui ne juge pas.",
      tasks:
        "accueillir les personnes, vérifier les inscriptions avec discrétion, les accompagner dans le choix des denrées et repérer celles qui ont besoin d'autre aide.",
      skills: ["Écoute", "Discrétion", "Accueil"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["tueThu", "weekdayAfternoons"],
      pay: 1750,
    },
    {
      title: "Coordination des bénévoles du jeudi",
      summary: "Les bénévoles savent quoi faire en arrivant, et le comptoir ouvre à l'heure pour tout le monde.",
      tasks:
        "planifier les quarts, accueillir et répartir les bénévoles, régler les imprévus et remercier chacun en fin de journée.",
      skills: ["Coordination d'équipe", "Planification", "Leadership"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["tueThu"],
      pay: 2200,
    },
    {
      title: "Animation des cuisines collectives",
      summary: "Les participants cuisinent ensemble des repas pour la semaine, à petit prix et dans la bonne humeur.",
      tasks:
        "planifier les recettes avec les denrées disponibles, animer les séances de cuisine en groupe et transmettre des trucs pour cuisiner économique.",
      skills: ["Cuisine", "Animation de groupe", "Hygiène alimentaire"],
      demand: "standing",
      liftKg: 8,
      schedules: ["monWedFriMornings", "midweekAfternoons"],
      pay: 1950,
    },
    {
      title: "Orientation vers les ressources",
      summary:
        "Les personnes trouvent l'aide dont elles ont besoin pour le logement, les impôts ou le transport, sans se perdre dans les démarches.",
      tasks:
        "rencontrer les personnes qui le souhaitent, comprendre leur situation, les diriger vers les bons organismes et les aider à remplir les formulaires.",
      skills: ["Écoute", "Connaissance du réseau communautaire", "Formulaires gouvernementaux"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "tueThu"],
      pay: 2000,
    },
  ],
  zoo: [
    {
      title: "Accueil des visiteurs à l'entrée du parc",
      summary: "Les familles commencent leur journée avec un plan, les heures des nourrissages et un sourire.",
      tasks:
        "accueillir les visiteurs, vérifier les billets et les passeports saisonniers, remettre les plans et répondre aux premières questions.",
      skills: ["Accueil", "Gestion de l'affluence", "Anglais parlé"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "weekdays", "friToSun"],
      months: MAY_TO_OCTOBER,
      pay: 1750,
    },
    {
      title: "Interprétation près des enclos",
      summary: "Les visiteurs apprennent à connaître les animaux et repartent plus curieux qu'à leur arrivée.",
      tasks:
        "présenter les animaux près des enclos, animer les causeries lors des nourrissages et répondre aux mille questions des enfants.",
      skills: ["Vulgarisation scientifique", "Prise de parole", "Connaissance des animaux"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "friToSun"],
      months: SUMMER,
      pay: 1950,
    },
    {
      title: "Boutique souvenirs du parc",
      summary: "Les enfants repartent avec la peluche de leur animal préféré, et les parents avec le sourire.",
      tasks:
        "conseiller à la boutique, tenir la caisse, garnir les tablettes et garder la boutique agréable même lors des grosses journées.",
      skills: ["Caisse", "Vente", "Patience"],
      demand: "standing",
      liftKg: 8,
      schedules: ["weekends", "weekdayAfternoons"],
      months: MAY_TO_OCTOBER,
      pay: 1700,
    },
    {
      title: "Service aux groupes et réservations",
      summary: "Les écoles, camps et associations préparent leur sortie au parc sans mauvaise surprise.",
      tasks:
        "répondre aux demandes des groupes, préparer les confirmations et les programmes de visite, et accueillir les responsables le jour venu.",
      skills: ["Organisation", "Service à la clientèle", "Rédaction"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "tueThu"],
      pay: 1900,
    },
  ],
  "railway-heritage": [
    {
      title: "Visites commentées de la gare et des locomotives",
      summary:
        "Les visiteurs montent à bord d'une vraie locomotive et comprennent comment le train a façonné la Mauricie.",
      tasks:
        "guider les visiteurs dans la gare, la rotonde et les locomotives, raconter la vie des cheminots et répondre aux questions techniques.",
      skills: ["Histoire ferroviaire", "Animation de visites", "Prise de parole"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "thuToSun"],
      months: MAY_TO_OCTOBER,
      pay: 2000,
    },
    {
      title: "Accueil et billetterie du site",
      summary: "Les familles savent par où commencer et à quelle heure partira le petit train.",
      tasks:
        "vendre les billets, présenter le site, annoncer les départs du petit train et tenir la boutique attenante.",
      skills: ["Accueil", "Caisse", "Organisation"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekends", "friToSun"],
      months: MAY_TO_OCTOBER,
      pay: 1750,
    },
    {
      title: "Restauration de matériel roulant : démonstrations",
      summary:
        "Les passionnés voient l'équipe redonner vie à un wagon, pièce par pièce, et peuvent poser toutes leurs questions.",
      tasks:
        "participer aux travaux de restauration dans l'atelier ouvert au public, expliquer les techniques et montrer les pièces d'origine.",
      skills: ["Mécanique", "Menuiserie", "Vulgarisation"],
      demand: "mixed",
      liftKg: 15,
      schedules: ["tueThu", "saturdays"],
      pay: 2300,
    },
    {
      title: "Train des Fêtes : accueil à bord",
      summary: "Les familles vivent un petit voyage dans un train décoré, chocolat chaud en main.",
      tasks:
        "accueillir les passagers, les installer à bord, servir le chocolat chaud et animer le trajet avec des histoires d'hiver ferroviaire.",
      skills: ["Accueil", "Animation", "Service"],
      demand: "standing",
      liftKg: 5,
      schedules: ["weekends", "lateWeekEvenings"],
      months: HOLIDAY_SEASON,
      pay: 1850,
    },
  ],
  "sugar-shack": [
    {
      title: "Accueil des groupes à la cabane",
      summary: "Les groupes sont reçus à la porte de la cabane comme chez de la parenté.",
      tasks:
        "accueillir les groupes et les familles, les installer aux tables, présenter le déroulement de la journée et répondre aux questions.",
      skills: ["Accueil de groupes", "Entregent", "Organisation"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "friToSun"],
      months: SUGARING_SEASON,
      pay: 1750,
    },
    {
      title: "Service aux tables du repas traditionnel",
      summary: "Les convives mangent leur soupe aux pois et leurs œufs dans le sirop bien chauds, sans attendre.",
      tasks:
        "servir les plats traditionnels à volonté, desservir rapidement et garder l'ambiance festive dans la salle.",
      skills: ["Service aux tables", "Rapidité", "Bonne humeur"],
      demand: "standing",
      liftKg: 10,
      schedules: ["weekends", "weekdays"],
      months: SUGARING_SEASON,
      pay: 1700,
    },
    {
      title: "Démonstration de la fabrication du sirop",
      summary: "Les visiteurs comprennent le chemin de l'eau d'érable jusqu'au sirop, et goûtent la tire sur la neige.",
      tasks:
        "faire visiter l'érablière et la cabane, expliquer l'entaillage et l'évaporation, et servir la tire sur la neige.",
      skills: ["Acériculture", "Animation de visites", "Prise de parole"],
      demand: "standing",
      liftKg: 5,
      schedules: ["weekends", "midweekAfternoons"],
      months: months(3, 4),
      pay: 1900,
    },
    {
      title: "Boutique des produits de l'érable",
      summary:
        "Les visiteurs rapportent du sirop, du beurre et du sucre d'érable de la cabane, et savent comment les conserver.",
      tasks:
        "conseiller les clients à la boutique, tenir la caisse, préparer les commandes en ligne et raconter la saison en cours.",
      skills: ["Vente", "Caisse", "Connaissance des produits de l'érable"],
      demand: "mixed",
      liftKg: 8,
      schedules: ["weekends", "thuToSun"],
      months: months(2, 3, 4, 5, 11, 12),
      pay: 1700,
    },
  ],
  "public-market": [
    {
      title: "Kiosque d'information du marché",
      summary: "Les visiteurs savent où trouver les produits de saison, et qui les a cultivés.",
      tasks:
        "accueillir les visiteurs, présenter les producteurs présents, afficher l'arrivage de la semaine et recueillir les suggestions.",
      skills: ["Accueil", "Connaissance des produits du Québec", "Communication"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekends", "thuToSun"],
      months: MAY_TO_OCTOBER,
      pay: 1750,
    },
    {
      title: "Vente au kiosque des maraîchers",
      summary: "Les clients repartent avec des légumes cueillis la veille et une idée pour les apprêter.",
      tasks:
        "servir les clients au kiosque d'un maraîcher, peser, encaisser, garder l'étalage beau et frais tout au long de la journée.",
      skills: ["Vente", "Caisse", "Manutention"],
      demand: "standing",
      liftKg: 15,
      schedules: ["thuToSun", "weekends"],
      months: months(6, 7, 8, 9, 10),
      pay: 1700,
    },
    {
      title: "Démonstrations culinaires du samedi",
      summary: "Les clients apprennent à cuisiner ce qu'ils viennent d'acheter, et goûtent sur place.",
      tasks:
        "préparer des recettes simples avec les produits du marché devant le public, faire goûter et partager les fiches recettes.",
      skills: ["Cuisine", "Animation", "Hygiène alimentaire"],
      demand: "standing",
      liftKg: 5,
      schedules: ["saturdays"],
      months: MAY_TO_OCTOBER,
      pay: 2100,
    },
    {
      title: "Marché de Noël : accueil des exposants et du public",
      summary: "Les artisans s'installent sans stress et le public profite d'un marché de Noël bien organisé.",
      tasks:
        "accueillir les exposants, les guider vers leur emplacement, renseigner le public et coordonner les petites urgences.",
      skills: ["Coordination", "Accueil", "Résolution de problèmes"],
      demand: "mixed",
      liftKg: 8,
      schedules: ["weekends", "friToSun"],
      months: HOLIDAY_SEASON,
      pay: 1800,
    },
  ],
  outfitter: [
    {
      title: "Réservations et conseils de séjour",
      summary: "Les pêcheurs arrivent au camp avec le bon équipement, les bons permis et des attentes réalistes.",
      tasks:
        "répondre aux appels et aux courriels, gérer les réservations de chalets, expliquer les règlements de pêche et conseiller l'équipement à apporter.",
      skills: ["Service à la clientèle", "Connaissance de la pêche", "Logiciel de réservation"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "tueThu"],
      pay: 1900,
    },
    {
      title: "Accueil au poste d'entrée",
      summary: "Les villégiateurs sont enregistrés, informés et orientés vers leur chalet sans détour.",
      tasks:
        "enregistrer les arrivées, remettre les clés et les cartes du territoire, expliquer les consignes de sécurité en forêt et vendre les appâts.",
      skills: ["Accueil", "Sécurité en forêt", "Caisse"],
      demand: "mixed",
      liftKg: 10,
      schedules: ["friToSun", "weekends"],
      months: months(5, 6, 7, 8, 9),
      pay: 1850,
    },
    {
      title: "Guide de pêche d'un jour",
      summary:
        "Les pêcheurs occasionnels prennent leur première truite et apprennent à la remettre à l'eau comme il faut.",
      tasks:
        "accompagner les clients en chaloupe, montrer les techniques de pêche à la mouche et au lancer, et veiller à la sécurité sur l'eau.",
      skills: ["Pêche sportive", "Conduite d'embarcation", "Premiers soins"],
      demand: "mixed",
      liftKg: 15,
      schedules: ["weekends", "weekdayMornings"],
      months: months(6, 7, 8, 9),
      pay: 2600,
    },
    {
      title: "Accueil des familles aux chalets",
      summary: "Les familles trouvent un chalet prêt et chaleureux, et quelqu'un pour leur montrer les sentiers.",
      tasks:
        "faire le tour des chalets à l'arrivée des familles, expliquer le poêle à bois et les sentiers, et rester joignable pendant le séjour.",
      skills: ["Accueil", "Débrouillardise", "Connaissance du plein air"],
      demand: "mixed",
      liftKg: 15,
      schedules: ["friToSun"],
      months: months(6, 7, 8),
      pay: 1800,
    },
  ],
  optician: [
    {
      title: "Conseil en choix de montures",
      summary: "Les clients se trouvent beaux dans leurs nouvelles lunettes, et ils voient bien avec.",
      tasks:
        "aider à choisir des montures selon la morphologie, l'usage et le budget, prendre les mesures et expliquer les options de verres.",
      skills: ["Vente-conseil", "Sens esthétique", "Tact"],
      demand: "standing",
      liftKg: 0,
      schedules: ["weekdays", "thuToSun"],
      pay: 2000,
    },
    {
      title: "Accueil et prise de rendez-vous",
      summary: "Les clients obtiennent un rendez-vous rapidement et savent exactement quoi apporter.",
      tasks:
        "accueillir les clients, gérer l'agenda de l'optométriste, préparer les dossiers et répondre aux questions sur les assurances.",
      skills: ["Accueil", "Gestion d'agenda", "Assurances collectives"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayMornings", "weekdays"],
      pay: 1850,
    },
    {
      title: "Ajustements et petites réparations",
      summary: "Les lunettes qui glissent ou qui serrent sont réglées en quelques minutes, sans rendez-vous.",
      tasks:
        "ajuster les montures, remplacer les plaquettes et les vis, nettoyer les lunettes et expliquer comment les entretenir.",
      skills: ["Minutie", "Dextérité", "Service à la clientèle"],
      demand: "seated",
      liftKg: 0,
      schedules: ["tueThu", "saturdays"],
      pay: 1900,
    },
    {
      title: "Suivi des clients et rappels d'examen",
      summary:
        "Les clients n'oublient plus leur examen de la vue, et leurs lunettes sont prêtes quand on le leur a promis.",
      tasks:
        "appeler les clients pour les rappels d'examen et les lunettes prêtes, faire le suivi des commandes auprès des laboratoires.",
      skills: ["Communication téléphonique", "Suivi rigoureux", "Courtoisie"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdayAfternoons", "midweekAfternoons"],
      pay: 1800,
    },
  ],
  "marine-centre": [
    {
      title: "Interprétation au bassin tactile",
      summary: "Les visiteurs touchent un concombre de mer et comprennent enfin ce qui vit dans la baie.",
      tasks:
        "accueillir les visiteurs au bassin tactile, montrer comment manipuler les animaux avec respect et raconter la vie du golfe.",
      skills: ["Biologie marine", "Vulgarisation", "Anglais parlé"],
      demand: "standing",
      liftKg: 5,
      schedules: ["weekdays", "weekends"],
      months: SUMMER,
      pay: 1900,
    },
    {
      title: "Accueil et billetterie du centre marin",
      summary:
        "Les visiteurs savent à quelle heure ont lieu les activités et repartent avec de bonnes idées pour la région.",
      tasks: "vendre les billets, présenter les activités du jour et conseiller sur les attraits de la péninsule.",
      skills: ["Accueil", "Caisse", "Connaissance de la Gaspésie"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "friToSun"],
      months: SUMMER,
      pay: 1750,
    },
    {
      title: "Excursions d'observation en bord de mer",
      summary:
        "Les visiteurs apprennent à reconnaître les oiseaux marins et les phoques de la baie, jumelles à la main.",
      tasks:
        "guider des marches d'observation sur la côte, prêter les jumelles, expliquer les marées et sensibiliser à la protection des espèces.",
      skills: ["Ornithologie", "Animation de visites", "Connaissance du littoral"],
      demand: "standing",
      liftKg: 3,
      schedules: ["weekdayMornings", "weekends"],
      months: months(6, 7, 8, 9),
      pay: 2200,
    },
    {
      title: "Boutique et café du centre marin",
      summary: "Les visiteurs prolongent leur visite autour d'un café avec vue sur la baie.",
      tasks: "servir au café, conseiller à la boutique (livres, cartes, produits gaspésiens) et tenir la caisse.",
      skills: ["Service", "Caisse", "Convivialité"],
      demand: "mixed",
      liftKg: 8,
      schedules: ["weekends", "weekdayAfternoons"],
      months: SUMMER,
      pay: 1700,
    },
  ],
  "community-centre": [
    {
      title: "Accueil et écoute au Carrefour",
      summary: "Les personnes qui franchissent la porte sont écoutées et dirigées vers le bon service.",
      tasks:
        "accueillir les personnes en personne et au téléphone, prendre le temps de comprendre leur demande et les orienter vers le bon service.",
      skills: ["Écoute active", "Discrétion", "Connaissance des ressources"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "weekdayMornings"],
      pay: 1900,
    },
    {
      title: "Clinique d'impôts du printemps",
      summary:
        "Les personnes à faible revenu produisent leur déclaration et touchent enfin les crédits auxquels elles ont droit.",
      tasks:
        "recevoir les personnes sur rendez-vous, vérifier les feuillets, préparer les déclarations simples et expliquer les montants à recevoir.",
      skills: ["Fiscalité des particuliers", "Rigueur", "Confidentialité"],
      demand: "seated",
      liftKg: 0,
      schedules: ["weekdays", "tueThu"],
      months: TAX_SEASON,
      pay: 2300,
    },
    {
      title: "Accompagnement aux rendez-vous médicaux",
      summary: "Les personnes isolées se rendent à leurs rendez-vous médicaux accompagnées, sans angoisse.",
      tasks:
        "conduire les personnes à leurs rendez-vous avec votre véhicule (kilométrage remboursé), les accompagner dans la salle d'attente et les ramener.",
      skills: ["Permis de conduire", "Bienveillance", "Ponctualité"],
      demand: "mixed",
      liftKg: 5,
      schedules: ["weekdayMornings", "weekdays"],
      pay: 1900,
    },
    {
      title: "Friperie solidaire : accueil et conseil",
      summary: "Les clients de la friperie s'habillent à petit prix, dans un magasin propre et accueillant.",
      tasks:
        "accueillir les clients, conseiller, tenir la caisse, trier les dons et garder les présentoirs bien garnis.",
      skills: ["Vente", "Tri et classement", "Accueil"],
      demand: "standing",
      liftKg: 10,
      schedules: ["thuToSun", "tueThu"],
      pay: 1700,
    },
  ],
};

/** Missions that suit many kinds of places; used to complete each employer's list. */
const GENERIC: GenericTemplate[] = [
  {
    title: "Accueil et orientation de la clientèle",
    summary: "Dès l'entrée, chaque personne sait où aller et se sent attendue.",
    tasks:
      "accueillir la clientèle, répondre aux questions courantes, orienter vers la bonne personne et garder l'entrée accueillante.",
    skills: ["Accueil", "Sens du service", "Calme"],
    demand: "mixed",
    liftKg: 3,
    schedules: ["weekdayAfternoons", "thuToSun", "weekdays"],
    pay: 1750,
  },
  {
    title: "Réponse téléphonique et suivi des demandes",
    summary: "Les clients qui appellent parlent à une vraie personne, qui prend le temps de régler leur demande.",
    tasks:
      "répondre au téléphone et aux courriels, noter les demandes, faire les suivis et rappeler les clients avec une réponse claire.",
    skills: ["Communication téléphonique", "Suivi rigoureux", "Courriel"],
    demand: "seated",
    liftKg: 0,
    schedules: ["weekdayMornings", "tueThu", "monWedFriMornings"],
    pay: 1800,
  },
  {
    title: "Renfort pour la période des Fêtes",
    summary:
      "Même au cœur du rush des Fêtes, les clients sont servis avec patience et repartent avec des cadeaux bien emballés.",
    tasks:
      "prêter main-forte à la caisse, emballer les cadeaux, conseiller les clients pressés et garder les tablettes bien garnies.",
    skills: ["Caisse", "Emballage-cadeau", "Patience"],
    demand: "standing",
    liftKg: 8,
    schedules: ["thuToSun", "weekends", "lateWeekEvenings"],
    months: HOLIDAY_SEASON,
    pay: 1750,
    sectors: ["retail", "food", "culture", "sports-leisure"],
  },
  {
    title: "Parrainage des nouvelles personnes de l'équipe",
    summary:
      "Les clients sont aussi bien servis par les nouveaux venus que par les habitués, parce que le savoir-faire se transmet.",
    tasks:
      "accompagner les personnes nouvellement embauchées pendant leurs premiers quarts, partager vos trucs pour désamorcer une situation délicate et faire un retour bienveillant chaque semaine.",
    skills: ["Mentorat", "Transmission du savoir", "Bienveillance"],
    demand: "mixed",
    liftKg: 0,
    schedules: ["tueThu", "weekdayAfternoons"],
    pay: 2200,
  },
  {
    title: "Remplacements à l'accueil, fins de semaine",
    summary: "Le service reste aussi chaleureux le samedi que le mardi.",
    tasks:
      "assurer l'accueil et le service lors des absences de l'équipe régulière, selon un calendrier établi un mois à l'avance.",
    skills: ["Polyvalence", "Accueil", "Fiabilité"],
    demand: "mixed",
    liftKg: 5,
    schedules: ["weekends", "saturdays"],
    pay: 1800,
  },
  {
    title: "Accueil des groupes et visites sur réservation",
    summary: "Les groupes (clubs, écoles, autocars) vivent une visite bien organisée, du stationnement au départ.",
    tasks:
      "confirmer les réservations, accueillir les groupes, les guider selon le programme prévu et répondre aux questions.",
    skills: ["Accueil de groupes", "Organisation", "Prise de parole"],
    demand: "standing",
    liftKg: 0,
    schedules: ["weekdayMornings", "midweekAfternoons"],
    pay: 1900,
    sectors: ["culture", "tourism", "food", "hospitality"],
  },
  {
    title: "Caisse et conseils au comptoir",
    summary: "Le passage à la caisse devient un moment agréable, avec un bon conseil en prime.",
    tasks:
      "encaisser les achats, répondre aux questions sur les produits, gérer les retours avec courtoisie et garder le comptoir en ordre.",
    skills: ["Caisse", "Connaissance des produits", "Courtoisie"],
    demand: "standing",
    liftKg: 5,
    schedules: ["thuToSun", "weekdayAfternoons", "weekends"],
    pay: 1700,
    sectors: ["retail", "food", "health", "sports-leisure"],
  },
  {
    title: "Accueil bilingue de la clientèle de passage",
    summary:
      "Les visiteurs d'ailleurs se sentent bienvenus dans la langue qui leur est la plus facile, tout en goûtant au français d'ici.",
    tasks:
      "accueillir et renseigner la clientèle anglophone et francophone, traduire au besoin affiches et menus, et partager vos bonnes adresses.",
    skills: ["Anglais parlé", "Accueil touristique", "Connaissance de la région"],
    demand: "mixed",
    liftKg: 3,
    schedules: ["friToSun", "weekends"],
    months: MAY_TO_OCTOBER,
    pay: 1900,
    englishRequired: true,
    sectors: ["tourism", "hospitality"],
  },
  {
    title: "Fiches-conseils et infolettre pour la clientèle",
    summary:
      "Les clients trouvent des conseils clairs, écrits dans leurs mots, en magasin comme dans leur boîte courriel.",
    tasks:
      "rédiger des fiches-conseils, préparer l'infolettre mensuelle et mettre à jour les affichettes en magasin avec l'équipe.",
    skills: ["Rédaction", "Vulgarisation", "Outils bureautiques"],
    demand: "seated",
    liftKg: 0,
    schedules: ["tueThu", "weekdayMornings"],
    pay: 2100,
    sectors: ["retail", "health", "culture", "finance", "sports-leisure"],
  },
  {
    title: "Causeries et ateliers pour la clientèle",
    summary: "Les clients apprennent quelque chose d'utile, en bonne compagnie, dans un lieu qu'ils aiment déjà.",
    tasks:
      "préparer et animer des causeries d'une heure sur un sujet que vous maîtrisez, en lien avec nos produits ou nos services.",
    skills: ["Prise de parole", "Animation", "Vulgarisation"],
    demand: "seated",
    liftKg: 0,
    schedules: ["weekdayEvenings", "midweekAfternoons"],
    pay: 2300,
    sectors: ["culture", "community", "finance", "health", "retail"],
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;
const CLOSES_AFTER_DAYS = 45;

/** "de Martin", but "d'Hélène" */
const ofName = (name: string) => (/^[aeiouyhàâéèêîôû]/i.test(name) ? `d'${name}` : `de ${name}`);

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const roundToQuarterDollar = (cents: number) => Math.round(cents / 25) * 25;

/** Employer 0 gets 8 missions, then 7, 6, 5, 8, … (182 in all for 28 employers). */
const missionCount = (employerIndex: number) => 8 - (employerIndex % 4);

/** About 8 closed and 5 drafts in all, at fixed positions so every run agrees. */
function statusFor(globalIndex: number): MissionStatus {
  if (globalIndex % 23 === 6) return "closed";
  if (globalIndex % 37 === 7) return "draft";
  return "published";
}

function templatesFor(employer: EmployerSeed, employerIndex: number, rng: Rng): MissionTemplate[] {
  const generic = GENERIC.filter((g) => !g.sectors || g.sectors.includes(employer.sector));
  return [...SPECIFIC[employer.kind], ...rng.shuffle(generic)].slice(0, missionCount(employerIndex));
}

function hoursFor(scheduleMask: number, rng: Rng): [number, number] {
  const cap = countBits(scheduleMask) * 4;
  const max = cap < 6 ? 4 : clamp(rng.int(Math.ceil(cap / 2), cap), 6, 30);
  const min = clamp(max - rng.int(2, 8), 4, max);
  return [min, max];
}

function payFor(base: number, rng: Rng): [number, number] {
  const min = clamp(roundToQuarterDollar(base + rng.int(-75, 150)), 1650, 2700);
  return [min, Math.min(2800, min + rng.pick([0, 100, 150, 250, 400]))];
}

function languagesFor(employer: EmployerSeed, template: MissionTemplate, rng: Rng) {
  const languages: { code: string; required: boolean }[] = [{ code: "fr", required: true }];
  if (template.englishRequired || employer.english === "required") languages.push({ code: "en", required: true });
  else if (employer.english === "often") languages.push({ code: "en", required: rng.chance(0.3) });
  else if (rng.chance(0.5)) languages.push({ code: "en", required: false });
  if ((employer.sector === "tourism" || employer.sector === "hospitality") && rng.chance(0.3)) {
    languages.push({ code: "es", required: false });
  }
  return languages;
}

function trainingFor(employer: EmployerSeed, rng: Rng): string {
  const firstDays = employer.commitments.includes("training")
    ? `Formation payée de ${rng.pick(["deux", "trois", "quatre"])} demi-journées avant le premier quart, puis au besoin.`
    : "Présentation des lieux et de l'équipe pendant un premier quart rémunéré, en binôme.";
  return employer.commitments.includes("mentoring")
    ? `${firstDays} Une personne marraine répond à vos questions tout au long du premier mois.`
    : firstDays;
}

function descriptionFor(employer: EmployerSeed, template: MissionTemplate): string {
  const schedule = employer.commitments.includes("flexible-hours")
    ? "L'horaire se bâtit avec vous : on s'ajuste à vos disponibilités et à vos absences prévues."
    : "L'horaire est établi un mois à l'avance.";
  return [
    `Votre mission : ${template.tasks}`,
    `Vous travaillerez aux côtés ${ofName(employer.ownerName)} et d'une équipe qui compte sur votre expérience. ${schedule}`,
  ].join("\n\n");
}

/** All demo missions, in employer order, with dates relative to `now`. */
export function buildMissions(now: Date): MissionSeed[] {
  const missions: MissionSeed[] = [];
  employers.forEach((employer, employerIndex) => {
    const rng = rngFor(`missions:${employer.slug}`);
    for (const template of templatesFor(employer, employerIndex, rng)) {
      const index = missions.length;
      const status = statusFor(index);
      const scheduleMask = SCHEDULES[rng.pick(template.schedules)];
      const [hoursPerWeekMin, hoursPerWeekMax] = hoursFor(scheduleMask, rng);
      const [payMinCents, payMaxCents] = payFor(template.pay, rng);
      const ageDays = status === "closed" ? rng.int(50, 90) : rng.int(0, 40);
      const publishedAt = new Date(now.getTime() - ageDays * DAY_MS - rng.int(1, 10) * HOUR_MS);
      missions.push({
        id: missionId(index),
        employerId: employerId(employer.slug),
        title: template.title,
        summary: template.summary,
        description: descriptionFor(employer, template),
        sector: employer.sector,
        scheduleMask,
        hoursPerWeekMin,
        hoursPerWeekMax,
        monthsMask: template.months ?? ALL_YEAR,
        payMinCents,
        payMaxCents,
        address: employer.address,
        town: employer.town,
        postalCode: employer.postalCode,
        latitude: employer.latitude,
        longitude: employer.longitude,
        transit: employer.transit,
        parking: employer.parking,
        stepFreeAccess: employer.stepFreeAccess,
        training: trainingFor(employer, rng),
        physicalDemand: template.demand,
        liftingKg: template.liftKg,
        languages: JSON.stringify(languagesFor(employer, template, rng)),
        skills: JSON.stringify(template.skills),
        status,
        publishedAt: status === "draft" ? null : publishedAt,
        closesAt: status === "draft" ? null : new Date(publishedAt.getTime() + CLOSES_AFTER_DAYS * DAY_MS),
        createdAt:
          status === "draft"
            ? new Date(now.getTime() - rng.int(1, 10) * DAY_MS)
            : new Date(publishedAt.getTime() - DAY_MS),
      });
    }
  });
  return missions;
}
