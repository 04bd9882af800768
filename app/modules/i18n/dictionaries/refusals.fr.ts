// French: what a page says when the site refuses a request before doing anything (a form sent from another site,
// a form it cannot read). English mirrors it in refusals.en.ts. Each ends by saying what to do next.
export const refusalsFr = {
  home: "Retourner à l’accueil",
  crossSite: {
    title: "Demande refusée",
    body: "Ce formulaire ne venait pas d’une page de Chevronné, alors rien n’a été fait ni enregistré. Si vous étiez en train de remplir un formulaire sur Chevronné, ouvrez de nouveau la page et recommencez.",
  },
  badForm: {
    title: "Formulaire illisible",
    body: "Nous n’avons pas pu lire ce formulaire, alors rien n’a été enregistré. Ouvrez de nouveau la page et envoyez le formulaire depuis celle-ci.",
  },
  badEncoding: {
    title: "Caractères illisibles",
    body: "Ce formulaire contenait des caractères que nous ne pouvons pas lire, alors rien n’a été enregistré. Ouvrez de nouveau la page, retapez le texte au lieu de le coller, puis envoyez-le.",
  },
  wrongMethod: {
    title: "Action non prévue",
    body: "Cette page ne fait pas ce qui lui a été demandé, alors rien n’a été fait. Ouvrez-la de nouveau et utilisez ses boutons.",
  },
  tooLarge: {
    title: "Envoi trop volumineux",
    body: "Ce que vous avez envoyé dépasse ce que ce formulaire accepte, alors rien n’a été enregistré. Raccourcissez le texte ou choisissez un fichier plus petit, puis réessayez.",
  },
};
