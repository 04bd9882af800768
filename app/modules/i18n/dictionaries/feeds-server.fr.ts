// French: the texts of the feeds (app/modules/missions/feeds.server.ts), the careers widget
// (routes/($lang).employers.$slug_.widget.tsx) and the dashboard's snippet section (given to it as loader data). Server only,
// so not registered in fr.ts: every page's browser bundle carries fr.ts (decision 0028's budget). Read by
// app/modules/missions/feed-texts.server.ts. English mirrors it in feeds-server.en.ts.
export const feedsServerFr = {
  searchTitle: "Missions Chevronné",
  searchTitleFiltered: "Missions Chevronné : {search}",
  searchDescription: "Les nouvelles missions de cette recherche, les plus récentes d’abord.",
  withinKm: "à {km} km",
  employerTitle: "Missions ouvertes chez {name} · Chevronné",
  employerDescription: "Les missions que {name} propose en ce moment sur Chevronné.",
  entryPlace: "Lieu : {town}",
  entryEmployer: "Employeur : {name}",
  linkTitle: "Fil Atom de cette page",
  widget: {
    title: "Missions chez {name}",
    none: "Aucune mission ouverte pour le moment.",
    place: "Lieu : {town}",
    hours: "{min} à {max} heures par semaine",
    seeAll: "Toutes nos missions sur Chevronné",
    opensElsewhere: "(s’ouvre dans un nouvel onglet)",
  },
  frameTitle: "Missions chez {name} sur Chevronné",
  snippet: {
    title: "Vos missions sur votre propre site web",
    intro:
      "Vous pouvez afficher vos missions ouvertes sur le site web de votre organisation. Copiez le code ci-dessous et donnez-le à la personne qui s’occupe de votre site : il affiche la liste à jour de vos missions, et chacune mène à sa page sur Chevronné.",
    label: "Code à copier",
    howToCopy: "Un clic dans le champ sélectionne tout le code. Copiez-le ensuite avec Ctrl+C (ou Cmd+C sur un Mac).",
    copy: "Copier le code",
    copied: "Code copié.",
    preview: "Voir ce que la liste affiche",
  },
};
