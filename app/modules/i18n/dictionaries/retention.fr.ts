// French: what retention does that people see (app/modules/privacy/retention.server.ts): an application anonymised
// after 24 months without activity or because its candidate deleted their account, as the employer sees it; a CV
// deleted 6 months after its application ended; the warning before an unused account is deleted. English mirrors it
// in retention.en.ts.
export const retentionFr = {
  anonymisedName: {
    retention: "Candidature anonymisée",
    "deleted-account": "Personne ayant supprimé son compte",
  },
  employer: {
    notice: {
      retention:
        "Cette candidature a été anonymisée le {date}, après 24 mois sans activité. Le nom, les coordonnées, le message et le CV de la personne ont été effacés. Vos notes et vos évaluations sont conservées.",
      "deleted-account":
        "La personne a supprimé son compte le {date}. Son nom, ses coordonnées, son message et son CV ont été effacés. Vos notes et vos évaluations sont conservées.",
    },
    reviewsTitle: "Évaluations",
    noReviews: "Aucune évaluation n’a été faite.",
    notRated: "Sans recommandation",
  },
  timeline: {
    anonymised: {
      retention: "Candidature anonymisée après 24 mois sans activité",
      "deleted-account": "Candidature anonymisée : la personne a supprimé son compte",
    },
    cvDeleted: "CV supprimé, 6 mois après la fin de la candidature",
    emailErased: "Courriel envoyé à la personne (objet effacé avec ses renseignements)",
  },
  inactiveEmail: {
    subject: "Votre compte Chevronné sera supprimé le {date}",
    preheader: "Vous ne l’avez pas utilisé depuis trois ans. Connectez-vous pour le garder.",
    heading: "Voulez-vous garder votre compte?",
    greeting: "Bonjour {name},",
    intro:
      "Vous ne vous êtes pas connecté à Chevronné depuis trois ans. Pour ne pas garder vos renseignements plus longtemps qu’utile, nous supprimerons votre compte et tout ce qu’il contient le {date}.",
    keep: "Pour le garder, il suffit de vous connecter avant cette date. Vous n’avez rien d’autre à faire.",
    letGo:
      "Si vous n’en avez plus besoin, ne faites rien : il sera supprimé à cette date et vous recevrez une dernière confirmation.",
    button: "Me connecter pour garder mon compte",
  },
};
