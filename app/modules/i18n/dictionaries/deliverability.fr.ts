// French: when our emails do not reach someone (an address that refuses mail) and what the demo mailbox keeps.
// English mirrors it in deliverability.en.ts.
export const deliverabilityFr = {
  account: {
    title: "Nos courriels ne vous parviennent pas",
    refused:
      "Le {date}, le service de courriel de votre adresse {email} a refusé notre message. Sa réponse : « {reply} ».",
    consequence:
      "Depuis, nous n’écrivons plus à cette adresse : vous ne recevez plus par courriel les nouvelles de vos candidatures ni les propositions d’entrevue. Vous les trouvez toujours sur ce site, dans votre espace.",
    fixTitle: "Pour corriger",
    checkAddress:
      "Vérifiez que l’adresse est bien écrite et qu’elle fonctionne encore. Au besoin, demandez de l’aide à votre fournisseur de courriel ou à un proche.",
    confirmIntro:
      "Si elle fonctionne, demandez un code : nous l’envoyons à cette adresse, et dès que vous l’entrez sur la page suivante, nous recommençons à vous écrire.",
    confirmButton: "M’envoyer un code à cette adresse",
    confirmed: "Merci : votre adresse fonctionne. Nous recommençons à vous écrire.",
  },
  employer: {
    badge: "Courriels refusés",
    notice:
      "Nos courriels à cette personne sont refusés depuis le {date} : elle ne reçoit plus ceux de Chevronné. Elle en est avertie dans son compte, avec la façon de corriger son adresse.",
  },
  devMail: {
    trimmed:
      "Le contenu de ce courriel a été effacé une heure après son envoi, pour que les liens et les codes de connexion ne restent pas enregistrés. Il reste l’objet, le destinataire et la date.",
  },
};
