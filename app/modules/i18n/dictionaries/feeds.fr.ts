// French: the links to the feeds, which pages show in the browser. The feeds', the widget's and the dashboard's
// snippet section's texts are server only (not in every page's bundle): feeds-server.fr.ts. English: feeds.en.ts.
export const feedsFr = {
  followSearch: "Suivre cette recherche par fil RSS/Atom",
  followEmployer: "Suivre les missions de cet employeur par fil RSS/Atom",
  followHint:
    "Copiez ce lien dans votre lecteur de fils : les nouvelles missions s’y afficheront, sans compte à créer.",
};
