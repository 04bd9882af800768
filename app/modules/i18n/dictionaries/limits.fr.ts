// French: what a page says when a limit is reached (app/modules/security/limit-words.ts). English mirrors it in
// limits.en.ts. {when} is atTime or onDateTime.
export const limitsFr = {
  title: "Veuillez patienter",
  signInClient:
    "Beaucoup de demandes de connexion sont venues de votre connexion Internet en peu de temps. Par prudence, réessayez {when}.",
  signInAddress:
    "Cette adresse a déjà reçu ses courriels de connexion pour l’heure. Utilisez le dernier reçu (son lien et son code sont valables 15 minutes), ou réessayez {when}.",
  passwordClient:
    "Trop de mots de passe erronés sont venus de votre connexion Internet. Réessayez {when}, ou recevez un lien de connexion par courriel ci-dessus.",
  passwordAddress:
    "Trop d’essais de mot de passe pour cette adresse. Réessayez {when}, ou recevez un lien de connexion par courriel ci-dessus.",
  applications:
    "Vous avez envoyé beaucoup de candidatures dans la dernière heure. Votre message est gardé ci-dessous; vous pourrez l’envoyer {when} (joignez de nouveau votre CV s’il y a lieu).",
  suggestions:
    "Vous avez déjà écrit plusieurs fois aujourd’hui au sujet de cette entrevue; la personne qui recrute vous répondra. Vous pourrez écrire de nouveau {when}.",
  reportsClient:
    "Plusieurs signalements sont venus de votre connexion Internet dans la dernière heure. Ce que vous avez écrit est gardé ci-dessous; vous pourrez l’envoyer {when}.",
  reportsTarget:
    "Cette page a déjà été signalée plusieurs fois dans la dernière heure et l’équipe de Chevronné en est avertie. Ce que vous avez écrit est gardé ci-dessous; vous pourrez l’envoyer {when}.",
  atTime: "à {time} (dans {count} minute)|à {time} (dans {count} minutes)",
  onDateTime: "le {dateTime}",
};
