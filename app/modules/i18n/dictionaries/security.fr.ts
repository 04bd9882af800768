// French: proving who is there before a sensitive change, changing the email address, and "this was not me"
// (app/modules/auth/fresh-proof.server.ts and its neighbours). English mirrors it in security.en.ts.
export const securityFr = {
  confirm: {
    title: "Confirmez que c’est bien vous",
    intro:
      "Pour protéger votre compte, nous vérifions que c’est bien vous avant de changer votre mot de passe ou votre adresse courriel. Cette vérification vaut 10 minutes.",
    passwordTitle: "Avec votre mot de passe",
    passwordSubmit: "Confirmer avec mon mot de passe",
    codeTitle: "Avec un code reçu par courriel",
    codeIntro: "Nous envoyons un code à {email}.",
    sendCode: "M’envoyer un code",
    codeSent: "Un code vient d’être envoyé à {email}. Il est valable 10 minutes.",
    codeLabel: "Code reçu par courriel",
    codeHint: "Six chiffres.",
    codeSubmit: "Confirmer avec ce code",
  },
  account: {
    proofNeeded: "Pour changer votre mot de passe ou votre adresse, confirmez d’abord que c’est bien vous.",
    proveFirst: "Confirmer que c’est moi",
    provedUntil: "Vous avez confirmé que c’est bien vous : vous pouvez faire ces changements jusqu’à {time}.",
    addressTitle: "Adresse courriel",
    addressIntro: "Votre adresse actuelle est {email}. C’est là que nous envoyons vos liens de connexion.",
    changeAddress: "Changer mon adresse courriel",
    addressSaved:
      "Votre adresse courriel est changée. Vos autres appareils sont déconnectés, et votre ancienne adresse a été prévenue.",
  },
  address: {
    title: "Changer mon adresse courriel",
    intro:
      "Entrez votre nouvelle adresse. Nous y enverrons un code : votre adresse ne changera qu’une fois ce code entré ici.",
    newAddress: "Nouvelle adresse courriel",
    sameAddress: "C’est déjà votre adresse. Entrez la nouvelle adresse que vous voulez utiliser.",
    submit: "Recevoir un code à cette adresse",
    codeSent: "Si cette adresse peut recevoir votre compte, un code vient d’y être envoyé. Il est valable 10 minutes.",
    codeLabel: "Code reçu à la nouvelle adresse",
    codeSubmit: "Changer mon adresse",
    askAgain: "Essayer une autre adresse",
    back: "Retour à mon compte",
  },
  notMe: {
    title: "Ce n’était pas moi",
    intro:
      "Si vous n’avez pas fait ce changement, appuyez sur le bouton : nous déconnecterons votre compte de tous les appareils.",
    introPassword: "Le mot de passe qui vient d’être choisi sera aussi retiré.",
    introAddress: "Votre ancienne adresse courriel sera aussi remise sur votre compte.",
    submit: "Déconnecter mon compte partout",
    expiredTitle: "Ce lien ne fonctionne plus",
    expiredBody:
      "Il a déjà servi ou il a plus de 30 jours. Si quelque chose vous inquiète, connectez-vous avec un lien par courriel et regardez la liste des appareils connectés sur la page Mon compte.",
    doneTitle: "Votre compte est déconnecté partout",
    donePassword:
      "Le mot de passe a été retiré. Pour revenir, demandez un lien de connexion à votre adresse courriel, puis choisissez un nouveau mot de passe si vous le souhaitez.",
    doneAddressRestored:
      "Votre ancienne adresse courriel est remise sur votre compte. Pour revenir, demandez un lien de connexion à cette adresse.",
    doneAddressNotRestored:
      "Nous n’avons pas pu remettre votre ancienne adresse automatiquement. Répondez, depuis votre ancienne adresse, au courriel qui vous a prévenu : nous vous aiderons.",
    signIn: "Recevoir un lien de connexion",
  },
  email: {
    hello: "Bonjour {name},",
    codeLine: "Votre code : {code} (valable {minutes} minutes).",
    ifYou: "Si c’était vous, vous n’avez rien à faire.",
    notMeButton: "Ce n’était pas moi",
    proofCode: {
      subject: "Votre code pour confirmer que c’est bien vous",
      preheader: "Valable {minutes} minutes.",
      intro:
        "Vous avez demandé un code pour confirmer que c’est bien vous avant un changement important sur votre compte Chevronné.",
      notYou: "Vous n’avez rien demandé? Ne donnez ce code à personne. Sans lui, personne ne peut faire ce changement.",
    },
    addressCode: {
      subject: "Votre code pour confirmer votre nouvelle adresse",
      preheader: "Valable {minutes} minutes.",
      intro:
        "Vous avez demandé que votre compte Chevronné utilise désormais cette adresse. Entrez ce code sur la page ouverte pour confirmer.",
      notYou: "Vous n’avez rien demandé? Ignorez ce courriel : rien ne changera.",
    },
    addressTaken: {
      subject: "Cette adresse a déjà un compte Chevronné",
      preheader: "Rien n’a changé.",
      intro:
        "Quelqu’un a demandé de déplacer un compte Chevronné vers cette adresse, mais elle a déjà son propre compte. Rien n’a changé.",
      next: "Si c’était vous, utilisez une autre adresse, ou connectez-vous au compte de cette adresse.",
    },
    passwordChanged: {
      subject: "Le mot de passe de votre compte Chevronné a changé",
      preheader: "Si ce n’était pas vous, dites-le-nous.",
      intro:
        "Un nouveau mot de passe vient d’être enregistré pour votre compte Chevronné. Vos autres appareils ont été déconnectés.",
      notMe:
        "Si ce n’était pas vous, ouvrez le lien « Ce n’était pas moi » : votre compte sera déconnecté partout et ce mot de passe sera retiré.",
    },
    addressChanged: {
      subject: "L’adresse courriel de votre compte Chevronné a changé",
      preheader: "Si ce n’était pas vous, dites-le-nous.",
      intro: "Votre compte Chevronné utilise désormais l’adresse {email}. Nous n’enverrons plus rien à celle-ci.",
      notMe:
        "Si ce n’était pas vous, ouvrez le lien « Ce n’était pas moi » dans les 30 jours : votre compte sera déconnecté partout et cette adresse lui sera remise.",
    },
  },
};
