// French: sessions that end after a while without activity, the warning before, what was typed kept across the
// sign-in that follows, and the account's list of devices (app/modules/auth/session.server.ts). English mirrors it
// in sessions.en.ts.
export const sessionsFr = {
  idleNote: "Par sécurité, vous serez déconnecté après {hours} heures sans activité.",
  warningTitle: "Vous serez bientôt déconnecté",
  warningBody:
    "Sans activité de votre part, vous serez déconnecté à {time}, pour protéger les renseignements des personnes candidates.",
  warningBodyNoScript:
    "Sans activité de votre part, vous serez bientôt déconnecté, pour protéger les renseignements des personnes candidates.",
  keep: "Rester connecté",
  endedTitle: "Vous avez été déconnecté",
  endedBody:
    "Votre session a pris fin après {hours} heures sans activité. Ce que vous avez écrit sur cette page n’est pas perdu : envoyez-le, reconnectez-vous, et vous le retrouverez ici.",
  signInAgain: "Me reconnecter",
  draftRestored:
    "Votre session avait pris fin. Nous avons gardé ce que vous aviez écrit : vérifiez-le, puis envoyez-le de nouveau.",
  listTitle: "Appareils connectés",
  listIntro:
    "Votre compte est ouvert sur ces appareils. Si vous n’en reconnaissez pas un, déconnectez-le, puis changez votre mot de passe si vous en avez un.",
  device: "{browser} sur {system} ({kind})",
  unknownBrowser: "Navigateur inconnu",
  unknownSystem: "système inconnu",
  kinds: { computer: "ordinateur", phone: "téléphone", tablet: "tablette", other: "appareil" },
  thisDevice: "Cet appareil",
  lastSeen: "Dernière activité : {when}",
  signedInAt: "Connecté le {when}",
  end: "Déconnecter {device}",
  endThis: "Me déconnecter de cet appareil",
  ended: "Cet appareil est déconnecté.",
};
