// French: the second step before a destructive action (issue 13, item 3; docs/decisions/0022-first-use-fixes.md):
// cancelling an interview (the recruiter, the candidate) and removing a team member. Each page says what will happen
// and who will be told, then offers "Oui, …" (a form) and "Non, revenir" (a link). English mirrors it in
// confirmations.en.ts.
export const confirmationsFr = {
  back: "Non, revenir",
  whatHappens: "Ce qui va se passer",
  recruiterCancel: {
    titleBooked: "Annuler l’entrevue?",
    titleProposed: "Retirer la proposition d’entrevue?",
    booked: "L’entrevue du {when} avec {candidate} sera annulée.",
    bookedTold:
      "{candidate} recevra un courriel et l’annulation dans son calendrier. Vous recevrez aussi l’annulation pour votre calendrier.",
    proposed:
      "Les heures d’entrevue proposées à {candidate} seront retirées : elle ou il ne pourra plus en choisir une.",
    proposedTold: "{candidate} recevra un courriel qui le dit.",
    after: "Vous pourrez ensuite proposer d’autres heures depuis son dossier.",
    submitBooked: "Oui, annuler l’entrevue",
    submitProposed: "Oui, retirer la proposition",
  },
  candidateCancel: {
    title: "Annuler votre entrevue?",
    booked: "Votre entrevue du {when} avec {recruiter} ({employer}) pour la mission « {mission} » sera annulée.",
    told: "{recruiter} recevra un courriel et l’annulation dans son calendrier. Vous recevrez aussi un courriel de confirmation.",
    application:
      "Votre candidature reste active : vous pourrez proposer un autre moment ou répondre à une nouvelle proposition.",
    submit: "Oui, annuler l’entrevue",
  },
  removeMember: {
    title: "Retirer {name} de l’équipe?",
    access: "{name} ({email}) ne pourra plus ouvrir les pages de {employer}, dès sa prochaine page.",
    noInterviews: "{name} n’a aucune entrevue à venir.",
    interviews:
      "L’entrevue à venir menée par {name} reste prévue à son heure; seul le reste de l’équipe pourra la suivre ici.|Les {count} entrevues à venir menées par {name} restent prévues à leur heure; seul le reste de l’équipe pourra les suivre ici.",
    notes: "Ses notes et évaluations restent dans les dossiers des candidats.",
    told: "Personne ne reçoit de courriel : si vous le souhaitez, prévenez {name} vous-même.",
    again: "Vous pourrez l’inviter de nouveau plus tard.",
    submit: "Oui, retirer {name}",
  },
};
