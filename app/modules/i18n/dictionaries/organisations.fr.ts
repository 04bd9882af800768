// French: belonging to several organisations, choosing the one to work in (the header's switch), and the page of a
// recruiter removed from a team (app/modules/auth/organisation-choice.server.ts). English mirrors it in
// organisations.en.ts.
export const organisationsFr = {
  switchLabel: "Organisation",
  switchButton: "Changer d’organisation",
  removedTitle: "Vous ne faites plus partie de l’équipe de {name}",
  removedBody:
    "L’organisation {name} vous a retiré de son équipe. Ses missions, ses candidatures et ses entrevues ne vous sont plus accessibles. Si c’est une erreur, écrivez à la personne responsable de son compte.",
  removedOthers: "Vous faites toujours partie d’une autre équipe :",
  goTo: "Aller à l’équipe de {name}",
  removedNoOther: "Vous ne faites partie d’aucune autre équipe. Votre compte reste ouvert.",
  home: "Retour à l’accueil",
};
