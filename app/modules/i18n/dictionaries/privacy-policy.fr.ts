// French: consents per purpose and the privacy page (issue 12; docs/decisions/0017-consents-and-privacy-page.md).
// Not to be mixed with privacy.fr.ts (what candidates let employers see). English mirrors it in privacy-policy.en.ts.
export const privacyPolicyFr = {
  footerLink: "Vie privée et vos renseignements",
  emailFooterLink: "Vie privée : ce que nous gardons et vos droits",
  consents: {
    title: "Vos choix de vie privée",
    legend: "Vos choix (facultatifs)",
    hint: "Chaque case est un choix séparé, et aucune n’est cochée d’avance. Vous pouvez changer d’avis à tout moment dans « Mon compte ».",
    candidatesOnly: "Ce choix concerne seulement les personnes qui cherchent une mission.",
    purposes: {
      suggestions: {
        label: "Les employeurs peuvent trouver mon profil",
        hint: "Votre profil peut être suggéré aux employeurs pour leurs missions, avec votre nom, votre titre, votre ville et les raisons du rapprochement; ils peuvent alors vous inviter à postuler. Sans ce choix, les employeurs vous voient seulement quand vous postulez.",
      },
      "keep-cv": {
        label: "Garder mon CV après la fin d’une candidature",
        hint: "Sans ce choix, le CV joint à une candidature est supprimé 6 mois après la fin de celle-ci (personne choisie, autre choix de l’employeur, candidature retirée). Avec ce choix, il reste avec la candidature.",
      },
      "email-news": {
        label: "Alertes de recherche et nouvelles par courriel",
        hint: "Les courriels de vos alertes (les nouvelles missions d’une recherche gardée) et les nouvelles de Chevronné. Sans ce choix, vous recevez seulement les courriels liés à votre compte et à vos candidatures.",
        employerLabel: "Nouvelles de Chevronné par courriel",
        employerHint:
          "Sans ce choix, vous recevez seulement les courriels liés à votre compte, à votre équipe et aux candidatures.",
      },
    },
    necessaryTitle: "Ce qui n’est pas un choix",
    necessary:
      "Pour que le service fonctionne, nous gardons votre nom et votre adresse courriel (pour vous connecter et vous écrire au sujet de votre compte), vos sessions de connexion (pour vous garder connecté en sécurité) et les candidatures que vous envoyez (l’employeur les reçoit parce que vous postulez). Ce n’est pas un consentement à donner : c’est le service lui-même.",
    necessaryEmployer:
      "Pour que le service fonctionne, nous gardons votre nom, votre adresse courriel et votre rôle dans l’organisation, vos sessions de connexion, et ce que vous écrivez sur les candidatures (notes, évaluations). Ce n’est pas un consentement à donner : c’est le service lui-même.",
    save: "Enregistrer mes choix",
    saved: "Vos choix sont enregistrés. Ils s’appliquent dès maintenant.",
    readMore: "Tout savoir sur vos renseignements",
    historyTitle: "Historique de vos choix",
    historyNone: "Aucun choix enregistré pour l’instant.",
    historyGranted: "{date} : accepté « {purpose} » ({source})",
    historyWithdrawn: "{date} : retiré « {purpose} » ({source})",
    sources: {
      signup: "à l’inscription",
      account: "dans Mon compte",
      profile: "dans votre profil",
      alert: "en créant une alerte",
    },
    invalidChoice: "Ce choix n’existe pas. Cochez seulement les cases proposées.",
    alertHint:
      "Créer une alerte, c’est accepter les courriels d’alertes et de nouvelles. Vous pouvez les arrêter à tout moment dans « Mon compte ».",
    alertsPaused:
      "Vos alertes sont en pause : vous avez choisi de ne pas recevoir d’alertes ni de nouvelles par courriel. Rien ne vous est envoyé.",
    alertsPausedLink: "Changer ce choix dans Mon compte",
  },
  page: {
    title: "Vie privée : ce que nous gardons et pourquoi",
    intro:
      "Chevronné recueille des renseignements personnels au Québec : la Loi sur la protection des renseignements personnels dans le secteur privé (modifiée par la Loi 25) s’applique, avec la LPRPDE ailleurs au Canada et le RGPD pour les personnes en France. Cette page dit, en mots simples, ce que nous gardons, qui le voit, combien de temps, et comment exercer vos droits.",
    collectedTitle: "Ce que nous recueillons, et pourquoi",
    collected: {
      account:
        "Votre compte : votre nom, votre adresse courriel, votre langue, votre fuseau horaire et, si vous en choisissez un, votre mot de passe (gardé brouillé, jamais en clair). Pour vous connecter et vous écrire.",
      profile:
        "Votre profil, si vous cherchez une mission : votre titre, votre parcours raconté, vos domaines avec une durée approximative (jamais un nombre d’années), vos compétences, vos langues, vos disponibilités, votre ville, la distance que vous acceptez de parcourir, vos préférences physiques, les secteurs et ce que vous cherchez, votre façon préférée d’être joint et votre téléphone. Pour vous proposer des missions qui vous conviennent et vous présenter quand vous postulez.",
      never: "Nous ne demandons jamais votre âge, votre date de naissance, vos années de diplôme ni votre photo.",
      applications:
        "Vos candidatures : la mission, votre message, votre CV, l’étape et son historique, vos entrevues (heures, lieu, façon de vous joindre). Pour les remettre à l’employeur que vous avez choisi et en suivre le déroulement.",
      saved:
        "Vos missions gardées et vos alertes de recherche. Pour vous les montrer et vous écrire si vous l’avez demandé.",
      employer:
        "Si vous recrutez : votre nom, votre adresse courriel, votre rôle dans l’organisation, et ce que vous écrivez sur les candidatures (notes, évaluations). Pour faire fonctionner votre équipe.",
      technical:
        "Des traces techniques : vos sessions de connexion (le type d’appareil et la dernière activité), vos demandes de connexion, la liste des courriels que nous vous avons envoyés, les organisations qui ont consulté votre candidature, votre CV ou votre profil, et des compteurs contre les abus (avec l’adresse IP, le temps de leur fenêtre). Pour votre sécurité et celle du service.",
    },
    whoTitle: "Qui voit quoi, et quand",
    who: {
      apply:
        "Un employeur vous voit seulement de deux façons. D’abord, quand vous postulez à une de ses missions : les membres de son équipe voient votre candidature, votre profil et votre CV. Votre téléphone et votre courriel leur sont montrés seulement quand vous acceptez une entrevue, ou si vous choisissez de les montrer en postulant.",
      suggest:
        "Ensuite, seulement si vous l’acceptez (« Les employeurs peuvent trouver mon profil ») : votre nom, votre titre, votre ville et les raisons du rapprochement apparaissent dans les candidatures suggérées pour ses missions, et il peut vous inviter à postuler. Si vous retirez ce choix, votre profil disparaît aussitôt de toutes les suggestions.",
      nobodyElse:
        "Les autres personnes inscrites ne voient jamais votre profil. Il n’est pas public et n’apparaît dans aucun moteur de recherche. Les organisations qui ont consulté vos renseignements sont listées dans « Mon compte ».",
      team: "Les personnes qui administrent Chevronné voient ce qu’il faut pour traiter un signalement ou un incident, et chacune de leurs actions est enregistrée.",
      providers:
        "Notre hébergeur et notre service d’envoi de courriels traitent vos renseignements pour nous seulement. Nous ne vendons ni ne louons aucun renseignement.",
    },
    keptTitle: "Combien de temps nous gardons chaque chose",
    kept: {
      applications:
        "Une candidature à laquelle personne n’a touché depuis {months} mois est rendue anonyme : l’employeur garde ses notes, sans votre nom, vos coordonnées ni votre CV.",
      cv: "Un CV est supprimé {months} mois après la fin de sa candidature, sauf si vous avez choisi « Garder mon CV après la fin d’une candidature ».",
      accounts:
        "Un compte inutilisé depuis {years} ans reçoit un courriel d’avertissement, puis est supprimé {days} jours plus tard s’il n’a toujours pas servi.",
      sessions:
        "Une session de connexion prend fin après {candidateDays} jours sans activité pour une personne qui cherche une mission, {employerHours} heures pour un employeur, et au plus tard après {maxDays} jours; elle est alors effacée.",
      signIn: "Une demande de connexion (lien et code) vaut {minutes} minutes; elle est effacée une heure plus tard.",
      emails:
        "Le contenu d’un courriel (ses liens et ses codes) est effacé dès qu’il est remis; seuls restent le destinataire, l’objet sans code et la date, pendant {months} mois.",
      views:
        "La liste des organisations qui ont consulté votre candidature, votre CV ou votre profil est gardée {months} mois.",
      deletion:
        "Quand vous supprimez votre compte, tout ce qui précède est effacé tout de suite, sauf vos candidatures, qui restent chez l’employeur rendues anonymes.",
    },
    rightsTitle: "Vos droits, et comment les exercer",
    rights: {
      access:
        "Consulter et corriger : votre compte, votre profil et vos candidatures sont modifiables en tout temps dans « Mon compte » et « Mon profil ».",
      download: "Télécharger vos données : un fichier ZIP de tout ce que nous avons sur vous, dans",
      downloadLink: "Télécharger mes données",
      delete: "Supprimer votre compte, en tout temps :",
      deleteLink: "Supprimer mon compte",
      withdraw: "Retirer un consentement, à tout moment, avec effet immédiat :",
      withdrawLink: "Mes choix de vie privée",
      ask: "Pour toute autre demande, écrivez à la personne responsable ci-dessous. Nous répondons dans les 30 jours.",
    },
    officerTitle: "La personne responsable de la protection des renseignements personnels",
    officer: "{name}, {title}",
    officerEmail: "Lui écrire :",
    complaintTitle: "Porter plainte",
    complaint:
      "Écrivez-nous d’abord : nous voulons corriger ce qui ne va pas. Si notre réponse ne vous satisfait pas, vous pouvez porter plainte auprès de la Commission d’accès à l’information du Québec :",
    complaintLink: "Commission d’accès à l’information du Québec (cai.gouv.qc.ca)",
    complaintFrance: "En France, vous pouvez aussi vous adresser à la CNIL (cnil.fr).",
    incidentsTitle: "Si un incident survient",
    incidents:
      "Tout incident de confidentialité est inscrit dans un registre. S’il présente un risque de préjudice sérieux, nous avisons la Commission d’accès à l’information et les personnes concernées sans tarder.",
  },
};
