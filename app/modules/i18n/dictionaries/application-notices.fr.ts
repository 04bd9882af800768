// French: how an employer member hears of new applications (issue 13 item 11, docs/decisions/0026): the choice on the
// account page, the email for each application, the morning digest and the dashboard's "new since your last visit".
// English in .en.ts.
export const applicationNoticesFr = {
  account: {
    title: "Nouvelles candidatures",
    intro:
      "Choisissez comment vous apprenez qu’une personne a postulé. Les courriels sont rédigés dans la langue de votre compte.",
    legend: "Pour {organisation}",
    each: "Un courriel à chaque candidature",
    eachHint: "Dès qu’une personne postule à l’une de vos missions.",
    daily: "Un résumé chaque matin",
    dailyHint: "Vers 7 h (heure de Montréal), seulement s’il y a du nouveau.",
    none: "Aucun courriel",
    noneHint: "Vous verrez les nouvelles candidatures sur votre tableau de bord.",
    save: "Enregistrer ce choix",
    saved: "Votre choix pour les nouvelles candidatures est enregistré.",
  },
  email: {
    each: {
      subject: "Nouvelle candidature : {mission}",
      preheader: "{candidate} a postulé à « {mission} ».",
      heading: "Bonjour {name},",
      intro: "{candidate} vient de postuler à la mission « {mission} » de {organisation}.",
      button: "Lire la candidature",
    },
    digest: {
      subject: "{count} nouvelle candidature pour {organisation}|{count} nouvelles candidatures pour {organisation}",
      preheader: "Dont : {first}",
      heading: "Bonjour {name},",
      intro:
        "Depuis le dernier résumé, {organisation} a reçu {count} candidature :|Depuis le dernier résumé, {organisation} a reçu {count} candidatures :",
      item: "« {mission} » · reçue le {date}",
      button: "Voir toutes les candidatures",
    },
    why: "Vous recevez ce courriel parce que vous êtes membre de l’équipe de {organisation} sur Chevronné.",
    change: "Changer ce choix dans mon compte",
  },
  dashboard: {
    title: "Nouveau depuis votre dernière visite",
    count:
      "Nouveau depuis votre dernière visite : {count} candidature|Nouveau depuis votre dernière visite : {count} candidatures",
    none: "Rien de nouveau depuis votre dernière visite.",
    item: "{candidate}, pour « {mission} »",
    more: "Voir toutes les candidatures",
  },
};
