// French: downloading one's data and deleting one's account (app/modules/privacy/personal-data*.server.ts,
// account-deletion.server.ts), an owner handing over or closing their organisation first
// (app/modules/employers/ownership.server.ts), and the emails that go with them. English mirrors it in account-data.en.ts.
export const accountDataFr = {
  section: {
    title: "Vos données",
    intro:
      "Téléchargez tout ce que Chevronné garde sur vous, ou supprimez votre compte. Pour protéger vos renseignements, nous vous demanderons d’abord de confirmer que c’est bien vous.",
    download: "Télécharger mes données",
    delete: "Supprimer mon compte",
  },
  export: {
    title: "Télécharger mes données",
    intro: "Vous recevrez un fichier ZIP avec tout ce que Chevronné garde sur vous :",
    candidateItems: {
      account: "votre compte, vos choix de consentement et leur historique;",
      profile: "votre profil, et les organisations qui ont consulté vos renseignements;",
      applications:
        "vos candidatures, avec leur historique tel que vous le voyez, et vos CV tels que vous les avez envoyés;",
      interviews: "vos entrevues, vos missions gardées et vos alertes;",
      sessions: "les appareils connectés à votre compte et les courriels que nous vous avons envoyés.",
    },
    memberItems: {
      account: "votre compte, vos choix de consentement et leur historique;",
      organisations: "les organisations dont vous faites partie;",
      notes: "les notes et les évaluations que vous avez écrites;",
      sessions: "les appareils connectés à votre compte et les courriels que nous vous avons envoyés.",
    },
    formats:
      "Le fichier JSON se lit avec un programme; les fichiers CSV s’ouvrent dans un tableur comme Excel ou LibreOffice.",
    others: "Les renseignements sur d’autres personnes n’y sont pas.",
    keepSafe: "Ce fichier contient vos renseignements personnels : gardez-le en lieu sûr.",
    submit: "Télécharger mon fichier ZIP",
    back: "Retour à mon compte",
    yes: "oui",
    no: "non",
    purposes: {
      suggestions: "Les employeurs peuvent trouver mon profil",
      "keep-cv": "Garder mon CV après la fin d’une candidature",
      "email-news": "Alertes et nouvelles par courriel",
    },
    readme:
      "Vos données sur Chevronné\n\nchevronne-donnees.json : tout, dans un format que les programmes lisent.\nLes fichiers .csv : les mêmes listes, à ouvrir dans un tableur. Une cellule qui commencerait par = + - ou @ commence par une apostrophe, pour qu’un tableur ne la prenne pas pour une formule.\nLe dossier cv : vos CV tels que vous les avez envoyés.\n\nLes dates sont en temps universel (UTC), au format AAAA-MM-JJTHH:MM:SSZ.\nCe fichier contient vos renseignements personnels : gardez-le en lieu sûr.\n",
    files: {
      zip: "chevronne-donnees",
      json: "chevronne-donnees.json",
      readme: "LISEZMOI.txt",
      consents: "consentements.csv",
      sessions: "appareils.csv",
      emails: "courriels.csv",
      applications: "candidatures.csv",
      history: "historique-des-candidatures.csv",
      interviews: "entrevues.csv",
      savedMissions: "missions-gardees.csv",
      alerts: "alertes.csv",
      organisations: "organisations.csv",
      notes: "notes.csv",
      ratings: "evaluations.csv",
      cvFolder: "cv",
      viewedBy: "consultations.csv",
    },
    columns: {
      at: "Date",
      purpose: "Choix",
      granted: "Accordé",
      source: "Page",
      signedInAt: "Connexion",
      lastSeenAt: "Dernière activité",
      endsAt: "Fin",
      browser: "Navigateur",
      createdAt: "Créé le",
      sentAt: "Envoyé le",
      subject: "Objet",
      status: "État",
      text: "Texte",
      application: "Candidature",
      mission: "Mission",
      employer: "Employeur",
      stage: "État de la candidature",
      appliedAt: "Envoyée le",
      updatedAt: "Mise à jour le",
      message: "Message",
      cv: "CV",
      contactSharedAt: "Coordonnées montrées le",
      event: "Événement",
      format: "Format",
      startsAt: "Début",
      timeZone: "Fuseau horaire",
      place: "Lieu",
      savedAt: "Gardée le",
      search: "Recherche",
      frequency: "Fréquence",
      active: "Active",
      lastSentAt: "Dernier envoi",
      organisation: "Organisation",
      role: "Rôle",
      since: "Depuis",
      customerCare: "Service à la clientèle",
      reliability: "Fiabilité",
      languages: "Langues",
      teamwork: "Travail d’équipe",
      recommendation: "Recommandation",
      lastViewedAt: "Dernière consultation",
      whatViewed: "Ce qui a été consulté",
    },
  },
  delete: {
    title: "Supprimer mon compte",
    intro: "Voici ce qui se passera si vous supprimez votre compte.",
    candidateItems: {
      erased: "Votre profil, vos CV, vos missions gardées, vos alertes et vos choix de consentement seront effacés.",
      interviews:
        "Votre entrevue à venir sera annulée et l’employeur en sera prévenu.|Vos {count} entrevues à venir seront annulées et les employeurs en seront prévenus.",
      applications:
        "Votre candidature restera chez l’employeur, mais sans votre nom, vos coordonnées, votre message ni votre CV : il y verra « Personne ayant supprimé son compte ». Ses notes sont conservées.|Vos {count} candidatures resteront chez les employeurs, mais sans votre nom, vos coordonnées, votre message ni votre CV : ils y verront « Personne ayant supprimé son compte ». Leurs notes sont conservées.",
    },
    memberItems: {
      erased: "Votre compte et vos choix de consentement seront effacés, et vous quitterez {employer}.",
      interviews:
        "Votre entrevue à venir sera annulée et la personne candidate en sera prévenue.|Vos {count} entrevues à venir seront annulées et les personnes candidates en seront prévenues.",
      notes:
        "Les notes que vous avez écrites resteront dans les dossiers de l’organisation, sans votre nom. Vos évaluations n’y figureront plus.",
    },
    signedOut: "Vous serez déconnecté de tous vos appareils.",
    emails:
      "Les courriels qui ne vous ont pas encore été envoyés seront supprimés. Nous vous enverrons un dernier courriel pour confirmer la suppression.",
    final:
      "C’est définitif : nous ne pourrons pas récupérer votre compte. Si vous voulez garder une copie de vos données, téléchargez-les d’abord.",
    downloadFirst: "Télécharger mes données d’abord",
    confirmLabel: "Je comprends que la suppression de mon compte est définitive.",
    submit: "Supprimer mon compte",
    back: "Non, retour à mon compte",
    errors: {
      confirm: "Cochez la case pour confirmer que vous comprenez que la suppression est définitive.",
    },
  },
  owner: {
    title: "D’abord, confiez ou fermez votre organisation",
    intro:
      "Vous êtes responsable de {employer}. Avant de supprimer votre compte, confiez cette responsabilité à un autre membre de l’équipe, ou fermez l’organisation.",
    transferTitle: "Confier {employer} à un autre membre",
    transferIntro:
      "La personne choisie devient responsable : elle gère l’équipe et répond de l’organisation. Elle en sera prévenue par courriel. Vous resterez membre de l’équipe jusqu’à la suppression de votre compte.",
    memberLegend: "À qui confier {employer}?",
    memberChoice: "{name} ({email})",
    transferSubmit: "Confier l’organisation",
    noMembers: "Personne d’autre ne fait partie de l’équipe. Invitez d’abord quelqu’un, ou fermez l’organisation.",
    teamLink: "Inviter quelqu’un dans l’équipe",
    closeTitle: "Fermer {employer}",
    closeIntro: "Fermer l’organisation, c’est définitif :",
    closeItems: {
      missions: "toutes ses missions sont fermées et disparaissent des recherches;",
      interviews: "les entrevues à venir sont annulées et les personnes candidates en sont prévenues;",
      team: "les autres membres de l’équipe perdent l’accès et en sont prévenus par courriel;",
      applications:
        "les candidatures reçues ne sont plus accessibles à personne et seront anonymisées selon nos règles de conservation.",
    },
    confirmCloseLabel: "Je comprends que la fermeture de l’organisation est définitive.",
    closeSubmit: "Fermer l’organisation",
    transferred:
      "L’organisation est confiée à la personne choisie, qui en est prévenue par courriel. Vous pouvez maintenant supprimer votre compte.",
    closed: "L’organisation est fermée et son équipe est prévenue. Vous pouvez maintenant supprimer votre compte.",
    errors: {
      chooseMember: "Choisissez la personne à qui confier l’organisation.",
      memberGone: "Cette personne ne fait plus partie de l’équipe. Choisissez quelqu’un d’autre.",
      confirmClose: "Cochez la case pour confirmer que vous comprenez que la fermeture est définitive.",
    },
  },
  deleted: {
    title: "Votre compte est supprimé",
    body: "Nous avons effacé vos renseignements et envoyé un dernier courriel à votre ancienne adresse pour le confirmer.",
    again: "Vous pouvez créer un nouveau compte quand vous le voulez.",
    home: "Retour à l’accueil",
  },
  timeline: {
    interviewCancelled: "Entrevue annulée : la personne a supprimé son compte",
  },
  email: {
    /** who the recruiter's cancellation names, once the candidate has deleted their account */
    personWhoLeft: "Personne ayant supprimé son compte",
    hello: "Bonjour {name},",
    interviewCancelled:
      "La personne a supprimé son compte Chevronné : l’entrevue du {when} pour la mission « {mission} » est annulée.",
    proposalCancelled:
      "La personne a supprimé son compte Chevronné : votre proposition d’entrevue pour la mission « {mission} » n’attend plus de réponse.",
    deleted: {
      subject: "Votre compte Chevronné est supprimé",
      preheader: "Ce que nous avons effacé, et ce qui reste chez les employeurs.",
      intro: "Comme vous l’avez demandé, votre compte Chevronné est supprimé.",
      introInactive:
        "Votre compte Chevronné n’avait pas servi depuis 3 ans, et il n’a pas servi depuis notre avertissement : il est maintenant supprimé.",
      erased:
        "Votre profil, vos CV, vos missions gardées, vos alertes, vos appareils connectés et vos choix de consentement sont effacés.",
      applications:
        "Votre candidature reste chez l’employeur, sans votre nom, vos coordonnées, votre message ni votre CV.|Vos {count} candidatures restent chez les employeurs, sans votre nom, vos coordonnées, votre message ni votre CV.",
      interviews:
        "Votre entrevue à venir est annulée et l’autre personne en est prévenue : retirez-la de votre agenda.|Vos {count} entrevues à venir sont annulées et les autres personnes en sont prévenues : retirez-les de votre agenda.",
      last: "C’est le dernier courriel que vous recevez de Chevronné. Vous pouvez créer un nouveau compte quand vous le voulez.",
      notYou:
        "Vous n’avez pas demandé cette suppression? Écrivez à la personne responsable de la protection des renseignements personnels, nommée dans notre politique de confidentialité.",
      privacy: "Notre politique de confidentialité",
    },
    ownership: {
      subject: "Vous êtes maintenant responsable de {employer} sur Chevronné",
      preheader: "Ce que cela change pour vous.",
      intro: "{former} vous a confié la responsabilité de {employer} sur Chevronné.",
      what: "Vous gérez maintenant l’équipe (inviter et retirer des membres), et c’est vous qui répondez de l’organisation.",
      button: "Voir l’équipe",
    },
    closed: {
      subject: "{employer} a fermé son espace sur Chevronné",
      preheader: "Vous n’avez plus accès à ses missions ni à ses candidatures.",
      intro: "{owner} a fermé l’espace de {employer} sur Chevronné.",
      what: "Ses missions sont fermées, ses entrevues à venir sont annulées (les personnes candidates en sont prévenues) et vous n’avez plus accès à ses candidatures.",
      account: "Votre compte Chevronné reste ouvert. Vous pouvez le supprimer depuis la page Mon compte.",
    },
  },
};
