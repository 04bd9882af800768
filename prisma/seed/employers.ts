// Demo employers: fictional organisations in real Québec towns, written in Québec French.

export type Sector =
  "retail" | "culture" | "tourism" | "finance" | "health" | "food" | "sports-leisure" | "community" | "hospitality";

export type Commitment = "flexible-hours" | "seated-options" | "training" | "mentoring" | "benefits";

export type EmployerKind =
  | "bookshop"
  | "cinema"
  | "museum"
  | "hotel"
  | "hardware"
  | "credit-union"
  | "garden-centre"
  | "pharmacy"
  | "tourist-office"
  | "ski-centre"
  | "fine-grocery"
  | "theatre"
  | "library"
  | "cheese-dairy"
  | "bakery"
  | "bike-shop"
  | "golf-club"
  | "music-shop"
  | "art-gallery"
  | "food-bank"
  | "zoo"
  | "railway-heritage"
  | "sugar-shack"
  | "public-market"
  | "outfitter"
  | "optician"
  | "marine-centre"
  | "community-centre";

/** How much English the customers of this place call for. */
export type EnglishNeed = "required" | "often" | "sometimes";

export interface EmployerSeed {
  slug: string;
  name: string;
  kind: EmployerKind;
  sector: Sector;
  /** the person who runs the place and owns its account */
  ownerName: string;
  purpose: string;
  values: string;
  customerExpectations: string;
  whyExperience: string;
  commitments: Commitment[];
  website?: string;
  address: string;
  town: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  /** copied onto each mission */
  transit: string;
  parking: string;
  stepFreeAccess: boolean;
  english: EnglishNeed;
}

/** The first employer is the demo employer's organisation. */
export const employers: EmployerSeed[] = [
  {
    slug: "librairie-la-page-cornee",
    name: "Librairie La Page cornée",
    kind: "bookshop",
    sector: "retail",
    ownerName: "Hélène Marchand",
    purpose:
      "Une librairie de quartier existe pour que chacun trouve le livre qui lui fera du bien, même sans savoir le nommer. Sur le Plateau, on vient chez nous pour jaser de lectures, commander l'introuvable et repartir avec une suggestion qu'aucun algorithme n'aurait faite.",
    values: "Le goût de lire avant le chiffre d'affaires, l'écoute, la fidélité aux maisons d'édition d'ici.",
    customerExpectations:
      "Nos clients veulent un conseil sincère, quelqu'un qui se souvient de ce qu'ils ont aimé la dernière fois et qui ose leur proposer autre chose.",
    whyExperience:
      "Des décennies de lectures, ça ne s'improvise pas. Les personnes qui ont beaucoup lu et beaucoup vécu savent cerner un lecteur en deux questions, et nos clients le sentent tout de suite.",
    commitments: ["flexible-hours", "seated-options", "training", "mentoring"],
    website: "https://lapagecornee.example",
    address: "4215, rue Saint-Denis",
    town: "Montréal",
    postalCode: "H2J 2K8",
    latitude: 45.5236,
    longitude: -73.5817,
    transit: "Métro Mont-Royal à 5 minutes à pied; autobus 30 devant la porte.",
    parking: "Stationnement payant dans les rues transversales.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "cine-club-etoile-du-mile-end",
    name: "Ciné-club L'Étoile du Mile End",
    kind: "cinema",
    sector: "culture",
    ownerName: "Mathieu Lacasse",
    purpose:
      "Nous gardons vivant le plaisir de voir un film ensemble, dans une vraie salle, puis d'en parler en sortant. Notre petite salle de répertoire fait découvrir aux gens du quartier des classiques, du cinéma d'ici et des films du monde qu'ils ne verraient nulle part ailleurs.",
    values: "La curiosité, l'accessibilité (des billets à prix doux) et la convivialité d'un salon de quartier.",
    customerExpectations:
      "Un accueil chaleureux, des séances qui commencent à l'heure et quelqu'un qui peut raconter pourquoi ce film-là vaut le détour.",
    whyExperience:
      "Nos spectateurs adorent qu'on leur parle d'un film qu'on a vu à sa sortie en salle. La mémoire du cinéma, c'est exactement ce que notre public vient chercher.",
    commitments: ["flexible-hours", "training"],
    website: "https://etoilemileend.example",
    address: "5290, boulevard Saint-Laurent",
    town: "Montréal",
    postalCode: "H2T 1S1",
    latitude: 45.5242,
    longitude: -73.5985,
    transit: "Autobus 55 devant la salle; métro Laurier à 12 minutes à pied.",
    parking: "Aucun stationnement privé; places de rue le soir.",
    stepFreeAccess: false,
    english: "often",
  },
  {
    slug: "musee-des-metiers-d-autrefois",
    name: "Musée des Métiers d'autrefois",
    kind: "museum",
    sector: "culture",
    ownerName: "Geneviève Bédard",
    purpose:
      "Le musée raconte comment les gens d'ici gagnaient leur vie avant l'électricité : forgerons, tonneliers, tisserandes, cordonniers. Nous existons pour que ces savoir-faire ne tombent pas dans l'oubli et que les visiteurs repartent avec un respect nouveau pour le travail des mains.",
    values: "La transmission, la rigueur historique et le plaisir de raconter.",
    customerExpectations:
      "Des visites vivantes, des réponses précises aux questions pointues, et des démonstrations qui donnent envie d'essayer.",
    whyExperience:
      "Plusieurs de nos guides ont exercé un métier manuel toute leur vie. Leur parole a un poids que nul panneau explicatif ne remplace.",
    commitments: ["training", "mentoring", "seated-options"],
    website: "https://metiersdautrefois.example",
    address: "112, rue Saint-Pierre",
    town: "Québec",
    postalCode: "G1K 4A7",
    latitude: 46.8152,
    longitude: -71.2028,
    transit: "Autobus 1 et Écolobus, arrêt Place-Royale à 3 minutes.",
    parking: "Stationnement public du Vieux-Port à 400 m.",
    stepFreeAccess: true,
    english: "required",
  },
  {
    slug: "auberge-la-lanterne",
    name: "Auberge La Lanterne",
    kind: "hotel",
    sector: "hospitality",
    ownerName: "François Pelletier",
    purpose:
      "Une auberge de vingt chambres dans une maison du Vieux-Québec, pour que les voyageurs se sentent reçus comme chez des amis plutôt que comme un numéro de réservation. Nous voulons qu'ils découvrent la ville avec les conseils de gens qui la connaissent par cœur.",
    values: "L'hospitalité sans chichi, la discrétion et l'amour du quartier.",
    customerExpectations:
      "Un accueil attentionné à toute heure, des recommandations personnalisées et des problèmes réglés avant même qu'ils deviennent des plaintes.",
    whyExperience:
      "Nos clients reviennent pour les personnes derrière le comptoir. Le calme, le tact et les bonnes adresses accumulées au fil des ans font toute la différence.",
    commitments: ["flexible-hours", "benefits", "training"],
    website: "https://aubergelalanterne.example",
    address: "27, rue Sainte-Ursule",
    town: "Québec",
    postalCode: "G1R 4C9",
    latitude: 46.8109,
    longitude: -71.2112,
    transit: "Autobus 3 et 11, arrêt Porte Saint-Jean à 5 minutes.",
    parking: "Deux places réservées au personnel dans la cour arrière.",
    stepFreeAccess: false,
    english: "required",
  },
  {
    slug: "quincaillerie-fortier-et-fils",
    name: "Quincaillerie Fortier et fils",
    kind: "hardware",
    sector: "retail",
    ownerName: "Martin Fortier",
    purpose:
      "Depuis trois générations, on aide le monde de Drummondville à réparer plutôt qu'à jeter. Une quincaillerie de quartier, c'est l'endroit où l'on repart avec la bonne vis, mais surtout avec la bonne façon de s'en servir.",
    values: "Le conseil honnête (même quand il coûte une vente), la débrouillardise et le service de proximité.",
    customerExpectations:
      "Des gens qui connaissent vraiment la rénovation, qui expliquent sans faire sentir le client niaiseux, et qui ne poussent pas le produit le plus cher.",
    whyExperience:
      "Un menuisier ou un électricien qui a fait carrière dans le bâtiment règle en cinq minutes un problème qui bloque un client depuis des semaines. C'est ça, notre valeur ajoutée.",
    commitments: ["flexible-hours", "benefits", "mentoring"],
    address: "310, rue Lindsay",
    town: "Drummondville",
    postalCode: "J2B 1G5",
    latitude: 45.8838,
    longitude: -72.4842,
    transit: "Autobus urbain, ligne 1, arrêt Lindsay.",
    parking: "Grand stationnement gratuit derrière le magasin.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "caisse-solidaire-du-cap",
    name: "Caisse solidaire du Cap",
    kind: "credit-union",
    sector: "finance",
    ownerName: "Nathalie Béland",
    purpose:
      "Une coopérative financière appartient à ses membres : notre rôle est de les aider à prendre de bonnes décisions d'argent, pas de leur vendre des produits. Dans le secteur du Cap-de-la-Madeleine, nous voulons que personne ne se sente perdu devant un guichet, une application ou un formulaire d'impôt.",
    values: "La coopération, la transparence et le respect du rythme de chacun.",
    customerExpectations:
      "Nos membres veulent être reconnus, écoutés et accompagnés pas à pas, surtout devant les outils numériques et les fraudes qui se multiplient.",
    whyExperience:
      "Les membres font confiance à quelqu'un qui a vu passer bien des situations financières. La patience et le jugement que donne une longue carrière sont précieux au comptoir.",
    commitments: ["seated-options", "training", "benefits", "flexible-hours"],
    website: "https://caissesolidaireducap.example",
    address: "155, rue Fusey",
    town: "Trois-Rivières",
    postalCode: "G8T 2V8",
    latitude: 46.3705,
    longitude: -72.5195,
    transit: "Autobus 2 de la STTR, arrêt Fusey–Notre-Dame.",
    parking: "Stationnement gratuit pour le personnel.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "centre-jardin-les-quatre-saisons",
    name: "Centre jardin Les Quatre Saisons",
    kind: "garden-centre",
    sector: "retail",
    ownerName: "Sylvain Charron",
    purpose:
      "Nous aidons les Lavallois à faire pousser quelque chose de beau, que ce soit sur un balcon ou dans une grande cour. Un bon conseil au bon moment, c'est la différence entre une plate-bande qui meurt en juillet et un jardin qui revient chaque printemps.",
    values: "Le respect du vivant, le conseil de saison et les plantes adaptées à notre climat.",
    customerExpectations:
      "Les clients veulent savoir quoi planter, où et quand, avec des réponses claires et des plantes en santé.",
    whyExperience:
      "Le jardinage s'apprend en se trompant pendant des années. Nos conseillers d'expérience ont déjà commis toutes les erreurs, et savent les éviter aux autres.",
    commitments: ["flexible-hours", "training"],
    website: "https://quatresaisons-jardin.example",
    address: "1850, boulevard Sainte-Rose",
    town: "Laval",
    postalCode: "H7L 1M1",
    latitude: 45.6105,
    longitude: -73.779,
    transit: "Autobus 73 de la STL, arrêt devant l'entrée; gare Sainte-Rose à 10 minutes.",
    parking: "Stationnement gratuit sur place.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "pharmacie-lemieux-et-paradis",
    name: "Pharmacie Lemieux et Paradis",
    kind: "pharmacy",
    sector: "health",
    ownerName: "Isabelle Paradis",
    purpose:
      "Une pharmacie de quartier est souvent le premier endroit où l'on demande de l'aide pour sa santé. Nous voulons que chaque patient du Vieux-Lévis reparte rassuré, bien informé et avec ses médicaments à temps, même s'il ne peut pas se déplacer.",
    values: "La confidentialité, la bienveillance et la rigueur.",
    customerExpectations:
      "Les patients attendent de la discrétion, des explications simples et un suivi fiable de leurs ordonnances.",
    whyExperience:
      "Plusieurs de nos patients vivent des moments difficiles. Une personne qui a l'habitude d'écouter et de garder son calme rend le passage au comptoir bien plus doux.",
    commitments: ["training", "benefits", "seated-options"],
    website: "https://pharmacielemieuxparadis.example",
    address: "5880, rue Saint-Georges",
    town: "Lévis",
    postalCode: "G6V 4M7",
    latitude: 46.8035,
    longitude: -71.178,
    transit: "Autobus 11 de la STLévis; traversier Québec-Lévis à 15 minutes à pied.",
    parking: "Stationnement gratuit de 20 places.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "maison-d-accueil-touristique-du-bas-saint-laurent",
    name: "Maison d'accueil touristique du Bas-Saint-Laurent",
    kind: "tourist-office",
    sector: "tourism",
    ownerName: "Caroline Dionne",
    purpose:
      "Nous sommes la porte d'entrée de la région pour les voyageurs qui filent vers la Gaspésie. Notre raison d'être : leur donner envie de s'arrêter, de prendre le temps de regarder le fleuve et de dépenser chez nos commerçants plutôt que de passer tout droit.",
    values: "La fierté régionale, l'accueil généreux et l'information juste.",
    customerExpectations:
      "Les voyageurs veulent des idées concrètes, des horaires à jour et des coups de cœur personnels, en français comme en anglais.",
    whyExperience:
      "Personne ne vend mieux une région que quelqu'un qui l'a parcourue toute sa vie. Nos conseillers connaissent les couchers de soleil, les bons casse-croûte et les chemins de traverse.",
    commitments: ["flexible-hours", "training", "seated-options"],
    website: "https://accueilbasstlaurent.example",
    address: "189, boulevard de l'Hôtel-de-Ville",
    town: "Rivière-du-Loup",
    postalCode: "G5R 4N5",
    latitude: 47.8292,
    longitude: -69.5357,
    transit: "Autobus interurbain, arrêt au terminus à 600 m.",
    parking: "Stationnement gratuit, y compris pour les autocaravanes.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "centre-de-ski-les-pentes-du-nord",
    name: "Centre de ski Les Pentes du Nord",
    kind: "ski-centre",
    sector: "sports-leisure",
    ownerName: "Patrick Renaud",
    purpose:
      "Nous voulons que les familles des Laurentides et de Montréal vivent l'hiver dehors plutôt que de le subir. Une montagne à taille humaine, où l'on apprend à skier en sécurité et où l'on revient de génération en génération.",
    values: "La sécurité, l'esprit de famille et le plaisir de l'hiver.",
    customerExpectations:
      "Des files qui avancent, de l'équipement bien ajusté, des pistes sécuritaires et du personnel souriant même par moins vingt.",
    whyExperience:
      "Beaucoup de nos skieurs les plus fidèles ont appris ici. Ceux qui skient depuis longtemps savent rassurer un débutant et repérer un danger avant qu'il arrive.",
    commitments: ["flexible-hours", "benefits", "training"],
    website: "https://pentesdunord.example",
    address: "350, chemin du Lac-Millette",
    town: "Saint-Sauveur",
    postalCode: "J0R 1R3",
    latitude: 45.8885,
    longitude: -74.165,
    transit: "Navette locale depuis le noyau villageois les fins de semaine.",
    parking: "Stationnement réservé au personnel près du chalet.",
    stepFreeAccess: false,
    english: "often",
  },
  {
    slug: "epicerie-fine-brome-et-cie",
    name: "Épicerie fine Brome et Cie",
    kind: "fine-grocery",
    sector: "food",
    ownerName: "Julie Whitcomb",
    purpose:
      "Nous faisons le pont entre les producteurs des Cantons-de-l'Est et les gens qui aiment bien manger. Chaque fromage, chaque terrine et chaque pot de confiture a une histoire, et notre travail est de la raconter pour que les clients achètent local en connaissance de cause.",
    values: "L'achat local, la qualité et la générosité des dégustations.",
    customerExpectations:
      "Des conseils gourmands, des accords qui fonctionnent et un service bilingue, à l'image du village.",
    whyExperience:
      "Savoir recevoir, c'est un art qui se peaufine avec les années. Nos clients adorent se faire conseiller par quelqu'un qui a cuisiné pour bien du monde.",
    commitments: ["flexible-hours", "mentoring"],
    website: "https://bromeetcie.example",
    address: "88, chemin de Knowlton",
    town: "Lac-Brome",
    postalCode: "J0E 1V0",
    latitude: 45.2172,
    longitude: -72.5142,
    transit: "Peu de transport en commun; covoiturage organisé entre collègues.",
    parking: "Stationnement gratuit derrière l'épicerie.",
    stepFreeAccess: true,
    english: "required",
  },
  {
    slug: "theatre-d-ete-des-pays-d-en-haut",
    name: "Théâtre d'été des Pays-d'en-Haut",
    kind: "theatre",
    sector: "culture",
    ownerName: "Denise Charbonneau",
    purpose:
      "Depuis des décennies, notre théâtre d'été fait rire et réfléchir les vacanciers et les gens de la région. Nous existons pour que le théâtre reste une sortie accessible, conviviale, qu'on partage entre amis par un beau soir de juillet.",
    values: "L'accueil du public, la création d'ici et le plaisir partagé.",
    customerExpectations:
      "Le public veut une soirée sans accroc : billets en règle, places bien indiquées, entracte efficace et sourire à la porte.",
    whyExperience:
      "Une partie de notre public vient chaque été depuis longtemps. Il apprécie d'être accueilli par des gens posés, qui savent gérer une salle pleine avec aplomb.",
    commitments: ["flexible-hours", "seated-options"],
    website: "https://theatrepaysdenhaut.example",
    address: "1200, boulevard de Sainte-Adèle",
    town: "Sainte-Adèle",
    postalCode: "J8B 2N6",
    latitude: 45.9507,
    longitude: -74.1345,
    transit: "Autobus interurbain Laurentides, arrêt Sainte-Adèle centre.",
    parking: "Grand stationnement gratuit partagé avec le public.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "bibliotheque-du-vieux-hull",
    name: "Bibliothèque de quartier du Vieux-Hull",
    kind: "library",
    sector: "culture",
    ownerName: "Sophie Lalonde",
    purpose:
      "Une bibliothèque publique, c'est un des derniers lieux où tout le monde est bienvenu sans rien acheter. Nous aidons les gens du Vieux-Hull à lire, à s'informer, à apprivoiser le numérique et à briser l'isolement.",
    values: "L'accès pour tous, l'inclusion et la curiosité.",
    customerExpectations:
      "Les usagers veulent de l'aide patiente, sans jugement, que ce soit pour trouver un roman, remplir un formulaire en ligne ou pratiquer leur français.",
    whyExperience:
      "Expliquer sans infantiliser, ça demande de l'expérience. Nos usagers se confient plus facilement à des personnes qui ont vu bien des choses.",
    commitments: ["seated-options", "training", "benefits"],
    address: "25, rue Laurier",
    town: "Gatineau",
    postalCode: "J8X 3W7",
    latitude: 45.4282,
    longitude: -75.7139,
    transit: "Rapibus et autobus 21 et 33 de la STO à 2 minutes.",
    parking: "Stationnement municipal payant à proximité.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "fromagerie-du-rang-des-erables",
    name: "Fromagerie du Rang des Érables",
    kind: "cheese-dairy",
    sector: "food",
    ownerName: "Luc Gosselin",
    purpose:
      "Nous transformons le lait de six fermes voisines en fromages qui goûtent le pays des Bois-Francs. La fromagerie existe aussi pour garder un lien entre les gens de la ville et ceux qui nourrissent la région.",
    values: "Le travail bien fait, le respect des producteurs laitiers et l'accueil à la bonne franquette.",
    customerExpectations:
      "Du fromage en grains qui fait « couic », des dégustations généreuses et des explications sur ce qu'on mange.",
    whyExperience:
      "Nos clients aiment parler à quelqu'un qui connaît la terre et le commerce. Le sens du service d'une longue carrière se remarque au comptoir.",
    commitments: ["flexible-hours", "mentoring"],
    website: "https://fromagerieranderables.example",
    address: "4560, rang des Érables",
    town: "Victoriaville",
    postalCode: "G6P 6S3",
    latitude: 46.0622,
    longitude: -71.9548,
    transit: "Pas de transport en commun; covoiturage possible avec l'équipe.",
    parking: "Stationnement gratuit sur place.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "boulangerie-la-mie-du-fleuve",
    name: "Boulangerie La Mie du Fleuve",
    kind: "bakery",
    sector: "food",
    ownerName: "Émilie Ross",
    purpose:
      "Du vrai pain au levain, cuit chaque matin à deux pas du fleuve, pour les gens de Rimouski qui tiennent à bien manger. Notre boulangerie est aussi un lieu de rencontre : on y vient autant pour le pain que pour le bonjour.",
    values: "Le temps long de la fermentation, les farines du Québec et la chaleur humaine.",
    customerExpectations:
      "Du pain frais dès l'ouverture, des gâteaux conformes à la commande et un service qui connaît les habitudes des habitués.",
    whyExperience:
      "La boulangerie, c'est de la régularité et de la minutie. Les gens qui ont travaillé longtemps apportent une fiabilité que nos clients du matin remarquent.",
    commitments: ["mentoring", "training"],
    address: "140, rue Saint-Germain Est",
    town: "Rimouski",
    postalCode: "G5L 1A9",
    latitude: 48.4488,
    longitude: -68.5212,
    transit: "Autobus de la Société des transports de Rimouski à 200 m.",
    parking: "Stationnement municipal gratuit avant 9 h.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "velo-memphre",
    name: "Vélo Memphré",
    kind: "bike-shop",
    sector: "sports-leisure",
    ownerName: "Olivier Brault",
    purpose:
      "Nous aidons les gens à se déplacer et à se promener à vélo autour du lac Memphrémagog, peu importe leur forme. Réparer, louer, conseiller : notre raison d'être est qu'il y ait plus de monde en selle, en sécurité et avec le sourire.",
    values: "La réparation plutôt que le remplacement, la sécurité et le plaisir de rouler.",
    customerExpectations:
      "Des diagnostics honnêtes, des réparations faites quand promis et des conseils adaptés à la façon dont chacun roule.",
    whyExperience:
      "Un bon mécanicien ne s'invente pas, et bien des cyclistes aiment se faire conseiller par quelqu'un qui roule depuis longtemps dans la région.",
    commitments: ["flexible-hours", "training"],
    website: "https://velomemphre.example",
    address: "275, rue Principale Ouest",
    town: "Magog",
    postalCode: "J1X 2A7",
    latitude: 45.2658,
    longitude: -72.1487,
    transit: "Autobus local de Magog, arrêt Principale.",
    parking: "Stationnement public gratuit à côté de la boutique.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "club-de-golf-les-trois-ruisseaux",
    name: "Club de golf Les Trois Ruisseaux",
    kind: "golf-club",
    sector: "sports-leisure",
    ownerName: "Stéphane Lauzon",
    purpose:
      "Un parcours tracé dans la forêt laurentienne, où membres et visiteurs viennent décrocher pendant quelques heures. Nous voulons que chaque partie soit un moment de détente, bien organisé, dans le respect de la nature qui nous entoure.",
    values: "La courtoisie, le respect du parcours et l'accueil international.",
    customerExpectations:
      "Des départs à l'heure, un accueil bilingue et des conseils avisés sur le parcours et la région.",
    whyExperience:
      "Plusieurs de nos golfeurs fréquentent le club depuis longtemps. Ils apprécient des interlocuteurs qui connaissent le jeu, l'étiquette et l'art de désamorcer un irritant.",
    commitments: ["flexible-hours", "benefits"],
    website: "https://troisruisseaux-golf.example",
    address: "1550, chemin du Village",
    town: "Mont-Tremblant",
    postalCode: "J8E 1K4",
    latitude: 46.2025,
    longitude: -74.5796,
    transit: "Autobus local de Mont-Tremblant, arrêt Chemin du Village.",
    parking: "Stationnement du personnel sur place.",
    stepFreeAccess: true,
    english: "required",
  },
  {
    slug: "l-atelier-des-cordes",
    name: "L'Atelier des cordes",
    kind: "music-shop",
    sector: "retail",
    ownerName: "Richard Ducharme",
    purpose:
      "Nous mettons un instrument entre les mains de ceux qui rêvent de jouer, et nous gardons en bon état ceux qui jouent déjà. Dans une région aussi musicale que Lanaudière, une boutique où l'on peut essayer, réparer et apprendre est un service essentiel.",
    values: "La passion de la musique, le soin des instruments et les conseils sans snobisme.",
    customerExpectations:
      "Les musiciens veulent essayer avant d'acheter, comprendre ce qu'ils paient et être accompagnés après l'achat.",
    whyExperience:
      "Des années de musique, de scène ou d'enseignement, c'est exactement ce qu'il faut pour guider un client hésitant. L'oreille, ça se cultive longtemps.",
    commitments: ["flexible-hours", "seated-options", "mentoring"],
    website: "https://atelierdescordes.example",
    address: "520, rue Notre-Dame",
    town: "Joliette",
    postalCode: "J6E 3J1",
    latitude: 46.0218,
    longitude: -73.4405,
    transit: "Autobus urbain de Joliette, arrêt Notre-Dame; gare à 10 minutes.",
    parking: "Stationnement gratuit derrière la boutique.",
    stepFreeAccess: false,
    english: "sometimes",
  },
  {
    slug: "galerie-les-battures",
    name: "Galerie Les Battures",
    kind: "art-gallery",
    sector: "culture",
    ownerName: "Annie Simard",
    purpose:
      "Nous faisons connaître les peintres et sculpteurs de Charlevoix à ceux qui viennent les voir de partout. La galerie existe pour que les artistes vivent de leur art et que les visiteurs osent entrer, regarder longtemps et poser des questions.",
    values: "Le respect des artistes, l'ouverture et la générosité de la médiation.",
    customerExpectations:
      "Les visiteurs veulent se sentir libres de regarder sans pression, et les collectionneurs veulent un suivi impeccable.",
    whyExperience:
      "Parler d'art à un inconnu demande de l'assurance et de la culture. Les personnes qui ont du vécu le font avec naturel, et nos ventes s'en ressentent.",
    commitments: ["flexible-hours", "seated-options", "training"],
    website: "https://galerielesbattures.example",
    address: "36, rue Saint-Jean-Baptiste",
    town: "Baie-Saint-Paul",
    postalCode: "G3Z 1M3",
    latitude: 47.4423,
    longitude: -70.4992,
    transit: "Autobus régional de Charlevoix, arrêt centre-ville.",
    parking: "Stationnement municipal gratuit à 100 m.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "comptoir-alimentaire-de-la-riviere-du-nord",
    name: "Comptoir alimentaire de la Rivière-du-Nord",
    kind: "food-bank",
    sector: "community",
    ownerName: "Marie-Josée Lafleur",
    purpose:
      "Personne ne devrait avoir à choisir entre payer son loyer et bien manger. Nous distribuons chaque semaine des denrées à plus de 400 ménages de Saint-Jérôme, et nous le faisons dans la dignité, avec un accueil qui redonne confiance.",
    values: "La dignité, la solidarité et la lutte contre le gaspillage.",
    customerExpectations:
      "Les personnes que nous accueillons veulent être traitées avec respect, sans jugement, et repartir avec des aliments frais.",
    whyExperience:
      "Accueillir quelqu'un qui traverse une mauvaise passe demande du doigté. Celles et ceux qui ont beaucoup vécu savent trouver les mots justes.",
    commitments: ["flexible-hours", "seated-options", "mentoring"],
    address: "455, rue Saint-Georges",
    town: "Saint-Jérôme",
    postalCode: "J7Z 5A8",
    latitude: 45.7792,
    longitude: -74.0031,
    transit: "Gare de Saint-Jérôme (train exo) à 8 minutes à pied; plusieurs lignes d'autobus.",
    parking: "Stationnement gratuit dans la cour.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "parc-animalier-de-la-haute-yamaska",
    name: "Parc animalier de la Haute-Yamaska",
    kind: "zoo",
    sector: "tourism",
    ownerName: "Jean-François Ménard",
    purpose:
      "Nous faisons découvrir les animaux d'ici et d'ailleurs pour que les visiteurs aient envie de les protéger. Chaque journée au parc doit être à la fois une sortie réussie en famille et une petite leçon de respect de la nature.",
    values: "Le bien-être animal, l'éducation et l'émerveillement.",
    customerExpectations:
      "Les familles veulent une visite bien organisée, des réponses aux questions des enfants et un accueil patient même lors des grosses journées.",
    whyExperience:
      "Raconter un animal à un enfant, c'est un talent que bien des anciens enseignants, techniciens ou grands-parents ont déjà. Nos visiteurs en redemandent.",
    commitments: ["training", "benefits", "flexible-hours"],
    website: "https://parcanimalierhauteyamaska.example",
    address: "780, rue Denison Ouest",
    town: "Granby",
    postalCode: "J2G 4C8",
    latitude: 45.4035,
    longitude: -72.7468,
    transit: "Autobus urbain de Granby, ligne 2, arrêt à l'entrée l'été.",
    parking: "Stationnement du personnel gratuit.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "gare-patrimoniale-de-la-mauricie",
    name: "Gare patrimoniale de la Mauricie",
    kind: "railway-heritage",
    sector: "tourism",
    ownerName: "Pierre-Luc Gervais",
    purpose:
      "Nous préservons une gare de 1910 et ses locomotives pour raconter comment le chemin de fer a bâti la Mauricie industrielle. Le site existe pour que les familles comprennent d'où vient leur ville et que les passionnés voient ce patrimoine reprendre vie.",
    values: "La mémoire ouvrière, le partage des connaissances et la sécurité.",
    customerExpectations:
      "Des visites passionnantes, des réponses précises aux questions techniques et la chance de monter à bord.",
    whyExperience:
      "Nos meilleurs guides sont d'anciens cheminots, mécaniciens et enseignants. Leur savoir et leurs anecdotes sont l'âme du site.",
    commitments: ["training", "mentoring", "seated-options"],
    website: "https://garemauricie.example",
    address: "1800, avenue de la Station",
    town: "Shawinigan",
    postalCode: "G9N 1Z6",
    latitude: 46.5585,
    longitude: -72.7455,
    transit: "Autobus de la Régie de transport de Shawinigan, arrêt de la Station.",
    parking: "Stationnement gratuit sur le site.",
    stepFreeAccess: false,
    english: "sometimes",
  },
  {
    slug: "cabane-a-sucre-du-rang-saint-simon",
    name: "Cabane à sucre du Rang Saint-Simon",
    kind: "sugar-shack",
    sector: "hospitality",
    ownerName: "Réjeanne Bousquet",
    purpose:
      "Chaque printemps, nous ouvrons notre érablière pour que les familles, les écoles et les groupes vivent le temps des sucres comme avant. Le repas, la tire sur la neige et la visite de la cabane rappellent à tous d'où vient le sirop d'érable.",
    values: "La tradition, l'abondance et la fête.",
    customerExpectations:
      "Les groupes veulent un accueil festif, un service rapide à table et des explications sur la production du sirop.",
    whyExperience:
      "Le temps des sucres, bien des gens l'ont vécu toute leur vie. Ils savent le raconter, servir vite sans stresser et mettre l'ambiance.",
    commitments: ["flexible-hours", "benefits"],
    website: "https://cabanerangstsimon.example",
    address: "2650, rang Saint-Simon",
    town: "Saint-Hyacinthe",
    postalCode: "J2R 1T4",
    latitude: 45.6052,
    longitude: -72.9105,
    transit: "Pas de transport en commun; navette du personnel depuis le centre-ville les fins de semaine.",
    parking: "Stationnement gratuit sur le site.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "marche-public-du-vieux-longueuil",
    name: "Marché public du Vieux-Longueuil",
    kind: "public-market",
    sector: "food",
    ownerName: "Catherine Allard",
    purpose:
      "Le marché rapproche les maraîchers de la Montérégie et les gens de la ville, sans intermédiaire. Nous voulons que faire son marché redevienne un plaisir de la semaine, où l'on apprend à connaître ceux qui cultivent ce qu'on mange.",
    values: "Les circuits courts, la saisonnalité et l'esprit de village.",
    customerExpectations:
      "Les clients veulent des produits frais, des idées pour les cuisiner et une place animée où il fait bon flâner.",
    whyExperience:
      "Les gens d'expérience savent engager la conversation avec n'importe qui et ont souvent un savoir culinaire que nos clients s'arrachent.",
    commitments: ["flexible-hours", "training"],
    website: "https://marchevieuxlongueuil.example",
    address: "199, rue Saint-Charles Ouest",
    town: "Longueuil",
    postalCode: "J4H 1C9",
    latitude: 45.538,
    longitude: -73.5092,
    transit: "Métro Longueuil–Université-de-Sherbrooke puis autobus 8, arrêt Saint-Charles.",
    parking: "Stationnement municipal gratuit les fins de semaine.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "pourvoirie-du-lac-des-rapides",
    name: "Pourvoirie du Lac des Rapides",
    kind: "outfitter",
    sector: "tourism",
    ownerName: "Daniel Vigneault",
    purpose:
      "Nous offrons à ceux qui aiment le bois et l'eau un séjour de pêche ou de villégiature au nord de Sept-Îles, dans le respect du territoire. Notre raison d'être : faire découvrir la Côte-Nord sauvage, en sécurité, à ceux qui viennent de loin comme aux gens d'ici.",
    values: "Le respect du territoire, la sécurité en forêt et l'hospitalité nord-côtière.",
    customerExpectations:
      "Des réservations claires, des chalets prêts à l'arrivée et des conseils de pêche qui fonctionnent.",
    whyExperience:
      "Connaître la forêt, la météo et les lacs prend toute une vie. Nos clients font confiance à ceux qui ont de la bouteille.",
    commitments: ["flexible-hours", "benefits"],
    website: "https://pourvoirielacdesrapides.example",
    address: "410, avenue Brochu",
    town: "Sept-Îles",
    postalCode: "G4R 2W6",
    latitude: 50.2118,
    longitude: -66.3822,
    transit: "Autobus local de Sept-Îles pour le bureau en ville; transport fourni vers le site.",
    parking: "Stationnement gratuit au bureau et au poste d'accueil.",
    stepFreeAccess: false,
    english: "sometimes",
  },
  {
    slug: "lunetterie-tremblay-gauthier",
    name: "Lunetterie Tremblay-Gauthier",
    kind: "optician",
    sector: "health",
    ownerName: "Karine Gauthier",
    purpose:
      "Bien voir, c'est rester autonome : lire, conduire, reconnaître les visages. Nous aidons les gens de Chicoutimi à trouver des lunettes qui corrigent bien leur vue, qui sont confortables et dans lesquelles ils se trouvent beaux.",
    values: "La précision, le confort et le conseil honnête.",
    customerExpectations:
      "Les clients veulent du temps pour choisir, des ajustements rapides et un suivi sans devoir insister.",
    whyExperience:
      "Choisir une monture, c'est délicat. Une personne d'expérience sait dire les choses avec franchise et délicatesse, et nos clients l'apprécient.",
    commitments: ["seated-options", "training", "benefits"],
    address: "385, rue Racine Est",
    town: "Saguenay",
    postalCode: "G7H 1S8",
    latitude: 48.4276,
    longitude: -71.0619,
    transit: "Autobus de la STS, arrêt Racine–Bégin.",
    parking: "Stationnement payant sur rue; vignette remboursée au personnel.",
    stepFreeAccess: true,
    english: "sometimes",
  },
  {
    slug: "centre-marin-de-la-baie-de-gaspe",
    name: "Centre marin de la baie de Gaspé",
    kind: "marine-centre",
    sector: "tourism",
    ownerName: "Marc-Antoine Cassivi",
    purpose:
      "Nous faisons découvrir la vie marine du golfe Saint-Laurent à ceux qui viennent au bout de la péninsule. Le centre existe pour que chaque visiteur reparte en comprenant mieux la mer qui fait vivre la Gaspésie, et l'envie de la protéger.",
    values: "La science accessible, la protection du milieu marin et la fierté gaspésienne.",
    customerExpectations:
      "Les visiteurs veulent toucher, voir, comprendre, et être accueillis en français comme en anglais.",
    whyExperience:
      "Les anciens pêcheurs, biologistes ou enseignants de la région ont des histoires de mer que personne d'autre ne peut raconter. C'est ce qui rend nos visites mémorables.",
    commitments: ["training", "flexible-hours", "mentoring"],
    website: "https://centremaringaspe.example",
    address: "10, boulevard York Est",
    town: "Gaspé",
    postalCode: "G4X 2L1",
    latitude: 48.8306,
    longitude: -64.4858,
    transit: "Autobus régional de la Gaspésie, arrêt centre-ville à 300 m.",
    parking: "Stationnement gratuit face à la baie.",
    stepFreeAccess: true,
    english: "often",
  },
  {
    slug: "carrefour-d-entraide-de-l-estrie",
    name: "Carrefour d'entraide de l'Estrie",
    kind: "community-centre",
    sector: "community",
    ownerName: "Josée Pomerleau",
    purpose:
      "Nous aidons les Sherbrookois qui traversent une période difficile à retrouver leurs repères : impôts, transport aux rendez-vous, vêtements à petit prix, une oreille attentive. Le Carrefour existe pour que personne ne reste seul devant ses problèmes.",
    values: "L'entraide, le respect et l'autonomie des personnes.",
    customerExpectations:
      "Les personnes veulent être écoutées, orientées vers le bon service et accompagnées sans paperasse inutile.",
    whyExperience:
      "Ceux qui ont eu une longue carrière connaissent le système, savent remplir un formulaire et restent calmes devant la détresse. C'est une aide inestimable.",
    commitments: ["flexible-hours", "seated-options", "training", "mentoring"],
    address: "275, rue King Ouest",
    town: "Sherbrooke",
    postalCode: "J1H 1R2",
    latitude: 45.4008,
    longitude: -71.8951,
    transit: "Plusieurs lignes de la STS sur la rue King, arrêt devant l'immeuble.",
    parking: "Stationnement gratuit limité; stationnement municipal à 200 m.",
    stepFreeAccess: true,
    english: "sometimes",
  },
];
