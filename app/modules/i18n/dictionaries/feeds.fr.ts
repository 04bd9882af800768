// French: the feeds of a search and of an organisation's open missions (app/modules/missions/feeds.server.ts), the
// links that lead to them, and the careers widget an organisation puts on its own site (routes/employers.$slug_.widget.tsx,
// the dashboard's snippet). English mirrors it in feeds.en.ts.
export const feedsFr = {
  searchTitle: "Missions Chevronné",
  searchTitleFiltered: "Missions Chevronné : {search}",
  searchDescription: "Les nouvelles missions de cette recherche, les plus récentes d’abord.",
  withinKm: "à {km} km",
  employerTitle: "Missions ouvertes chez {name} · Chevronné",
  employerDescription: "Les missions que {name} propose en ce moment sur Chevronné.",
  entryPlace: "Lieu : {town}",
  entryEmployer: "Employeur : {name}",
  linkTitle: "Fil Atom de cette page",
  followSearch: "Suivre cette recherche par fil RSS/Atom",
  followEmployer: "Suivre les missions de cet employeur par fil RSS/Atom",
  followHint: "Copiez ce lien dans votre lecteur de fils : les nouvelles missions s’y afficheront, sans compte à créer.",
  widget: {
    title: "Missions chez {name}",
    none: "Aucune mission ouverte pour le moment.",
    place: "Lieu : {town}",
    hours: "{min} à {max} heures par semaine",
    seeAll: "Toutes nos missions sur Chevronné",
    opensElsewhere: "(s’ouvre dans un nouvel onglet)",
  },
  snippet: {
    title: "Vos missions sur votre propre site web",
    intro:
      "Vous pouvez afficher vos missions ouvertes sur le site web de votre organisation. Copiez le code ci-dessous et donnez-le à la personne qui s’occupe de votre site : il affiche la liste à jour de vos missions, et chacune mène à sa page sur Chevronné.",
    label: "Code à copier",
    howToCopy: "Un clic dans le champ sélectionne tout le code. Copiez-le ensuite avec Ctrl+C (ou Cmd+C sur un Mac).",
    copy: "Copier le code",
    copied: "Code copié.",
    preview: "Voir ce que la liste affiche",
    frameTitle: "Missions chez {name} sur Chevronné",
  },
};
