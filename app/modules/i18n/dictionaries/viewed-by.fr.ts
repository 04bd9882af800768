// French: "who looked at my information", the candidate's account page section (app/components/viewed-by-section.tsx,
// app/modules/privacy/who-looked.server.ts). English mirrors it in viewed-by.en.ts.
export const viewedByFr = {
  title: "Qui a consulté vos renseignements",
  intro:
    "Chaque fois qu’un employeur ouvre votre candidature, télécharge votre CV ou voit votre profil parmi les personnes suggérées, nous le notons. Voici les organisations qui l’ont fait depuis 12 mois.",
  none: "Aucun employeur n’a consulté vos renseignements depuis 12 mois.",
  caption: "Organisations qui ont consulté vos renseignements, la plus récente d’abord",
  organisation: "Organisation",
  what: "Ce qui a été consulté",
  last: "Dernière fois",
  whatLabels: {
    application: "votre candidature",
    cv: "votre CV",
    profile: "votre profil (personnes suggérées)",
  },
  kept: "Ces traces sont gardées 12 mois, puis effacées.",
};
