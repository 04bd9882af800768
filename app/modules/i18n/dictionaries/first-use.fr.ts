// French: what issue 13's first-use fixes added (docs/decisions/0022-first-use-fixes.md): the home page's way to
// sign up, the printed mission sheet, the narrow week table, the limit on emailed codes and the alert's unsubscribe
// page. English mirrors it in first-use.en.ts.
export const firstUseFr = {
  home: {
    signUp: "Pas encore de compte?",
    signUpLink: "Créer mon compte de candidat",
  },
  limits: {
    proofCodes:
      "Vous avez déjà demandé plusieurs codes dans la dernière heure : aucun n’a donc été envoyé cette fois. Utilisez le dernier reçu (il est valable 10 minutes), ou demandez-en un nouveau {when}.",
  },
  unsubscribe: {
    thisAlert: "L’alerte",
    endedAlert: "L’alerte arrêtée",
    daily: "Au plus un courriel par jour, quand de nouvelles missions y correspondent.",
    weekly: "Au plus un courriel par semaine, quand de nouvelles missions y correspondent.",
    others: "Vos autres alertes continuent. Vous pouvez les voir et les arrêter dans",
  },
  print: {
    webAddress: "Cette mission en ligne : {url}",
    howToApply: "Pour postuler : ouvrez cette adresse, puis « {button} » (un compte gratuit vous sera demandé).",
    closed: "Cette mission ne reçoit plus de candidatures.",
  },
};
