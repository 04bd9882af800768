// French: reports ("Signaler") and moderation (docs/decisions/0021-reports-and-moderation.md): the report form, the
// administrators' pages, what an employer reads about a mission taken off, the page of a suspended sign-in, and the
// emails. English mirrors it in moderation.en.ts.
export const moderationFr = {
  reasons: {
    discriminatory: "Propos discriminatoires",
    doubtful: "Offre douteuse",
    "wrong-information": "Information erronée",
    other: "Autre chose",
  },
  reasonHints: {
    discriminatory:
      "Par exemple, la mission écarte des personnes selon leur âge, leur origine, leur sexe ou un handicap.",
    doubtful: "Par exemple, on demande de l’argent, des données bancaires, ou la mission semble fausse.",
    "wrong-information": "Par exemple, l’adresse, l’horaire ou le salaire ne correspondent pas à la réalité.",
    other: "Dites-nous ce qui ne va pas dans la case ci-dessous.",
  },
  report: {
    missionLink: "Signaler cette mission",
    organisationLink: "Signaler cet employeur",
    missionTitle: "Signaler une mission",
    organisationTitle: "Signaler un employeur",
    backToMission: "Retour à la mission",
    backToOrganisation: "Retour à la page de l’employeur",
    intro:
      "Une personne de l’équipe de Chevronné lira votre signalement et décidera quoi faire. L’employeur ne saura pas qui l’a envoyé.",
    reasonLegend: "Qu’est-ce qui ne va pas?",
    detailsLabel: "Expliquez en quelques mots",
    detailsHint: "Facultatif, sauf si vous avez choisi « Autre chose ». Au plus 2 000 caractères.",
    emailLabel: "Votre adresse courriel (facultatif)",
    emailHint: "Seulement si vous acceptez que l’équipe vous écrive pour en savoir plus. Elle ne sert à rien d’autre.",
    submit: "Envoyer le signalement",
    sent: "Merci. Votre signalement est envoyé : l’équipe de Chevronné le lira.",
  },
  errors: {
    reasonRequired: "Choisissez ce qui ne va pas.",
    detailsRequired: "Expliquez ce qui ne va pas : vous avez choisi « Autre chose ».",
    detailsTooLong: "Votre explication est trop longue : au plus 2 000 caractères.",
    emailInvalid: "Entrez une adresse courriel complète, comme nom@exemple.ca, ou laissez la case vide.",
    reasonMissing:
      "Écrivez la raison en une phrase au moins (10 caractères ou plus) : elle sera lue par les personnes concernées.",
    reasonTooLong: "Le texte est trop long : au plus 1 000 caractères.",
    noSuchAccount: "Aucun compte n’a cette adresse.",
  },
  admin: {
    queueTitle: "Signalements et modération",
    queueIntro:
      "Les signalements ouverts, regroupés par mission ou par employeur, le plus récent en haut. Ouvrez-en un pour lire les signalements, les écarter ou agir.",
    accountsLink: "Comptes et suspensions",
    resubmittedTitle: "Missions corrigées à revoir ({count})",
    noResubmitted: "Aucune mission n’attend de vérification.",
    waitingSince: "renvoyée le {date}",
    groupsTitle: "Signalements ouverts",
    noReports: "Aucun signalement ouvert.",
    kindMission: "Mission de {organisation}",
    kindOrganisation: "Employeur",
    reportCount: "{count} signalement|{count} signalements",
    newest: "le plus récent le {date}",
    reasonCount: "{reason} : {count}",
    backToQueue: "Retour aux signalements",
    backToAccounts: "Retour aux comptes",
    missionTitle: "Modération d’une mission",
    organisationTitle: "Modération d’un employeur",
    accountTitle: "Modération d’un compte",
    accountsTitle: "Comptes et suspensions",
    status: "État : {status}",
    publicPage: "Page publique",
    openReports: "Signalements ouverts ({count})",
    noOpenReports: "Aucun signalement ouvert.",
    fromMember: "envoyé par {name} ({email}), connecté",
    fromVisitorWithEmail: "envoyé par un visiteur, qui accepte qu’on lui écrive à {email}",
    fromVisitor: "envoyé par un visiteur, sans adresse",
    dismiss: "Écarter ce signalement",
    dismissAll: "Écarter les {count} signalements affichés",
    alreadyHandled:
      "Une autre personne de l’équipe s’en est déjà occupée. La page montre maintenant où en sont les choses.",
    organisationSuspended:
      "L’employeur est suspendu : sa mission ne peut pas être publiée de nouveau tant qu’il n’est pas rétabli.",
    reasonGiven: "Raison donnée à l’employeur",
    lastChange: "Dernier changement le {date}",
    reviewTitle: "Mission corrigée par l’employeur",
    reviewIntro:
      "L’employeur l’a corrigée et renvoyée. Relisez-la ci-dessous : publiez-la de nouveau, ou gardez-la retirée en expliquant ce qui ne va toujours pas.",
    republish: "Publier de nouveau",
    missionText: "Le texte de la mission",
    unpublishTitle: "Retirer la mission",
    keepUnpublishedTitle: "Garder la mission retirée",
    unpublishIntro:
      "La mission quittera la recherche et sa page tout de suite. Les responsables de l’employeur recevront la raison par courriel et la verront sur leur mission; ils pourront la corriger et la renvoyer. Les signalements ouverts seront réglés. Tout est noté au journal.",
    reasonLabel: "Raison",
    reasonHint: "En mots simples : ce qui ne va pas et ce qu’il faut changer. Au plus 1 000 caractères.",
    unpublish: "Retirer la mission",
    keepUnpublished: "Garder retirée",
    suspendOrganisationTitle: "Suspendre l’employeur",
    suspendOrganisationIntro:
      "Ses missions publiées quitteront la recherche tout de suite (elles reviendront si vous le rétablissez), ses membres seront déconnectés et ne pourront plus se connecter, et ils recevront la raison par courriel. Les signalements ouverts seront réglés. Tout est noté au journal.",
    suspendReasonHint: "Elle sera montrée aux personnes suspendues, en mots simples. Au plus 1 000 caractères.",
    suspendOrganisation: "Suspendre l’employeur",
    suspendedSince: "Suspendu depuis le {date}",
    reinstateOrganisationTitle: "Rétablir l’employeur",
    reinstateOrganisationIntro:
      "Ses membres pourront de nouveau se connecter, et exactement les missions qui étaient publiées au moment de la suspension le seront de nouveau. Ils recevront un courriel.",
    noteLabel: "Note pour le journal (facultatif)",
    noteHint: "Pourquoi vous rétablissez. Seule l’équipe la lira. Au plus 1 000 caractères.",
    reinstate: "Rétablir",
    members: "Membres",
    missions: "Missions",
    noMissions: "Aucune mission.",
    accountSuspended: "compte suspendu",
    organisationIsSuspended: "employeur suspendu",
    findLabel: "Adresse courriel du compte",
    findHint: "L’adresse exacte, par exemple nom@exemple.ca.",
    find: "Trouver le compte",
    suspendedOrganisations: "Employeurs suspendus ({count})",
    suspendedAccounts: "Comptes suspendus ({count})",
    noneSuspended: "Aucun.",
    accountKinds: {
      candidate: "personne candidate",
      employer: "membre d’un employeur",
    },
    suspendAccountTitle: "Suspendre ce compte",
    suspendAccountIntro:
      "La personne sera déconnectée de tous ses appareils tout de suite et ne pourra plus se connecter; elle recevra la raison par courriel et la lira si elle essaie de se connecter. Tout est noté au journal.",
    suspendAccount: "Suspendre le compte",
    reinstateAccountTitle: "Rétablir ce compte",
    reinstateAccountIntro: "La personne pourra de nouveau se connecter. Elle recevra un courriel.",
    administratorNotSuspended:
      "Ce compte est administrateur : il ne peut pas être suspendu ici. Retirez d’abord ce rôle en ligne de commande (npm run admin).",
    done: {
      dismissed: "Le signalement est écarté.",
      unpublished: "La mission est retirée et l’employeur est prévenu.",
      republished: "La mission est publiée de nouveau et l’employeur est prévenu.",
      suspended: "La suspension est en place et les personnes concernées sont prévenues.",
      reinstated: "C’est rétabli et les personnes concernées sont prévenues.",
    },
  },
  employer: {
    reasonLabel: "Raison donnée par l’équipe de Chevronné :",
    unpublishedTitle: "Mission retirée par l’équipe de Chevronné",
    unpublishedBody:
      "Les candidats ne la voient plus. Corrigez-la ci-dessous, puis envoyez-la pour vérification : une personne de l’équipe la relira avant qu’elle soit publiée de nouveau.",
    waitingTitle: "Mission envoyée pour vérification",
    waitingBody:
      "Une personne de l’équipe de Chevronné la relit; vous recevrez un courriel dès qu’elle sera publiée de nouveau. Vous pouvez encore la modifier.",
    resubmit: "Envoyer pour vérification",
  },
  suspendedPage: {
    title: "Connexion impossible pour le moment",
    account:
      "Votre compte est suspendu par l’équipe de Chevronné : vous ne pouvez pas vous connecter tant qu’il n’est pas rétabli.",
    organisation:
      "{organisation} est suspendu par l’équipe de Chevronné : ses membres ne peuvent pas se connecter tant qu’il n’est pas rétabli.",
    reasonTitle: "La raison",
    next: "Si vous pensez que c’est une erreur, ou pour donner des explications, répondez au courriel que nous vous avons envoyé à ce sujet.",
    noneTitle: "Rien à afficher",
    noneBody:
      "Cette page explique pourquoi une connexion a été refusée. Il n’y a rien à expliquer ici maintenant : vous pouvez vous connecter.",
  },
  email: {
    greeting: "Bonjour {name},",
    reason: "La raison : {reason}",
    unpublished: {
      subject: "Votre mission « {mission} » est retirée de Chevronné",
      preheader: "Ce qu’il faut corriger, et comment la renvoyer.",
      heading: "« {mission} » est retirée",
      intro: "L’équipe de Chevronné a retiré votre mission « {mission} » : les candidats ne la voient plus.",
      next: "Corrigez-la, puis choisissez « Envoyer pour vérification » : une personne de l’équipe la relira avant qu’elle soit publiée de nouveau.",
      button: "Corriger la mission",
    },
    republished: {
      subject: "Votre mission « {mission} » est de nouveau publiée",
      preheader: "Les candidats la voient de nouveau.",
      heading: "« {mission} » est de nouveau publiée",
      intro:
        "L’équipe de Chevronné a relu votre mission « {mission} » : elle est de nouveau publiée et les candidats la voient.",
      button: "Voir la mission",
    },
    suspended: {
      accountSubject: "Votre compte Chevronné est suspendu",
      organisationSubject: "{organisation} est suspendu sur Chevronné",
      accountIntro:
        "L’équipe de Chevronné a suspendu votre compte : vous ne pouvez plus vous connecter tant qu’il n’est pas rétabli.",
      organisationIntro:
        "L’équipe de Chevronné a suspendu {organisation} : ses missions ne sont plus visibles et ses membres ne peuvent plus se connecter tant qu’il n’est pas rétabli.",
      next: "Si vous pensez que c’est une erreur, ou pour donner des explications, répondez à ce courriel.",
    },
    reinstated: {
      subject: "Vous pouvez de nouveau vous connecter à Chevronné",
      accountIntro: "L’équipe de Chevronné a rétabli votre compte : vous pouvez de nouveau vous connecter.",
      organisationIntro:
        "L’équipe de Chevronné a rétabli {organisation} : ses membres peuvent de nouveau se connecter et ses missions publiées sont de nouveau visibles.",
      button: "Me connecter",
    },
  },
};
